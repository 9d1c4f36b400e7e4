package be.accompaniment.rules.scenario;

import java.time.LocalDate;
import java.util.Objects;

/** The length of one step of a simulation: a day, a week or a calendar month. */
public enum StepUnit {
    /** One calendar day. */
    DAY,
    /** Seven calendar days. */
    WEEK,
    /** One calendar month; a step starting on the 31st ends on the last day of a shorter month. */
    MONTH;

    /**
     * The first day of a step: the start day moved forward by {@code n} units.
     *
     * @param start the first day of step 0, not null
     * @param n the number of steps, 0 or more
     * @return the day step {@code n} starts
     */
    public LocalDate dayOf(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        return switch (this) {
            case DAY -> start.plusDays(n);
            case WEEK -> start.plusWeeks(n);
            case MONTH -> start.plusMonths(n);
        };
    }
}
