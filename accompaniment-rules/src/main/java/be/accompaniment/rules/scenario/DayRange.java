package be.accompaniment.rules.scenario;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A number of days drawn uniformly between two bounds, both inclusive: e.g. the delay before a first contact.
 *
 * <p>JSON: {@code {"min":2,"max":21}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDayRange.class)
@JsonDeserialize(as = ImmutableDayRange.class)
public abstract class DayRange {
    DayRange() {}

    /**
     * A range.
     *
     * @param min the fewest days, 0 to 3650
     * @param max the most days, {@code min} to 3650
     * @return the range
     */
    public static DayRange of(int min, int max) {
        return builder().min(min).max(max).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The fewest days, 0 to 3650. */
    public abstract int min();

    /** The most days, {@link #min()} to 3650. */
    public abstract int max();

    /**
     * The number of days for a uniform draw.
     *
     * @param u a number in [0, 1)
     * @return a number of days between {@link #min()} and {@link #max()}
     */
    int pick(double u) {
        return min() + (int) Math.min(max() - min(), Math.floor(u * (max() - min() + 1)));
    }

    @Value.Check
    final void check() {
        Checks.between(0, 3650, min(), "min", () -> "day range");
        Checks.between(min(), 3650, max(), "max", () -> "day range");
    }

    /** Builds a {@link DayRange}. */
    public static final class Builder extends ImmutableDayRange.Builder {
        Builder() {}
    }
}
