package be.accompaniment.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasserelleLabelsTest {
    @Test
    void everyConstantHasANonBlankLabelInEveryLanguage() {
        for (Class<? extends Enum<?>> type : List.of(PasserelleStatus.class, ConsentStatus.class, StatusReason.class)) {
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
        assertThat(Labels.of(PasserelleStatus.REJECTED, Language.FR)).isEqualTo("Refusée");
        assertThat(Labels.of(PasserelleStatus.REJECTED, Language.NL)).isEqualTo("Geweigerd");
        assertThat(Labels.of(PasserelleStatus.REJECTED, Language.DE)).isEqualTo("Abgelehnt");
        assertThat(Labels.of(ConsentStatus.MISSING, Language.EN)).isEqualTo("Missing");
    }
}
