package be.accompaniment.situation;

import static be.accompaniment.situation.Fixtures.D;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PermanentHabitatTest {
    private static PermanentHabitat.Builder camping() {
        return PermanentHabitat.builder()
                .openedOn(D)
                .structure(HabitatStructure.MOBILE_HOME)
                .planHpPhase(PlanHpPhase.PHASE_1)
                .domiciledOnSite(true);
    }

    @Test
    void followsPlannedAndActualRelocation() {
        assertThat(camping().build().stage()).isEqualTo(PermanentHabitatStage.RESIDENT);
        assertThat(camping().expectedRelocationOn(D.plusDays(90)).build().stage())
                .isEqualTo(PermanentHabitatStage.RELOCATION_PLANNED);
        assertThat(camping()
                        .expectedRelocationOn(D.plusDays(90))
                        .relocatedOn(D.plusDays(100))
                        .build()
                        .stage())
                .isEqualTo(PermanentHabitatStage.RELOCATED);
    }

    @Test
    void mapsItsStructureToEthos11AndEthosLight5() {
        assertThat(camping().build().ethos()).isEqualTo(EthosCategory.E11_1);
        assertThat(camping()
                        .structure(HabitatStructure.NON_CONVENTIONAL_BUILDING)
                        .build()
                        .ethos())
                .isEqualTo(EthosCategory.E11_2);
        assertThat(camping()
                        .structure(HabitatStructure.TEMPORARY_STRUCTURE)
                        .build()
                        .ethos())
                .isEqualTo(EthosCategory.E11_3);
        assertThat(camping().build().ethosLight()).contains(EthosLight.NON_CONVENTIONAL_DWELLING);
    }

    @Test
    void isNotDomiciledOnSiteUnlessSaid() {
        PermanentHabitat unsaid = PermanentHabitat.builder()
                .openedOn(D)
                .structure(HabitatStructure.MOBILE_HOME)
                .build();
        assertThat(unsaid.domiciledOnSite()).isFalse();
        assertThat(AccompanimentJson.read(
                                "{\"kind\":\"permanent-habitat\",\"openedOn\":\"2024-02-01\","
                                        + "\"structure\":\"MOBILE_HOME\"}",
                                PermanentHabitat.class)
                        .domiciledOnSite())
                .isFalse();
    }

    @Test
    void writesItsStructureAndPhaseAsJson() {
        assertThat(AccompanimentJson.write(camping().build()))
                .isEqualTo("{\"kind\":\"permanent-habitat\",\"openedOn\":\"2024-02-01\",\"structure\":\"MOBILE_HOME\","
                        + "\"planHpPhase\":\"PHASE_1\",\"domiciledOnSite\":true}");
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(camping().build(), camping().build())
                .addEqualityGroup(camping().planHpPhase(PlanHpPhase.PHASE_2).build())
                .addEqualityGroup(camping().domiciledOnSite(false).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(PermanentHabitat.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(PermanentHabitat.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(camping().build());
    }
}
