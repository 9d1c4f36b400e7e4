package be.accompaniment.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An outside resource person invited to a meeting to shed specialist light on a point (personne ressource
 * extérieure), described by expertise and organisation, never by name.
 *
 * <p>Example: {@code ResourcePerson.of("permis de location")}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableResourcePerson.class)
@JsonDeserialize(as = ImmutableResourcePerson.class)
public abstract class ResourcePerson {
    ResourcePerson() {}

    /**
     * A resource person known by expertise only.
     *
     * @param expertise the subject, not blank
     * @return the resource person
     */
    public static ResourcePerson of(String expertise) {
        return builder().expertise(expertise).build();
    }

    /**
     * A resource person from a kind of organisation.
     *
     * @param expertise the subject, not blank
     * @param organisationKind the kind of organisation the person comes from, not null
     * @return the resource person
     */
    public static ResourcePerson of(String expertise, ActorKind organisationKind) {
        return builder().expertise(expertise).organisationKind(organisationKind).build();
    }

    /** A builder; {@code expertise} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The subject the person brings expertise on, e.g. "ADeL" or "habitat léger"; never a person's name. */
    public abstract String expertise();

    /** The kind of organisation the person comes from, when it is one of the known kinds. */
    public abstract Optional<ActorKind> organisationKind();

    /** The organisation the person comes from, when it is in the actor directory. */
    public abstract Optional<ActorId> organisation();

    @Value.Check
    final void check() {
        Checks.notBlank(expertise(), "expertise", () -> "resource person");
    }

    /** Builds a {@link ResourcePerson}. */
    public static final class Builder extends ImmutableResourcePerson.Builder {
        Builder() {}
    }
}
