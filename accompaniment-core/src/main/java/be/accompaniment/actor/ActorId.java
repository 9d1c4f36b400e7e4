package be.accompaniment.actor;

import be.accompaniment.InvalidInputException;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identifier of an actor in a directory, e.g. {@code "cpas-esneux"} or an HSDS organisation uuid.
 *
 * <p>1 to 64 characters among letters, digits, {@code - _ . :}. Immutable and thread-safe; JSON form is the string.
 */
public final class ActorId implements Comparable<ActorId> {
    private final String value;

    private ActorId(String value) {
        this.value = value;
    }

    /**
     * An actor id.
     *
     * @param value 1 to 64 characters among letters, digits, {@code - _ . :}, starting with a letter or digit
     * @return the id
     * @throws InvalidInputException if the form is wrong
     */
    @JsonCreator
    public static ActorId of(String value) {
        Checks.identifier(value, "actor id");
        return new ActorId(value);
    }

    /** The id as text. */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(ActorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActorId a && a.value.equals(value);
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
