package be.accompaniment.rules.calendar;

import be.accompaniment.InvalidInputException;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A legal delay (délai): an amount of calendar days, working days or months, counted from a day that is not itself
 * counted.
 *
 * <p>Examples: one month after service of an eviction judgment (C.jud. art. 1344quater), five working days' notice
 * of the execution date, thirty days for the SWL to offer rehousing. A month runs to the same day of the next month,
 * or to its last day when it is shorter ({@link LocalDate#plusMonths}); a delay that ends on a weekend or a holiday
 * is not moved.
 *
 * <p>JSON: {@code {"amount":5,"unit":"WORKING_DAYS"}}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableDelay.class)
@JsonDeserialize(as = ImmutableDelay.class)
public abstract class Delay {
    /** Largest amount accepted, in any unit. */
    public static final int MAX_AMOUNT = 1000;

    Delay() {}

    /**
     * A delay.
     *
     * @param amount from 1 to {@value #MAX_AMOUNT}
     * @param unit the unit
     * @return the delay
     * @throws InvalidInputException if the amount is out of range
     */
    public static Delay of(int amount, DelayUnit unit) {
        return ImmutableDelay.of(amount, unit);
    }

    /** A delay in calendar days, from 1 to {@value #MAX_AMOUNT}. */
    public static Delay days(int amount) {
        return of(amount, DelayUnit.CALENDAR_DAYS);
    }

    /** A delay in working days, from 1 to {@value #MAX_AMOUNT}. */
    public static Delay workingDays(int amount) {
        return of(amount, DelayUnit.WORKING_DAYS);
    }

    /** A delay in months, from 1 to {@value #MAX_AMOUNT}. */
    public static Delay months(int amount) {
        return of(amount, DelayUnit.MONTHS);
    }

    /** How many units, from 1 to {@value #MAX_AMOUNT}. */
    @Value.Parameter
    public abstract int amount();

    /** The unit. */
    @Value.Parameter
    public abstract DelayUnit unit();

    /**
     * The day the delay ends when it starts after a day: the day plus the amount in the unit.
     *
     * @param day the day that starts the delay (service, notice, receipt), not counted
     * @return a later day
     */
    public LocalDate addTo(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return switch (unit()) {
            case CALENDAR_DAYS -> day.plusDays(amount());
            case WORKING_DAYS -> BelgianHolidays.plusWorkingDays(day, amount());
            case MONTHS -> day.plusMonths(amount());
        };
    }

    /**
     * The latest day from which the delay ends on or before a day: the latest {@code s} with
     * {@code addTo(s) <= day}. For working days, the latest working day with that property.
     *
     * @param day the day the delay must end by
     * @return an earlier day
     */
    public LocalDate subtractFrom(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return switch (unit()) {
            case CALENDAR_DAYS -> day.minusDays(amount());
            case WORKING_DAYS -> BelgianHolidays.minusWorkingDays(BelgianHolidays.workingDayOnOrBefore(day), amount());
            case MONTHS -> latestMonthStart(day);
        };
    }

    private LocalDate latestMonthStart(LocalDate day) {
        // minusMonths clamps to shorter months: 30 April minus one month is 30 March, yet 31 March + 1 month is
        // also 30 April, so step forward while the next day still ends in time
        LocalDate start = day.minusMonths(amount());
        while (!start.plusDays(1).plusMonths(amount()).isAfter(day)) {
            start = start.plusDays(1);
        }
        return start;
    }

    @Value.Check
    final void check() {
        Checks.between(1, MAX_AMOUNT, amount(), "amount", () -> "delay in " + unit());
    }

    /** {@code 5 WORKING_DAYS}. */
    @Override
    public String toString() {
        return amount() + " " + unit();
    }
}
