package be.accompaniment.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor's membership of a housing platform: the organisation, how it takes part, when it joined and, if it did,
 * when it left.
 *
 * <p>Example: {@code Membership.of(ActorId.of("cpas-ath"), LocalDate.of(2014, 6, 5))}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership {
    Membership() {}

    /**
     * A current member with role {@link MemberRole#MEMBER}.
     *
     * @param actor the member organisation, not null
     * @param joinedOn the day it joined, not null
     * @return the membership
     */
    public static Membership of(ActorId actor, LocalDate joinedOn) {
        return builder().actor(actor).joinedOn(joinedOn).build();
    }

    /** A builder; {@code actor} and {@code joinedOn} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The member organisation. */
    public abstract ActorId actor();

    /** How it takes part; {@link MemberRole#MEMBER} by default. */
    @Value.Default
    public MemberRole role() {
        return MemberRole.MEMBER;
    }

    /** The day it joined, not before the platform started. */
    public abstract LocalDate joinedOn();

    /** The last day it was a member, if it left. */
    public abstract Optional<LocalDate> leftOn();

    /**
     * Whether it is a member on a day: joined on or before it and not left before it.
     *
     * @param day the day, not null
     */
    public boolean isMemberOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(joinedOn())
                && leftOn().map(left -> !day.isAfter(left)).orElse(true);
    }

    @Value.Check
    final void check() {
        leftOn().ifPresent(left -> Checks.inOrder(joinedOn(), "joinedOn", left, "leftOn", this::describe));
    }

    private String describe() {
        return "membership " + actor();
    }

    /** Builds a {@link Membership}. */
    public static final class Builder extends ImmutableMembership.Builder {
        Builder() {}
    }
}
