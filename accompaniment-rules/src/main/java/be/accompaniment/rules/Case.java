package be.accompaniment.rules;

import be.accompaniment.actor.Actor;
import be.accompaniment.household.Household;
import java.util.Objects;
import java.util.Optional;

/**
 * A household to advise in a batch, with the actor who refers it, if any.
 *
 * <p>Immutable and thread-safe.
 */
public final class Case {
    private final Household household;
    private final Actor referrer;

    private Case(Household household, Actor referrer) {
        this.household = household;
        this.referrer = referrer;
    }

    /**
     * A household without referrer.
     *
     * @param household the household, not null
     * @return the case
     */
    public static Case of(Household household) {
        return new Case(Objects.requireNonNull(household, "household"), null);
    }

    /**
     * A household and its referrer.
     *
     * @param household the household, not null
     * @param referrer the referring actor, not null
     * @return the case
     */
    public static Case of(Household household, Actor referrer) {
        return new Case(Objects.requireNonNull(household, "household"), Objects.requireNonNull(referrer, "referrer"));
    }

    /** The household. */
    public Household household() {
        return household;
    }

    /** The referring actor, if any. */
    public Optional<Actor> referrer() {
        return Optional.ofNullable(referrer);
    }

    Actor referrerOrNull() {
        return referrer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Case c && household.equals(c.household) && Objects.equals(referrer, c.referrer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(household, referrer);
    }

    /** The household's and the referrer's ids. */
    @Override
    public String toString() {
        return "Case{" + household.id() + (referrer == null ? "" : ", referrer " + referrer.id()) + "}";
    }
}
