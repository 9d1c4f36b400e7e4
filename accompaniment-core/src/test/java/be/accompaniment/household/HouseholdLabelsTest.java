package be.accompaniment.household;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.testing.PackageLabels;
import org.junit.jupiter.api.Test;

class HouseholdLabelsTest {
    @Test
    void findsTheEnumsOfThePackage() {
        assertThat(PackageLabels.enumsOf(Household.class))
                .containsExactly(
                        DataCategory.class,
                        IncomeSource.class,
                        MemberRole.class,
                        Purpose.class,
                        Schooling.class,
                        Tenure.class);
    }

    @Test
    void everyConstantHasALabelInEveryLanguage() {
        PackageLabels.assertEveryConstantLabelled(Household.class);
    }

    @Test
    void everyLabelNamesAnExistingConstant() {
        PackageLabels.assertEveryLabelKnown(Household.class);
    }

    @Test
    void labelsAreInTheirLanguage() {
        assertThat(Labels.of(Tenure.AIS_TENANT, Language.FR)).isEqualTo("Locataire d'une AIS");
        assertThat(Labels.of(Tenure.AIS_TENANT, Language.NL)).isEqualTo("Huurder van een SVK");
        assertThat(Labels.of(IncomeSource.REVENU_D_INTEGRATION, Language.NL)).isEqualTo("Leefloon (OCMW)");
    }
}
