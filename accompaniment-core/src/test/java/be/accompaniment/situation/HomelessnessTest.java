package be.accompaniment.situation;

import static be.accompaniment.situation.Fixtures.D;
import static be.accompaniment.situation.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HomelessnessTest {
    @Test
    void followsReferenceAddressAndHousing() {
        Homelessness h = Homelessness.of(EthosCategory.E1_1, D);
        assertThat(h.stage()).isEqualTo(HomelessnessStage.HOMELESS);
        assertThat(Homelessness.builder()
                        .from(h)
                        .referenceAddressOn(D.plusDays(20))
                        .build()
                        .stage())
                .isEqualTo(HomelessnessStage.REFERENCE_ADDRESS);
        assertThat(Homelessness.builder()
                        .from(h)
                        .housedOn(D.plusDays(200))
                        .build()
                        .stage())
                .isEqualTo(HomelessnessStage.HOUSED);
        assertThat(h.kind()).isEqualTo(SituationKind.HOMELESSNESS);
    }

    @Test
    void keepsTheEthosCategoryObservedAndItsEthosLight() {
        assertThat(Homelessness.of(EthosCategory.E2_1, D).ethos()).isEqualTo(EthosCategory.E2_1);
        assertThat(Homelessness.of(EthosCategory.E2_1, D).ethosLight()).contains(EthosLight.EMERGENCY_ACCOMMODATION);
        assertThat(Homelessness.of(EthosCategory.E8_2, D).ethosLight()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = EthosCategory.class,
            names = {"E9_1", "E9_2", "E10_1", "E11_1", "E11_2", "E11_3", "E12_1", "E13_1"})
    void rejectsCategoriesBeyondInsecureAccommodation(EthosCategory category) {
        assertInvalid(
                () -> Homelessness.of(category, D),
                "homelessness opened 2024-02-01: ethos",
                "must be in operational categories 1 to 8, was " + category.code());
    }

    @Test
    void rejectsHousingBeforeTheReferenceAddress() {
        assertInvalid(
                () -> Homelessness.builder()
                        .ethos(EthosCategory.E1_1)
                        .openedOn(D)
                        .referenceAddressOn(D.plusDays(10))
                        .housedOn(D.plusDays(9))
                        .build(),
                "homelessness opened 2024-02-01: housedOn",
                "must not be before referenceAddressOn 2024-02-11, was 2024-02-10");
    }

    @Test
    void writesItsEthosCategoryAsJson() {
        assertThat(AccompanimentJson.write(Homelessness.of(EthosCategory.E3_2, D)))
                .isEqualTo("{\"kind\":\"homelessness\",\"openedOn\":\"2024-02-01\",\"ethos\":\"E3_2\"}");
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(Homelessness.of(EthosCategory.E1_1, D), Homelessness.of(EthosCategory.E1_1, D))
                .addEqualityGroup(Homelessness.of(EthosCategory.E2_1, D))
                .addEqualityGroup(Homelessness.of(EthosCategory.E1_1, D.plusDays(1)))
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(Homelessness.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(Homelessness.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(Homelessness.of(EthosCategory.E1_1, D));
    }
}
