package be.accompaniment.situation;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.testing.PackageLabels;
import org.junit.jupiter.api.Test;

class SituationLabelsTest {
    @Test
    void findsTheEnumsOfThePackage() {
        assertThat(PackageLabels.enumsOf(SituationKind.class))
                .contains(SituationKind.class, EthosCategory.class, Milestone.class, EvictionStage.class)
                .allSatisfy(c -> assertThat(c.isEnum()).isTrue());
    }

    @Test
    void everyConstantHasALabelInEveryLanguage() {
        PackageLabels.assertEveryConstantLabelled(SituationKind.class);
    }

    @Test
    void everyLabelNamesAnExistingConstant() {
        PackageLabels.assertEveryLabelKnown(SituationKind.class);
    }

    @Test
    void labelsAreInTheirLanguage() {
        assertThat(Labels.of(SituationKind.EVICTION_THREAT, Language.FR)).isEqualTo("Menace d'expulsion");
        assertThat(Labels.of(SituationKind.EVICTION_THREAT, Language.EN)).isEqualTo("Threat of eviction");
        assertThat(Labels.of(EthosCategory.E12_1, Language.NL)).isEqualTo("12.1 Ongeschikte woning");
        assertThat(Labels.of(InstitutionType.IHP, Language.DE)).isEqualTo("Initiative für betreutes Wohnen (IBW)");
    }
}
