package be.accompaniment.household;

import be.accompaniment.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The pseudonymous identifier of a household, as given by the embedding case-management software.
 *
 * <p>1 to 64 characters among letters, digits, {@code - _ . :}. It is never a national register number: an id of
 * eleven digits (with or without separators) is refused, so that it can safely appear in logs and messages.
 * Immutable and thread-safe; JSON form is the string.
 */
public final class HouseholdId implements Comparable<HouseholdId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final String value;

    private HouseholdId(String value) {
        this.value = value;
    }

    /**
     * A household id.
     *
     * @param value 1 to 64 characters among letters, digits, {@code - _ . :}; not a national register number
     * @return the id
     * @throws InvalidInputException if the form is wrong or it looks like a national register number; the message
     *     does not repeat the value in that case
     */
    @JsonCreator
    public static HouseholdId of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.replaceAll("[^0-9]", "").length() == 11
                && value.replaceAll("[0-9.\\-]", "").isEmpty()) {
            throw new InvalidInputException(
                    "household id", "must be a pseudonymous case id, not a national register number (value withheld)");
        }
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInputException(
                    "household id",
                    "must be 1-64 letters, digits or - _ . : starting with a letter or digit, was " + value.length()
                            + " characters long");
        }
        return new HouseholdId(value);
    }

    /** The id as text. */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(HouseholdId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdId h && h.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
