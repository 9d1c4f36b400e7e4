package be.accompaniment.rules.calendar;

import static be.accompaniment.rules.calendar.CalendarFixtures.WINTER;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class WinterMoratoriumTest {
    private static final LocalDate IN_WINDOW = LocalDate.of(2024, 1, 10);
    private static final LocalDate OUT_OF_WINDOW = LocalDate.of(2024, 6, 10);
    private static final WinterMoratorium WALLOON = WinterMoratorium.builder()
            .window(WINTER)
            .scope(MoratoriumScope.SOCIAL_HOUSING_ONLY)
            .lostIfBudgetGuidanceRefused(true)
            .build();

    @Test
    void socialTenantIsProtectedInTheWindow() {
        assertThat(WALLOON.outcome(IN_WINDOW, true, false)).isEqualTo(MoratoriumOutcome.PROTECTS);
        assertThat(WALLOON.outcome(OUT_OF_WINDOW, true, false)).isEqualTo(MoratoriumOutcome.OUTSIDE_PERIOD);
    }

    @Test
    void privateTenantIsOutOfScopeWhateverTheDay() {
        assertThat(WALLOON.outcome(IN_WINDOW, false, false)).isEqualTo(MoratoriumOutcome.OUT_OF_SCOPE);
        assertThat(WALLOON.outcome(OUT_OF_WINDOW, false, true)).isEqualTo(MoratoriumOutcome.OUT_OF_SCOPE);
    }

    @Test
    void refusingBudgetGuidanceLosesTheProtection() {
        assertThat(WALLOON.outcome(IN_WINDOW, true, true)).isEqualTo(MoratoriumOutcome.LOST_BUDGET_GUIDANCE_REFUSED);
    }

    @Test
    void refusingBudgetGuidanceChangesNothingWhenTheMoratoriumIsNotLost() {
        assertThat(CalendarFixtures.ALL_LEASES_MORATORIUM.outcome(IN_WINDOW, false, true))
                .isEqualTo(MoratoriumOutcome.PROTECTS);
    }

    @Test
    void defaultsAreNotLostAndNoExemptions() {
        assertThat(CalendarFixtures.ALL_LEASES_MORATORIUM.lostIfBudgetGuidanceRefused())
                .isFalse();
        assertThat(CalendarFixtures.ALL_LEASES_MORATORIUM.exemptions()).isEmpty();
    }

    @Test
    void json() {
        String json = AccompanimentJson.write(WALLOON);
        assertThat(json)
                .isEqualTo("{\"window\":{\"start\":\"11-01\",\"end\":\"03-15\"},\"scope\":\"SOCIAL_HOUSING_ONLY\","
                        + "\"lostIfBudgetGuidanceRefused\":true,\"exemptions\":[]}");
        assertThat(AccompanimentJson.read(json, WinterMoratorium.class)).isEqualTo(WALLOON);
        assertThat(AccompanimentJson.read(
                        "{\"window\":{\"start\":\"11-01\",\"end\":\"03-15\"},\"scope\":\"ALL_LEASES\"}",
                        WinterMoratorium.class))
                .isEqualTo(CalendarFixtures.ALL_LEASES_MORATORIUM);
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(
                        CalendarFixtures.ALL_LEASES_MORATORIUM, WinterMoratorium.of(WINTER, MoratoriumScope.ALL_LEASES))
                .addEqualityGroup(WALLOON)
                .addEqualityGroup(WinterMoratorium.builder()
                        .from(WALLOON)
                        .addExemptions(MoratoriumExemption.FORCE_MAJEURE)
                        .build())
                .addEqualityGroup(WinterMoratorium.of(
                        SeasonWindow.of(MonthDay.of(12, 1), MonthDay.of(2, 28)), MoratoriumScope.ALL_LEASES))
                .testEquals();
    }

    @Test
    void nullPointers() {
        CalendarFixtures.nullPointerTester().testAllPublicStaticMethods(WinterMoratorium.class);
        CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(WinterMoratorium.builder());
        CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(WALLOON);
    }
}
