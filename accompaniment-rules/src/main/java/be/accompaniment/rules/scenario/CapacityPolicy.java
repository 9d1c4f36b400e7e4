package be.accompaniment.rules.scenario;

/** What happens to a passerelle whose best target actor has no free place. */
public enum CapacityPolicy {
    /** The passerelle is made to the best actor anyway and waits on its waiting list until a place frees up. */
    WAIT,
    /**
     * The passerelle goes to the next actor in the advisor's ranking that has a free place; when none has, it waits
     * on the best actor's list as with {@link #WAIT}.
     */
    ELSEWHERE
}
