package be.accompaniment.coordination;

import be.accompaniment.InvalidInputException;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identifier of a housing platform, e.g. {@code "pf-ath"}.
 *
 * <p>1 to 64 characters among letters, digits, {@code - _ . :}. Immutable and thread-safe; JSON form is the string.
 */
public final class PlatformId implements Comparable<PlatformId> {
    private final String value;

    private PlatformId(String value) {
        this.value = value;
    }

    /**
     * A platform id.
     *
     * @param value 1 to 64 characters among letters, digits, {@code - _ . :}, starting with a letter or digit
     * @return the id
     * @throws InvalidInputException if the form is wrong
     */
    @JsonCreator
    public static PlatformId of(String value) {
        Checks.identifier(value, "platform id");
        return new PlatformId(value);
    }

    /** The id as text. */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(PlatformId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlatformId p && p.value.equals(value);
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
