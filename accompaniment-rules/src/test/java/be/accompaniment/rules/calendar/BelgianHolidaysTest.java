package be.accompaniment.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BelgianHolidaysTest {
    @Nested
    class EasterSunday {
        @ParameterizedTest
        @CsvSource({
            // the first year of the range; 1900: year % 19 == 0; 1954, 1981, 2049, 2076: the two exceptions of the
            // Gregorian computus (its 19 April and 18 April corrections); 2100 and 9999: later centuries, the last
            // year. Checked against python-dateutil's easter() (EASTER_WESTERN), an independent implementation.
            "1583, 1583-04-10",
            "1900, 1900-04-15",
            "1954, 1954-04-18",
            "1981, 1981-04-19",
            "2033, 2033-04-17",
            "2049, 2049-04-18",
            "2076, 2076-04-19",
            "2100, 2100-03-28",
            "9999, 9999-03-28",
            "1818, 1818-03-22", // earliest possible
            "1943, 1943-04-25", // latest possible
            "1961, 1961-04-02",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2020, 2020-04-12",
            "2023, 2023-04-09",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2038, 2038-04-25",
            "2285, 2285-03-22"
        })
        void matchesKnownDates(int year, LocalDate easter) {
            assertThat(BelgianHolidays.easterSunday(year)).isEqualTo(easter);
        }

        @Test
        void rejectsYearsBeforeTheGregorianCalendar() {
            assertThatThrownBy(() -> BelgianHolidays.easterSunday(1582))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(
                            e -> assertThat(((InvalidInputException) e).where()).isEqualTo("Belgian holidays: year"))
                    .hasMessageContaining("1582");
        }

        @Test
        void rejectsYearsAfter9999() {
            assertThatThrownBy(() -> BelgianHolidays.easterSunday(10_000))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("10000");
            // a fixed holiday outside the range is refused too, not recognised by its day and month
            for (LocalDate day : new LocalDate[] {LocalDate.of(10_000, 1, 1), LocalDate.of(1582, 12, 25)}) {
                assertThatThrownBy(() -> BelgianHolidays.isHoliday(day))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining(String.valueOf(day.getYear()));
            }
        }
    }

    @Nested
    class HolidaysIn {
        @Test
        void tenHolidaysOf2024() {
            assertThat(BelgianHolidays.holidaysIn(2024))
                    .containsExactly(
                            LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 4, 1),
                            LocalDate.of(2024, 5, 1),
                            LocalDate.of(2024, 5, 9),
                            LocalDate.of(2024, 5, 20),
                            LocalDate.of(2024, 7, 21),
                            LocalDate.of(2024, 8, 15),
                            LocalDate.of(2024, 11, 1),
                            LocalDate.of(2024, 11, 11),
                            LocalDate.of(2024, 12, 25));
        }

        @Test
        void ascensionAndLabourDayCoincidedIn2008() {
            assertThat(PublicHoliday.ASCENSION_DAY.dateIn(2008)).isEqualTo(LocalDate.of(2008, 5, 1));
            assertThat(BelgianHolidays.holidaysIn(2008)).hasSize(9);
        }

        @Test
        void movableHolidaysOf2025() {
            assertThat(PublicHoliday.EASTER_MONDAY.dateIn(2025)).isEqualTo(LocalDate.of(2025, 4, 21));
            assertThat(PublicHoliday.ASCENSION_DAY.dateIn(2025)).isEqualTo(LocalDate.of(2025, 5, 29));
            assertThat(PublicHoliday.WHIT_MONDAY.dateIn(2025)).isEqualTo(LocalDate.of(2025, 6, 9));
            assertThat(PublicHoliday.WHIT_MONDAY.isFixed()).isFalse();
            assertThat(PublicHoliday.ARMISTICE_DAY.isFixed()).isTrue();
        }

        @Test
        void fixedHolidayRejectsAnOutOfRangeYear() {
            assertThatThrownBy(() -> PublicHoliday.CHRISTMAS_DAY.dateIn(1000))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("1000");
        }
    }

    @Nested
    class IsWorkingDay {
        @Test
        void weekdayIsAWorkingDay() {
            assertThat(BelgianHolidays.isWorkingDay(LocalDate.of(2024, 3, 14))).isTrue();
        }

        @Test
        void weekendIsNot() {
            assertThat(BelgianHolidays.isWorkingDay(LocalDate.of(2024, 3, 16))).isFalse();
            assertThat(BelgianHolidays.isWorkingDay(LocalDate.of(2024, 3, 17))).isFalse();
        }

        @Test
        void holidaysOnWeekdaysAreNot() {
            assertThat(BelgianHolidays.isHoliday(LocalDate.of(2024, 4, 1))).isTrue();
            assertThat(BelgianHolidays.isWorkingDay(LocalDate.of(2024, 4, 1))).isFalse();
            assertThat(BelgianHolidays.isWorkingDay(LocalDate.of(2023, 11, 1))).isFalse();
            assertThat(BelgianHolidays.isWorkingDay(LocalDate.of(2024, 5, 9))).isFalse();
        }

        @Test
        void regionalHolidaysAreWorkingDays() {
            // 27 September (Fédération Wallonie-Bruxelles) and 11 July (Flemish Community) are not legal holidays
            assertThat(BelgianHolidays.isWorkingDay(LocalDate.of(2024, 9, 27))).isTrue();
            assertThat(BelgianHolidays.isWorkingDay(LocalDate.of(2024, 7, 11))).isTrue();
        }

        @Test
        void holidayOnASundayIsNotMoved() {
            // 21 July 2024 was a Sunday; Monday 22 July stays a working day
            assertThat(BelgianHolidays.isWorkingDay(LocalDate.of(2024, 7, 22))).isTrue();
        }
    }

    @Nested
    class PlusWorkingDays {
        @Test
        void fiveWorkingDaysFromAMondayIsTheNextMonday() {
            assertThat(BelgianHolidays.plusWorkingDays(LocalDate.of(2024, 3, 4), 5))
                    .isEqualTo(LocalDate.of(2024, 3, 11));
        }

        @Test
        void skipsEasterMonday() {
            assertThat(BelgianHolidays.plusWorkingDays(LocalDate.of(2024, 3, 28), 5))
                    .isEqualTo(LocalDate.of(2024, 4, 5));
        }

        @Test
        void skipsAllSaintsAndArmistice() {
            // Thursday 31 October 2024: Fri 1 Nov holiday, Mon 4 .. Fri 8 count, Mon 11 Nov holiday
            assertThat(BelgianHolidays.plusWorkingDays(LocalDate.of(2024, 10, 31), 5))
                    .isEqualTo(LocalDate.of(2024, 11, 8));
            assertThat(BelgianHolidays.plusWorkingDays(LocalDate.of(2024, 10, 31), 6))
                    .isEqualTo(LocalDate.of(2024, 11, 12));
        }

        @Test
        void fromASaturday() {
            assertThat(BelgianHolidays.plusWorkingDays(LocalDate.of(2024, 3, 16), 1))
                    .isEqualTo(LocalDate.of(2024, 3, 18));
        }

        @Test
        void zeroGivesTheDayItself() {
            assertThat(BelgianHolidays.plusWorkingDays(LocalDate.of(2024, 3, 16), 0))
                    .isEqualTo(LocalDate.of(2024, 3, 16));
        }

        @Test
        void rejectsANegativeCount() {
            assertThatThrownBy(() -> BelgianHolidays.plusWorkingDays(LocalDate.of(2024, 3, 16), -1))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e ->
                            assertThat(((InvalidInputException) e).where()).isEqualTo("Belgian holidays: workingDays"))
                    .hasMessageContaining("-1");
            assertThatThrownBy(() -> BelgianHolidays.minusWorkingDays(LocalDate.of(2024, 3, 16), -2))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("-2");
        }
    }

    @Nested
    class MinusWorkingDays {
        @Test
        void fiveWorkingDaysBeforeFridayAfterEaster() {
            assertThat(BelgianHolidays.minusWorkingDays(LocalDate.of(2024, 4, 5), 5))
                    .isEqualTo(LocalDate.of(2024, 3, 28));
        }

        @Test
        void workingDayOnOrBeforeASunday() {
            assertThat(BelgianHolidays.workingDayOnOrBefore(LocalDate.of(2024, 3, 17)))
                    .isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(BelgianHolidays.workingDayOnOrBefore(LocalDate.of(2024, 4, 1)))
                    .isEqualTo(LocalDate.of(2024, 3, 29));
            assertThat(BelgianHolidays.workingDayOnOrBefore(LocalDate.of(2024, 3, 14)))
                    .isEqualTo(LocalDate.of(2024, 3, 14));
        }
    }

    @Nested
    class WorkingDaysBetween {
        @Test
        void countsDaysAfterTheFirstUpToTheLast() {
            assertThat(BelgianHolidays.workingDaysBetween(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 11)))
                    .isEqualTo(5);
            assertThat(BelgianHolidays.workingDaysBetween(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 5)))
                    .isEqualTo(5);
        }

        @Test
        void sameDayIsZero() {
            assertThat(BelgianHolidays.workingDaysBetween(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4)))
                    .isZero();
        }

        @Test
        void isNegativeBackwards() {
            assertThat(BelgianHolidays.workingDaysBetween(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 4)))
                    .isEqualTo(-5);
        }

        @Test
        void aYearHasAbout250WorkingDays() {
            // 2024: 366 days, 104 weekend days, 9 holidays on weekdays (21 July fell on a Sunday)
            assertThat(BelgianHolidays.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31)))
                    .isEqualTo(366 - 104 - 9);
        }
    }

    @Test
    void nullPointers() {
        new NullPointerTester().testAllPublicStaticMethods(BelgianHolidays.class);
    }
}
