package be.accompaniment.measure;

import be.accompaniment.InvalidInputException;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identifier of an accompaniment measure, as given by the embedding case-management software, e.g.
 * {@code "m-2024-017"}.
 *
 * <p>1 to 64 characters among letters, digits, {@code - _ . :}, starting with a letter or digit. Immutable and
 * thread-safe; JSON form is the string.
 */
public final class MeasureId implements Comparable<MeasureId> {
    private final String value;

    private MeasureId(String value) {
        this.value = value;
    }

    /**
     * A measure id.
     *
     * @param value 1 to 64 characters among letters, digits, {@code - _ . :}, starting with a letter or digit
     * @return the id
     * @throws InvalidInputException if the form is wrong
     */
    @JsonCreator
    public static MeasureId of(String value) {
        Checks.identifier(value, "measure id");
        return new MeasureId(value);
    }

    /** The id as text. */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(MeasureId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasureId m && m.value.equals(value);
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
