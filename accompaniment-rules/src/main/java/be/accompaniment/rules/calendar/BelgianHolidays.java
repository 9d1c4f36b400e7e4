package be.accompaniment.rules.calendar;

import be.accompaniment.InvalidInputException;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * Belgian public holidays and working days, for delays the law counts in working days (the five working days'
 * notice of an execution date, C.jud. art. 1344quater).
 *
 * <p>A working day (jour ouvrable in the sense of C.jud. art. 53, which sets Saturdays beside Sundays and holidays)
 * is a day that is neither a Saturday, a Sunday nor one of the ten {@link PublicHoliday}s; a holiday that falls on a
 * weekend is not moved. Easter is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for
 * every Gregorian year; the library accepts years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Regional and
 * community holidays (27 September, 11 July, 15 November) are not legal public holidays and do not count.
 *
 * <p>Thread-safe; no state.
 */
public final class BelgianHolidays {
    /** First year accepted: the first full year of the Gregorian calendar. */
    public static final int FIRST_YEAR = 1583;
    /** Last year accepted. */
    public static final int LAST_YEAR = 9999;

    private BelgianHolidays() {}

    /**
     * Easter Sunday of a year.
     *
     * @param year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     * @return a Sunday between 22 March and 25 April
     * @throws InvalidInputException if the year is out of range
     */
    public static LocalDate easterSunday(int year) {
        checkYear(year);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    /**
     * The legal public holidays of a year, in date order. Usually ten dates; fewer when two holidays fall on the same
     * day (Ascension Day was 1 May in 2008).
     *
     * @param year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     * @return the dates
     * @throws InvalidInputException if the year is out of range
     */
    public static ImmutableSortedSet<LocalDate> holidaysIn(int year) {
        ImmutableSortedSet.Builder<LocalDate> dates = ImmutableSortedSet.naturalOrder();
        for (PublicHoliday holiday : PublicHoliday.values()) {
            dates.add(holiday.dateIn(year));
        }
        return dates.build();
    }

    /**
     * Whether the day is a legal public holiday.
     *
     * @param day a day of a year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     * @return true on the ten holidays
     * @throws InvalidInputException if the year is out of range
     */
    public static boolean isHoliday(LocalDate day) {
        Objects.requireNonNull(day, "day");
        checkYear(day.getYear());
        for (PublicHoliday holiday : PublicHoliday.values()) {
            if (holiday.isFixed() && holiday.dateIn(day.getYear()).equals(day)) {
                return true;
            }
        }
        // movable holidays fall on Mondays and a Thursday, between late March and mid-June
        DayOfWeek dow = day.getDayOfWeek();
        if ((dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY)
                && day.getMonthValue() >= Month.MARCH.getValue()
                && day.getMonthValue() <= Month.JUNE.getValue()) {
            LocalDate easter = easterSunday(day.getYear());
            return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
        }
        return false;
    }

    /**
     * Whether the day is a working day: not a Saturday, a Sunday or a legal public holiday.
     *
     * @param day a day of a year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     * @return true on working days
     * @throws InvalidInputException if the year is out of range
     */
    public static boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /**
     * The n-th working day after a day, the day itself not counted.
     *
     * @param day the starting day, working or not
     * @param workingDays at least 0; 0 gives {@code day} itself
     * @return a working day after {@code day}, or {@code day} when {@code workingDays} is 0
     * @throws InvalidInputException if {@code workingDays} is negative or the count leaves the accepted years
     */
    public static LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        Objects.requireNonNull(day, "day");
        checkCount(workingDays);
        LocalDate d = day;
        int left = workingDays;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The n-th working day before a day, the day itself not counted. For a working day {@code d},
     * {@code plusWorkingDays(minusWorkingDays(d, n), n)} is {@code d}.
     *
     * @param day the starting day, working or not
     * @param workingDays at least 0; 0 gives {@code day} itself
     * @return a working day before {@code day}, or {@code day} when {@code workingDays} is 0
     * @throws InvalidInputException if {@code workingDays} is negative or the count leaves the accepted years
     */
    public static LocalDate minusWorkingDays(LocalDate day, int workingDays) {
        Objects.requireNonNull(day, "day");
        checkCount(workingDays);
        LocalDate d = day;
        int left = workingDays;
        while (left > 0) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The last working day on or before a day.
     *
     * @param day any day of an accepted year
     * @return {@code day} if it is a working day, else the working day before it
     */
    public static LocalDate workingDayOnOrBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}, like {@link java.time.temporal.ChronoUnit#between}. So
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
     *
     * @param from the first day, not counted
     * @param to the last day, counted
     * @return the signed count of working days in {@code (from, to]}
     * @throws InvalidInputException if a day lies outside the accepted years
     */
    public static long workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(
                    "Belgian holidays: year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", was " + year);
        }
    }

    private static void checkCount(int workingDays) {
        if (workingDays < 0) {
            throw new InvalidInputException("Belgian holidays: workingDays", "must be >= 0, was " + workingDays);
        }
    }
}
