package be.accompaniment.measure;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureLabelsTest {
    @Test
    void everyConstantHasANonBlankLabelInEveryLanguage() {
        for (Class<? extends Enum<?>> type : List.of(MeasureKind.class, MeasureStatus.class)) {
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
        assertThat(Labels.of(MeasureKind.BUDGET_GUIDANCE, Language.FR)).isEqualTo("Guidance budgétaire");
        assertThat(Labels.of(MeasureKind.BUDGET_GUIDANCE, Language.NL)).isEqualTo("Budgetbegeleiding");
        assertThat(Labels.of(MeasureKind.BUDGET_GUIDANCE, Language.DE)).isEqualTo("Budgetbegleitung");
        assertThat(Labels.of(MeasureStatus.SUSPENDED, Language.EN)).isEqualTo("Suspended");
    }
}
