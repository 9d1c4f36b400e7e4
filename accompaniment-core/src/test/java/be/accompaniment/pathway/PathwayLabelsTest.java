package be.accompaniment.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathwayLabelsTest {
    @Test
    void everyConstantHasANonBlankLabelInEveryLanguage() {
        for (Class<? extends Enum<?>> type :
                List.of(Destination.class, DestinationCategory.class, DwellingUpgrade.class, HousingOutcome.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    assertThat(Labels.find(constant, language))
                            .as(type.getSimpleName() + "." + constant + " in " + language)
                            .hasValueSatisfying(label -> assertThat(label).isNotBlank());
                }
            }
        }
    }

    @Test
    void labelsAreTranslated() {
        assertThat(Labels.of(HousingOutcome.UPGRADE, Language.FR)).isEqualTo("Requalification du logement");
        assertThat(Labels.of(HousingOutcome.RELOCATION, Language.NL)).isEqualTo("Verhuizing");
        assertThat(Labels.of(HousingOutcome.RELOCATION, Language.DE)).isEqualTo("Umzug");
        assertThat(Labels.of(Destination.AIS_HOUSING, Language.EN)).isEqualTo("AIS housing");
    }
}
