package be.accompaniment.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarLabelsTest {
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            MoratoriumScope.class,
            MoratoriumExemption.class,
            MoratoriumOutcome.class,
            ProtectionKind.class,
            DelayUnit.class,
            PublicHoliday.class,
            ListedEstablishment.class,
            CompetenceGround.class);

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
        assertThat(Labels.of(PublicHoliday.EASTER_MONDAY, Language.FR)).isEqualTo("Lundi de Pâques");
        assertThat(Labels.of(PublicHoliday.EASTER_MONDAY, Language.NL)).isEqualTo("Paasmaandag");
        assertThat(Labels.of(PublicHoliday.EASTER_MONDAY, Language.DE)).isEqualTo("Ostermontag");
        assertThat(Labels.of(PublicHoliday.EASTER_MONDAY, Language.EN)).isEqualTo("Easter Monday");
        assertThat(Labels.of(ProtectionKind.WINTER_MORATORIUM, Language.FR)).isEqualTo("Trêve hivernale");
    }
}
