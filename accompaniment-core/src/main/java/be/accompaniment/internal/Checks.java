package be.accompaniment.internal;

import be.accompaniment.InvalidInputException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Validation helpers for {@code @Value.Check} methods. Each failure is an {@link InvalidInputException} whose
 * place is {@code "<what> <field>"} and whose message quotes the value found.
 */
public final class Checks {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Checks() {}

    /**
     * Fails unless the text is an identifier of the library: 1 to 64 letters, digits or {@code - _ . :}, starting with a
     * letter or digit.
     *
     * @param value the text, not null
     * @param what what the identifier names, e.g. {@code "actor id"}
     * @return the value
     */
    public static String identifier(String value, String what) {
        Objects.requireNonNull(value, "value");
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new InvalidInputException(
                    what,
                    "must be 1-64 letters, digits or - _ . : starting with a letter or digit, was \"" + value + "\"");
        }
        return value;
    }

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
