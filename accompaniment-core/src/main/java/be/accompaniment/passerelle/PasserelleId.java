package be.accompaniment.passerelle;

import be.accompaniment.InvalidInputException;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identifier of a passerelle (a referral from one actor to another), as given by the embedding
 * case-management software, e.g. {@code "p-2024-012"}.
 *
 * <p>1 to 64 characters among letters, digits, {@code - _ . :}, starting with a letter or digit. Immutable and
 * thread-safe; JSON form is the string.
 */
public final class PasserelleId implements Comparable<PasserelleId> {
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
        Checks.identifier(value, "passerelle id");
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
