package be.accompaniment.internal;

import be.accompaniment.InvalidInputException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Validation helpers for {@code @Value.Check} methods. Each failure is an {@link InvalidInputException} whose
 * place is {@code "<what> <field>"} and whose message quotes the value found.
 */
public final class Checks {
    private Checks() {}

    /** Fails unless {@code value >= min}. */
    public static void atLeast(long min, long value, String field, Supplier<String> what) {
        if (value < min) {
            throw new InvalidInputException(place(what, field), "must be >= " + min + ", was " + value);
        }
    }

    /** Fails unless {@code min <= value <= max}. */
    public static void between(long min, long max, long value, String field, Supplier<String> what) {
        if (value < min || value > max) {
            throw new InvalidInputException(
                    place(what, field), "must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** Fails if the text is empty or blank. */
    public static void notBlank(String value, String field, Supplier<String> what) {
        if (value.isBlank()) {
            throw new InvalidInputException(place(what, field), "must not be blank, was \"" + value + "\"");
        }
    }

    /** Fails if the collection is empty. */
    public static void notEmpty(Collection<?> value, String field, Supplier<String> what) {
        if (value.isEmpty()) {
            throw new InvalidInputException(place(what, field), "must not be empty");
        }
    }

    /** Fails unless {@code first} is on or before {@code second}. */
    public static void inOrder(
            LocalDate first, String firstField, LocalDate second, String secondField, Supplier<String> what) {
        if (first.isAfter(second)) {
            throw new InvalidInputException(
                    place(what, secondField), "must not be before " + firstField + " " + first + ", was " + second);
        }
    }

    /** Fails with the given message if the condition does not hold. */
    public static void that(boolean condition, String field, Supplier<String> what, Supplier<String> problem) {
        if (!condition) {
            throw new InvalidInputException(place(what, field), problem.get());
        }
    }

    private static String place(Supplier<String> what, String field) {
        return what.get() + ": " + field;
    }
}
