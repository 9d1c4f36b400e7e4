package be.accompaniment.situation;

import static be.accompaniment.situation.Fixtures.D;
import static be.accompaniment.situation.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class RentArrearsTest {
    private static final String WHAT = "rent arrears opened 2024-02-01";

    @Test
    void followsDemandPaymentPlanAndSettlement() {
        RentArrears a = RentArrears.of(D, 150_000, 2);
        assertThat(a.stage()).isEqualTo(RentArrearsStage.ARREARS);
        assertThat(RentArrears.builder()
                        .from(a)
                        .demandOn(D.plusDays(30))
                        .build()
                        .stage())
                .isEqualTo(RentArrearsStage.DEMAND);
        assertThat(RentArrears.builder()
                        .from(a)
                        .demandOn(D.plusDays(30))
                        .paymentPlanOn(D.plusDays(40))
                        .build()
                        .stage())
                .isEqualTo(RentArrearsStage.PAYMENT_PLAN);
        assertThat(RentArrears.builder()
                        .from(a)
                        .settledOn(D.plusDays(90))
                        .build()
                        .stage())
                .isEqualTo(RentArrearsStage.SETTLED);
    }

    @Test
    void isClassifiedUnderThreatOfEvictionWithoutEthosLight() {
        assertThat(RentArrears.of(D, 1, 0).ethos()).isEqualTo(EthosCategory.E9_1);
        assertThat(RentArrears.of(D, 1, 0).ethosLight()).isEmpty();
    }

    @Test
    void rejectsNoOrNegativeAmounts() {
        assertInvalid(() -> RentArrears.of(D, 0, 1), WHAT + ": arrearsCents", "must be >= 1, was 0");
        assertInvalid(() -> RentArrears.of(D, 100, -1), WHAT + ": monthsOfArrears", "must be >= 0, was -1");
    }

    @Test
    void rejectsASettlementBeforeTheDemandOrThePlan() {
        assertInvalid(
                () -> RentArrears.builder()
                        .from(RentArrears.of(D, 100, 1))
                        .demandOn(D.plusDays(10))
                        .settledOn(D.plusDays(5))
                        .build(),
                WHAT + ": settledOn",
                "must not be before demandOn 2024-02-11, was 2024-02-06");
        assertInvalid(
                () -> RentArrears.builder()
                        .from(RentArrears.of(D, 100, 1))
                        .paymentPlanOn(D.plusDays(10))
                        .settledOn(D.plusDays(5))
                        .build(),
                WHAT + ": settledOn",
                "must not be before paymentPlanOn 2024-02-11, was 2024-02-06");
    }

    @Test
    void writesAmountsAndDatesAsJson() {
        assertThat(AccompanimentJson.write(RentArrears.of(D, 150_000, 2)))
                .isEqualTo("{\"kind\":\"rent-arrears\",\"openedOn\":\"2024-02-01\",\"arrearsCents\":150000,"
                        + "\"monthsOfArrears\":2}");
    }

    @Test
    void readingWithoutARequiredFieldNamesIt() {
        assertThatThrownBy(() -> AccompanimentJson.read(
                        "{\"kind\":\"rent-arrears\",\"openedOn\":\"2024-02-01\",\"monthsOfArrears\":1}",
                        Situation.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("$: ")
                .hasMessageContaining("arrearsCents");
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(RentArrears.of(D, 100, 1), RentArrears.of(D, 100, 1))
                .addEqualityGroup(RentArrears.of(D, 101, 1))
                .addEqualityGroup(RentArrears.of(D, 100, 2))
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(RentArrears.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(RentArrears.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(RentArrears.of(D, 100, 1));
    }
}
