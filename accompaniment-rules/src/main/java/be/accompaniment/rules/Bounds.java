package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;

/**
 * An inclusive range of whole numbers that a condition compares a count, an age or a number of days with, e.g.
 * {@code [0, 30]}; either end may be open.
 *
 * <p>JSON: the {@code "min"} and {@code "max"} fields of the condition that holds it, each optional. An open end is
 * stored as {@link Integer#MIN_VALUE} or {@link Integer#MAX_VALUE}. Immutable and thread-safe.
 *
 * @param min the smallest value accepted, {@link Integer#MIN_VALUE} for no lower bound
 * @param max the largest value accepted, {@link Integer#MAX_VALUE} for no upper bound, not below {@code min}
 */
public record Bounds(int min, int max) {
    private static final Bounds ANY = new Bounds(Integer.MIN_VALUE, Integer.MAX_VALUE);

    /**
     * A range, checked.
     *
     * @throws InvalidInputException if {@code max < min}
     */
    public Bounds {
        if (max < min) {
            throw new InvalidInputException("bounds: max", "must be >= min " + min + ", was " + max);
        }
    }

    /**
     * From {@code min} to {@code max}, both included.
     *
     * @param min the smallest value accepted
     * @param max the largest value accepted, not below {@code min}
     * @return the range
     */
    public static Bounds between(int min, int max) {
        return new Bounds(min, max);
    }

    /**
     * From {@code min} up, without upper bound.
     *
     * @param min the smallest value accepted
     * @return the range
     */
    public static Bounds atLeast(int min) {
        return new Bounds(min, Integer.MAX_VALUE);
    }

    /**
     * Up to {@code max}, without lower bound.
     *
     * @param max the largest value accepted
     * @return the range
     */
    public static Bounds atMost(int max) {
        return new Bounds(Integer.MIN_VALUE, max);
    }

    /** Every value. */
    public static Bounds any() {
        return ANY;
    }

    /** Whether the range has a lower bound. */
    public boolean hasMin() {
        return min != Integer.MIN_VALUE;
    }

    /** Whether the range has an upper bound. */
    public boolean hasMax() {
        return max != Integer.MAX_VALUE;
    }

    /**
     * Whether a value lies in the range.
     *
     * @param value the value
     * @return whether {@code min <= value <= max}
     */
    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    /** The range as written in explanations, e.g. {@code [0, 30]}, {@code [18, ∞)} or {@code (-∞, 7]}. */
    @Override
    public String toString() {
        return (hasMin() ? "[" + min : "(-∞") + ", " + (hasMax() ? max + "]" : "∞)");
    }
}
