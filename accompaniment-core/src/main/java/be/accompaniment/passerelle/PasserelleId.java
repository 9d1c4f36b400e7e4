package be.accompaniment.passerelle;

import be.accompaniment.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a passerelle (a referral from one actor to another), as given by the embedding
 * case-management software, e.g. {@code "p-2024-012"}.
 *
 * <p>1 to 64 characters among letters, digits, {@code - _ . :}, starting with a letter or digit. Immutable and
 * thread-safe; JSON form is the string.
 */
public final class PasserelleId implements Comparable<PasserelleId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final String value;

    private PasserelleId(String value) {
        this.value = value;
    }

    /**
     * A passerelle id.
     *
     * @param value 1 to 64 characters among letters, digits, {@code - _ . :}, starting with a letter or digit
     * @return the id
     * @throws InvalidInputException if the form is wrong
     */
    @JsonCreator
    public static PasserelleId of(String value) {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInputException(
                    "passerelle id",
                    "must be 1-64 letters, digits or - _ . : starting with a letter or digit, was \"" + value + "\"");
        }
        return new PasserelleId(value);
    }

    /** The id as text. */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(PasserelleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasserelleId p && p.value.equals(value);
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
