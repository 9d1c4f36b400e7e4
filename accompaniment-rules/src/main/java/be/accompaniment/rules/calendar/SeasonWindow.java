package be.accompaniment.rules.calendar;

import be.accompaniment.InvalidInputException;
import be.accompaniment.internal.Checks;
import be.accompaniment.law.Period;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A yearly window of days, from a first month-day to a last month-day, both inclusive, that may run across the new
 * year: the season of a winter moratorium (trêve hivernale).
 *
 * <p>Example: {@code SeasonWindow.of(MonthDay.of(11, 1), MonthDay.of(3, 15))}, 1 November to 15 March, the Brussels
 * window of art. 233duodecies of the Code bruxellois du Logement. An occurrence of the window is the period that
 * starts on the first month-day of a year; a window that crosses the new year ends in the following year. The 29th
 * of February can be neither end, so every occurrence has the same length outside leap years, and a window always
 * leaves at least one day of the year outside.
 *
 * <p>JSON: {@code {"start":"11-01","end":"03-15"}}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableSeasonWindow.class)
@JsonDeserialize(as = ImmutableSeasonWindow.class)
public abstract class SeasonWindow {
    private static final MonthDay LEAP_DAY = MonthDay.of(Month.FEBRUARY, 29);
    // a non-leap year, to find the day after a month-day without meeting the 29th of February
    private static final int COMMON_YEAR = 2023;

    SeasonWindow() {}

    /**
     * A window from its first and last month-day.
     *
     * @param start the first day of each occurrence, not the 29th of February
     * @param end the last day of each occurrence, inclusive, not the 29th of February; before {@code start} when the
     *     window crosses the new year
     * @return the window
     * @throws InvalidInputException if an end is the 29th of February or the window covers the whole year
     */
    public static SeasonWindow of(MonthDay start, MonthDay end) {
        return ImmutableSeasonWindow.of(start, end);
    }

    /** The first day of each occurrence, e.g. {@code --11-01}. */
    @Value.Parameter
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "MM-dd")
    public abstract MonthDay start();

    /** The last day of each occurrence, inclusive, e.g. {@code --03-15}. */
    @Value.Parameter
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "MM-dd")
    public abstract MonthDay end();

    /** Whether an occurrence ends in the year after it starts (the last day comes before the first in a year). */
    public boolean crossesNewYear() {
        return end().isBefore(start());
    }

    /**
     * Whether the day lies inside an occurrence of the window.
     *
     * @param day any day
     * @return true from the first to the last month-day inclusive
     */
    public boolean contains(LocalDate day) {
        MonthDay md = MonthDay.from(Objects.requireNonNull(day, "day"));
        if (crossesNewYear()) {
            return !md.isBefore(start()) || !md.isAfter(end());
        }
        return !md.isBefore(start()) && !md.isAfter(end());
    }

    /**
     * The last day of the occurrence that contains the day or, when the day lies outside the window, of the next
     * occurrence: the first day on or after {@code day} that ends an occurrence.
     *
     * @param day any day
     * @return the last day of the current or next occurrence, never before {@code day}
     */
    public LocalDate endAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate candidate = end().atYear(day.getYear());
        return candidate.isBefore(day) ? end().atYear(day.getYear() + 1) : candidate;
    }

    /**
     * The first day of the next occurrence that starts strictly after the day.
     *
     * @param day any day
     * @return a day after {@code day}
     */
    public LocalDate nextStartAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate candidate = start().atYear(day.getYear());
        return candidate.isAfter(day) ? candidate : start().atYear(day.getYear() + 1);
    }

    /**
     * The occurrence that starts in a year.
     *
     * @param year the year of the first day, e.g. {@code 2023} for 1 November 2023 to 15 March 2024
     * @return a closed period
     */
    public Period startingIn(int year) {
        LocalDate from = start().atYear(year);
        return Period.of(from, crossesNewYear() ? end().atYear(year + 1) : end().atYear(year));
    }

    /**
     * The occurrence that contains the day, if any.
     *
     * @param day any day
     * @return the occurrence, or empty when the day lies outside the window
     */
    public Optional<Period> occurrenceOn(LocalDate day) {
        if (!contains(day)) {
            return Optional.empty();
        }
        LocalDate from = start().atYear(day.getYear());
        if (from.isAfter(day)) {
            from = start().atYear(day.getYear() - 1);
        }
        return Optional.of(Period.of(from, endAfter(day)));
    }

    /**
     * The occurrence that contains the day or, when the day lies outside the window, the next one.
     *
     * @param day any day
     * @return a closed period that does not end before {@code day}
     */
    public Period currentOrNextOccurrence(LocalDate day) {
        return occurrenceOn(day).orElseGet(() -> startingIn(nextStartAfter(day).getYear()));
    }

    @Value.Check
    final void check() {
        Checks.that(!start().equals(LEAP_DAY), "start", this::describe, () -> "must not be --02-29, was " + start());
        Checks.that(!end().equals(LEAP_DAY), "end", this::describe, () -> "must not be --02-29, was " + end());
        MonthDay dayAfterEnd = MonthDay.from(end().atYear(COMMON_YEAR).plusDays(1));
        Checks.that(
                !dayAfterEnd.equals(start()),
                "end",
                this::describe,
                () -> "must leave at least one day of the year outside the window, was " + end() + " with start "
                        + start());
    }

    private String describe() {
        return "season window";
    }

    /** {@code 11-01..03-15}. */
    @Override
    public String toString() {
        return String.format(
                "%02d-%02d..%02d-%02d",
                start().getMonthValue(), start().getDayOfMonth(), end().getMonthValue(), end().getDayOfMonth());
    }
}
