package be.accompaniment.coordination;

import be.accompaniment.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a housing platform, e.g. {@code "pf-ath"}.
 *
 * <p>1 to 64 characters among letters, digits, {@code - _ . :}. Immutable and thread-safe; JSON form is the string.
 */
public final class PlatformId implements Comparable<PlatformId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

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
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInputException(
                    "platform id",
                    "must be 1-64 letters, digits or - _ . : starting with a letter or digit, was \"" + value + "\"");
        }
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
