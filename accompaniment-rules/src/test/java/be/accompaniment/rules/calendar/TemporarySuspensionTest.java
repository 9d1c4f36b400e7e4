package be.accompaniment.rules.calendar;

import static be.accompaniment.rules.calendar.CalendarFixtures.SUSPENSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.law.Period;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TemporarySuspensionTest {
    @Test
    void protectsFromFirstToLastDay() {
        assertThat(SUSPENSION.outcome(LocalDate.of(2022, 10, 31), false, false))
                .isEqualTo(MoratoriumOutcome.OUTSIDE_PERIOD);
        assertThat(SUSPENSION.outcome(LocalDate.of(2022, 11, 1), false, false)).isEqualTo(MoratoriumOutcome.PROTECTS);
        assertThat(SUSPENSION.outcome(LocalDate.of(2023, 3, 15), false, false)).isEqualTo(MoratoriumOutcome.PROTECTS);
        assertThat(SUSPENSION.outcome(LocalDate.of(2023, 3, 16), false, false))
                .isEqualTo(MoratoriumOutcome.OUTSIDE_PERIOD);
    }

    @Test
    void socialOnlySuspensionLeavesPrivateTenantsOut() {
        TemporarySuspension social = TemporarySuspension.builder()
                .from(SUSPENSION)
                .scope(MoratoriumScope.SOCIAL_HOUSING_ONLY)
                .lostIfBudgetGuidanceRefused(true)
                .build();
        assertThat(social.outcome(LocalDate.of(2022, 12, 1), false, false)).isEqualTo(MoratoriumOutcome.OUT_OF_SCOPE);
        assertThat(social.outcome(LocalDate.of(2022, 12, 1), true, true))
                .isEqualTo(MoratoriumOutcome.LOST_BUDGET_GUIDANCE_REFUSED);
        assertThat(social.outcome(LocalDate.of(2022, 12, 1), true, false)).isEqualTo(MoratoriumOutcome.PROTECTS);
    }

    @Test
    void rejectsAnOpenEndedPeriod() {
        assertThatThrownBy(() -> TemporarySuspension.builder()
                        .from(SUSPENSION)
                        .period(Period.from(LocalDate.of(2022, 11, 1)))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).where())
                        .isEqualTo("temporary suspension test/suspension: period.until"))
                .hasMessageContaining("2022-11-01/..");
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() ->
                        TemporarySuspension.builder().from(SUSPENSION).name(" ").build())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).where()).isEqualTo("temporary suspension: name"))
                .hasMessageContaining("\" \"");
    }

    @Test
    void jsonRequiresAReference() {
        String json = "{\"name\":\"x\",\"period\":{\"from\":\"2022-11-01\",\"until\":\"2023-03-15\"},"
                + "\"scope\":\"ALL_LEASES\"}";
        assertThatThrownBy(() -> AccompanimentJson.read(json, TemporarySuspension.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reference");
    }

    @Test
    void jsonRoundTrip() {
        assertThat(AccompanimentJson.read(AccompanimentJson.write(SUSPENSION), TemporarySuspension.class))
                .isEqualTo(SUSPENSION);
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(
                        SUSPENSION,
                        TemporarySuspension.builder().from(SUSPENSION).build())
                .addEqualityGroup(TemporarySuspension.builder()
                        .from(SUSPENSION)
                        .name("other")
                        .build())
                .addEqualityGroup(TemporarySuspension.builder()
                        .from(SUSPENSION)
                        .addExemptions(MoratoriumExemption.PUBLIC_SAFETY)
                        .build())
                .testEquals();
    }

    @Test
    void nullPointers() {
        CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(TemporarySuspension.builder());
        CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(SUSPENSION);
    }
}
