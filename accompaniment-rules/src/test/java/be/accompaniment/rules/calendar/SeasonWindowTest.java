package be.accompaniment.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.law.Period;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeasonWindowTest {
    private static final SeasonWindow WINTER = SeasonWindow.of(MonthDay.of(11, 1), MonthDay.of(3, 15));
    private static final SeasonWindow OLD_BRUSSELS = SeasonWindow.of(MonthDay.of(12, 1), MonthDay.of(2, 28));
    private static final SeasonWindow SUMMER = SeasonWindow.of(MonthDay.of(7, 1), MonthDay.of(8, 31));

    @Nested
    class Contains {
        @Test
        void windowOpensOnFirstOfNovember() {
            assertThat(WINTER.contains(LocalDate.of(2023, 10, 31))).isFalse();
            assertThat(WINTER.contains(LocalDate.of(2023, 11, 1))).isTrue();
        }

        @Test
        void windowClosesAfterFifteenthOfMarch() {
            assertThat(WINTER.contains(LocalDate.of(2024, 3, 15))).isTrue();
            assertThat(WINTER.contains(LocalDate.of(2024, 3, 16))).isFalse();
        }

        @Test
        void windowRunsAcrossNewYear() {
            assertThat(WINTER.crossesNewYear()).isTrue();
            assertThat(WINTER.contains(LocalDate.of(2023, 12, 31))).isTrue();
            assertThat(WINTER.contains(LocalDate.of(2024, 1, 1))).isTrue();
            assertThat(WINTER.contains(LocalDate.of(2024, 7, 1))).isFalse();
        }

        @Test
        void leapDayIsInsideAWindowThatRunsPastIt() {
            assertThat(WINTER.contains(LocalDate.of(2024, 2, 29))).isTrue();
        }

        @Test
        void leapDayIsOutsideAWindowEndingOnTwentyEighthOfFebruary() {
            assertThat(OLD_BRUSSELS.contains(LocalDate.of(2004, 2, 28))).isTrue();
            assertThat(OLD_BRUSSELS.contains(LocalDate.of(2004, 2, 29))).isFalse();
            assertThat(OLD_BRUSSELS.contains(LocalDate.of(2004, 3, 1))).isFalse();
        }

        @Test
        void windowWithinOneYear() {
            assertThat(SUMMER.crossesNewYear()).isFalse();
            assertThat(SUMMER.contains(LocalDate.of(2023, 6, 30))).isFalse();
            assertThat(SUMMER.contains(LocalDate.of(2023, 7, 1))).isTrue();
            assertThat(SUMMER.contains(LocalDate.of(2023, 8, 31))).isTrue();
            assertThat(SUMMER.contains(LocalDate.of(2023, 9, 1))).isFalse();
        }

        @Test
        void oneDayWindow() {
            SeasonWindow day = SeasonWindow.of(MonthDay.of(5, 1), MonthDay.of(5, 1));
            assertThat(day.contains(LocalDate.of(2023, 5, 1))).isTrue();
            assertThat(day.contains(LocalDate.of(2023, 5, 2))).isFalse();
            assertThat(day.contains(LocalDate.of(2023, 4, 30))).isFalse();
        }
    }

    @Nested
    class EndAfter {
        @Test
        void insideTheWindowGivesItsLastDay() {
            assertThat(WINTER.endAfter(LocalDate.of(2023, 11, 10))).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(WINTER.endAfter(LocalDate.of(2024, 1, 10))).isEqualTo(LocalDate.of(2024, 3, 15));
        }

        @Test
        void lastDayGivesItself() {
            assertThat(WINTER.endAfter(LocalDate.of(2024, 3, 15))).isEqualTo(LocalDate.of(2024, 3, 15));
        }

        @Test
        void outsideTheWindowGivesTheNextLastDay() {
            assertThat(WINTER.endAfter(LocalDate.of(2024, 3, 16))).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(SUMMER.endAfter(LocalDate.of(2023, 9, 1))).isEqualTo(LocalDate.of(2024, 8, 31));
        }
    }

    @Nested
    class NextStartAfter {
        @Test
        void dayBeforeTheStartGivesTheStart() {
            assertThat(WINTER.nextStartAfter(LocalDate.of(2023, 10, 31))).isEqualTo(LocalDate.of(2023, 11, 1));
        }

        @Test
        void startItselfGivesNextYearsStart() {
            assertThat(WINTER.nextStartAfter(LocalDate.of(2023, 11, 1))).isEqualTo(LocalDate.of(2024, 11, 1));
        }

        @Test
        void insideTheWindowGivesTheNextOccurrence() {
            assertThat(WINTER.nextStartAfter(LocalDate.of(2024, 1, 5))).isEqualTo(LocalDate.of(2024, 11, 1));
        }
    }

    @Nested
    class Occurrences {
        @Test
        void occurrenceStartingInAYearEndsTheNextYearWhenCrossing() {
            assertThat(WINTER.startingIn(2023))
                    .isEqualTo(Period.of(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 3, 15)));
            assertThat(SUMMER.startingIn(2023))
                    .isEqualTo(Period.of(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 8, 31)));
        }

        @Test
        void occurrenceOnADayInJanuaryStartedTheYearBefore() {
            assertThat(WINTER.occurrenceOn(LocalDate.of(2024, 1, 10))).contains(WINTER.startingIn(2023));
        }

        @Test
        void noOccurrenceOutsideTheWindow() {
            assertThat(WINTER.occurrenceOn(LocalDate.of(2024, 6, 1))).isEmpty();
        }

        @Test
        void currentOrNextOccurrence() {
            assertThat(WINTER.currentOrNextOccurrence(LocalDate.of(2024, 1, 10)))
                    .isEqualTo(WINTER.startingIn(2023));
            assertThat(WINTER.currentOrNextOccurrence(LocalDate.of(2024, 6, 1))).isEqualTo(WINTER.startingIn(2024));
            assertThat(WINTER.currentOrNextOccurrence(LocalDate.of(2024, 3, 16)))
                    .isEqualTo(WINTER.startingIn(2024));
        }
    }

    @Nested
    class Validation {
        @Test
        void rejectsLeapDayAsStart() {
            assertThatThrownBy(() -> SeasonWindow.of(MonthDay.of(2, 29), MonthDay.of(3, 15)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("start")
                    .hasMessageContaining("--02-29");
        }

        @Test
        void rejectsLeapDayAsEnd() {
            assertThatThrownBy(() -> SeasonWindow.of(MonthDay.of(11, 1), MonthDay.of(2, 29)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("end")
                    .hasMessageContaining("--02-29");
        }

        @Test
        void rejectsAWindowCoveringTheWholeYear() {
            assertThatThrownBy(() -> SeasonWindow.of(MonthDay.of(11, 1), MonthDay.of(10, 31)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(
                            e -> assertThat(((InvalidInputException) e).where()).isEqualTo("season window: end"))
                    .hasMessageContaining("--10-31");
        }
    }

    @Test
    void jsonUsesMonthDashDay() {
        assertThat(AccompanimentJson.write(WINTER)).isEqualTo("{\"start\":\"11-01\",\"end\":\"03-15\"}");
        assertThat(AccompanimentJson.read("{\"start\":\"12-01\",\"end\":\"02-28\"}", SeasonWindow.class))
                .isEqualTo(OLD_BRUSSELS);
    }

    @Test
    void jsonRejectsLeapDayWithItsPath() {
        assertThatThrownBy(() -> AccompanimentJson.read("{\"start\":\"02-29\",\"end\":\"03-15\"}", SeasonWindow.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--02-29");
    }

    @Test
    void toStringShowsBothEnds() {
        assertThat(WINTER).hasToString("11-01..03-15");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(WINTER, SeasonWindow.of(MonthDay.of(11, 1), MonthDay.of(3, 15)))
                .addEqualityGroup(OLD_BRUSSELS)
                .addEqualityGroup(SUMMER)
                .testEquals();
    }

    @Test
    void nullPointers() {
        NullPointerTester tester = new NullPointerTester().setDefault(MonthDay.class, MonthDay.of(1, 1));
        tester.testAllPublicStaticMethods(SeasonWindow.class);
        tester.testAllPublicInstanceMethods(WINTER);
    }
}
