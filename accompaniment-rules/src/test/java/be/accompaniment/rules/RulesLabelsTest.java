package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.testing.PackageLabels;
import org.junit.jupiter.api.Test;

class RulesLabelsTest {
    @Test
    void everyConstantOfThePackageHasALabelInEveryLanguage() {
        assertThat(PackageLabels.enumsOf(Fact.class))
                .contains(
                        Fact.class,
                        FitReason.class,
                        Urgency.class,
                        CalendarDeadline.class,
                        Condition.IncomeTest.class,
                        DeadlineRule.Form.class);
        PackageLabels.assertEveryConstantLabelled(Fact.class);
    }

    @Test
    void everyLabelNamesAConstant() {
        PackageLabels.assertEveryLabelKnown(Fact.class);
    }

    @Test
    void labelsAreTranslated() {
        assertThat(Labels.of(FitReason.SERVES_COMMUNE_ONLY, Language.FR)).isEqualTo("dessert la commune elle-même");
        assertThat(Labels.of(FitReason.SERVES_COMMUNE_ONLY, Language.NL)).isEqualTo("bedient de gemeente zelf");
        assertThat(Labels.of(Fact.SOCIAL_HOUSING, Language.DE)).isEqualTo("Mieter einer Sozialwohnung");
        assertThat(Labels.of(Urgency.IMMEDIATE, Language.EN)).isEqualTo("immediate");
    }
}
