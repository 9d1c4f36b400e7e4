package be.accompaniment.rules.calendar;

import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class BelgianHolidaysProperties {
    @Test
    void easterIsASundayBetween22MarchAnd25April() {
        qt().forAll(SourceDSL.integers().between(BelgianHolidays.FIRST_YEAR, BelgianHolidays.LAST_YEAR))
                .check(year -> {
                    LocalDate easter = BelgianHolidays.easterSunday(year);
                    MonthDay md = MonthDay.from(easter);
                    return easter.getYear() == year
                            && easter.getDayOfWeek() == DayOfWeek.SUNDAY
                            && !md.isBefore(MonthDay.of(3, 22))
                            && !md.isAfter(MonthDay.of(4, 25));
                });
    }

    @Test
    void everyHolidayIsAHoliday() {
        qt().forAll(SourceDSL.integers().between(1900, 2200))
                .check(year -> BelgianHolidays.holidaysIn(year).stream().allMatch(BelgianHolidays::isHoliday)
                        && BelgianHolidays.holidaysIn(year).size() >= 9);
    }

    @Test
    void plusWorkingDaysNeverLandsOnAWeekendOrHoliday() {
        qt().forAll(CalendarGenerators.dates(), SourceDSL.integers().between(1, 60))
                .check((d, n) -> {
                    LocalDate end = BelgianHolidays.plusWorkingDays(d, n);
                    return end.isAfter(d)
                            && BelgianHolidays.isWorkingDay(end)
                            && end.getDayOfWeek() != DayOfWeek.SATURDAY
                            && end.getDayOfWeek() != DayOfWeek.SUNDAY
                            && !BelgianHolidays.isHoliday(end);
                });
    }

    @Test
    void workingDaysBetweenCountsWhatPlusWorkingDaysAdds() {
        qt().forAll(CalendarGenerators.dates(), SourceDSL.integers().between(0, 60))
                .check((d, n) -> BelgianHolidays.workingDaysBetween(d, BelgianHolidays.plusWorkingDays(d, n)) == n);
    }

    @Test
    void minusUndoesPlusOnWorkingDays() {
        qt().forAll(CalendarGenerators.dates(), SourceDSL.integers().between(0, 60))
                .check((d, n) -> {
                    LocalDate w = BelgianHolidays.workingDayOnOrBefore(d);
                    return BelgianHolidays.plusWorkingDays(BelgianHolidays.minusWorkingDays(w, n), n)
                                    .equals(w)
                            && BelgianHolidays.minusWorkingDays(BelgianHolidays.plusWorkingDays(w, n), n)
                                    .equals(w);
                });
    }

    @Test
    void workingDaysBetweenIsAntisymmetric() {
        qt().forAll(CalendarGenerators.dates(), SourceDSL.integers().between(-800, 800))
                .check((a, offset) -> {
                    LocalDate b = a.plusDays(offset);
                    return BelgianHolidays.workingDaysBetween(a, b) == -BelgianHolidays.workingDaysBetween(b, a);
                });
    }
}
