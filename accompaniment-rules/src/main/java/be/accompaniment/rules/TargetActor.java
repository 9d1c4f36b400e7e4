package be.accompaniment.rules;

import be.accompaniment.actor.Actor;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Set;

/**
 * An actor a suggestion could bridge the household to, with the reasons it ranks where it does.
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetActor {
    /** The most communes a "small territory" holds, for {@link FitReason#SMALL_TERRITORY}. */
    public static final int SMALL_TERRITORY = 25;

    private final Actor actor;
    private final ImmutableSet<FitReason> reasons;

    private TargetActor(Actor actor, ImmutableSet<FitReason> reasons) {
        this.actor = actor;
        this.reasons = reasons;
    }

    /**
     * A target actor.
     *
     * @param actor the actor, not null
     * @param reasons its fit reasons, not null
     * @return the target
     */
    public static TargetActor of(Actor actor, Set<FitReason> reasons) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reasons, "reasons");
        return new TargetActor(actor, Sets.immutableEnumSet(reasons));
    }

    /** The actor. */
    public Actor actor() {
        return actor;
    }

    /** Why it ranks where it does, in {@link FitReason} order. */
    public ImmutableSet<FitReason> reasons() {
        return reasons;
    }

    /**
     * Whether one of its reasons is this one.
     *
     * @param reason the reason, not null
     */
    public boolean has(FitReason reason) {
        return reasons.contains(Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetActor t && actor.equals(t.actor) && reasons.equals(t.reasons);
    }

    @Override
    public int hashCode() {
        return 31 * actor.hashCode() + reasons.hashCode();
    }

    /** The actor's id and the reasons. */
    @Override
    public String toString() {
        return actor.id() + reasons.toString();
    }
}
