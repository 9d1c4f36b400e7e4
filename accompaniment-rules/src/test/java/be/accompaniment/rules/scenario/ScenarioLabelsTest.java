package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioLabelsTest {
    private static final List<Class<? extends Enum<?>>> ENUMS =
            List.of(StepUnit.class, CapacityPolicy.class, HouseholdStatus.class, AreaType.class);

    @Test
    void everyConstantHasALabelInEveryLanguage() {
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    assertThat(Labels.find(constant, language))
                            .as("%s.%s in %s", type.getSimpleName(), constant, language)
                            .hasValueSatisfying(label -> assertThat(label).isNotBlank());
                }
            }
        }
    }

    @Test
    void labelsAreTranslated() {
        assertThat(Labels.of(HouseholdStatus.STABILISED, Language.FR)).isEqualTo("stabilisé");
        assertThat(Labels.of(HouseholdStatus.STABILISED, Language.NL)).isEqualTo("gestabiliseerd");
        assertThat(Labels.of(AreaType.BASIN, Language.DE)).isEqualTo("Becken");
        assertThat(Labels.of(StepUnit.WEEK, Language.EN)).isEqualTo("week");
    }
}
