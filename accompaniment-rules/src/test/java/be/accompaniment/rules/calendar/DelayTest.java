package be.accompaniment.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DelayTest {
    @Nested
    class AddTo {
        @Test
        void oneMonthRunsToTheSameDayOfTheNextMonth() {
            assertThat(Delay.months(1).addTo(LocalDate.of(2023, 10, 10))).isEqualTo(LocalDate.of(2023, 11, 10));
        }

        @Test
        void oneMonthFromThe31stOfJanuaryEndsOnTheLastDayOfFebruary() {
            assertThat(Delay.months(1).addTo(LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2023, 2, 28));
            assertThat(Delay.months(1).addTo(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void calendarDaysCountEveryDay() {
            assertThat(Delay.days(30).addTo(LocalDate.of(2013, 9, 1))).isEqualTo(LocalDate.of(2013, 10, 1));
            assertThat(Delay.days(5).addTo(LocalDate.of(2024, 3, 29))).isEqualTo(LocalDate.of(2024, 4, 3));
        }

        @Test
        void workingDaysSkipWeekendsAndHolidays() {
            assertThat(Delay.workingDays(5).addTo(LocalDate.of(2024, 3, 28))).isEqualTo(LocalDate.of(2024, 4, 5));
        }
    }

    @Nested
    class SubtractFrom {
        @Test
        void lastStartForAMonthEndingOn30AprilIs31March() {
            assertThat(Delay.months(1).subtractFrom(LocalDate.of(2023, 4, 30))).isEqualTo(LocalDate.of(2023, 3, 31));
        }

        @Test
        void lastStartForAMonthEndingOn28FebruaryIs31January() {
            assertThat(Delay.months(1).subtractFrom(LocalDate.of(2023, 2, 28))).isEqualTo(LocalDate.of(2023, 1, 31));
        }

        @Test
        void workingDaysGiveAWorkingDay() {
            assertThat(Delay.workingDays(5).subtractFrom(LocalDate.of(2024, 4, 5)))
                    .isEqualTo(LocalDate.of(2024, 3, 28));
            // Saturday 16 March: last working day on or before is Friday 15, five working days before is Friday 8
            assertThat(Delay.workingDays(5).subtractFrom(LocalDate.of(2024, 3, 16)))
                    .isEqualTo(LocalDate.of(2024, 3, 8));
        }

        @Test
        void calendarDays() {
            assertThat(Delay.days(40).subtractFrom(LocalDate.of(2023, 10, 11))).isEqualTo(LocalDate.of(2023, 9, 1));
        }
    }

    @Test
    void rejectsAZeroAmount() {
        assertThatThrownBy(() -> Delay.days(0))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).where()).isEqualTo("delay in CALENDAR_DAYS: amount"))
                .hasMessageContaining("was 0");
    }

    @Test
    void rejectsAnAmountAboveTheMaximum() {
        assertThatThrownBy(() -> Delay.months(1001))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount")
                .hasMessageContaining("was 1001");
    }

    @Test
    void json() {
        assertThat(AccompanimentJson.write(Delay.workingDays(5))).isEqualTo("{\"amount\":5,\"unit\":\"WORKING_DAYS\"}");
        assertThat(AccompanimentJson.read("{\"amount\":1,\"unit\":\"MONTHS\"}", Delay.class))
                .isEqualTo(Delay.months(1));
    }

    @Test
    void jsonRejectsAnUnknownUnit() {
        assertThatThrownBy(() -> AccompanimentJson.read("{\"amount\":1,\"unit\":\"WEEKS\"}", Delay.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("WEEKS")
                .satisfies(e -> assertThat(((InvalidInputException) e).where()).isEqualTo("$.unit"));
    }

    @Test
    void toStringShowsAmountAndUnit() {
        assertThat(Delay.workingDays(5)).hasToString("5 WORKING_DAYS");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(Delay.days(5), Delay.of(5, DelayUnit.CALENDAR_DAYS))
                .addEqualityGroup(Delay.workingDays(5))
                .addEqualityGroup(Delay.days(6))
                .testEquals();
    }

    @Test
    void nullPointers() {
        new NullPointerTester().testAllPublicStaticMethods(Delay.class);
        new NullPointerTester().testAllPublicInstanceMethods(Delay.months(1));
    }
}
