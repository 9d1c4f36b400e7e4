package be.accompaniment.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedSet;
import org.immutables.value.Value;

/**
 * A thematic sub-commission of a housing platform (sous-commission thématique): a name, its theme and the member
 * organisations that work in it, as in the Huy-Waremme housing network.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableSubCommission.class)
@JsonDeserialize(as = ImmutableSubCommission.class)
public abstract class SubCommission {
    SubCommission() {}

    /** A builder; {@code name}, {@code theme} and at least one member are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The name, unique within its platform, e.g. "Habitat permanent". */
    public abstract String name();

    /** The theme it works on. */
    public abstract Theme theme();

    /** The member organisations that work in it, all members of the platform, at least one. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<ActorId> members();

    @Value.Check
    final void check() {
        Checks.notBlank(name(), "name", () -> "sub-commission");
        Checks.notEmpty(members(), "members", () -> "sub-commission " + name());
    }

    /** Builds a {@link SubCommission}. */
    public static final class Builder extends ImmutableSubCommission.Builder {
        Builder() {}
    }
}
