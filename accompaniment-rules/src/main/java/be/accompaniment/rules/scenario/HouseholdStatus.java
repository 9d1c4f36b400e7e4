package be.accompaniment.rules.scenario;

/**
 * Where a simulated household stands at the end of a step; every household is in exactly one status each step.
 */
public enum HouseholdStatus {
    /** No open situation, and no situation stabilised yet. */
    NO_SITUATION,
    /** In a situation and not (yet) taken up: no measure running, maybe passerelles waiting or declined. */
    WAITING,
    /** In a situation with at least one accompaniment measure running. */
    ACCOMPANIED,
    /** Its last situation was resolved and the household is stabilised in its housing (pathway event "stabilised"). */
    STABILISED
}
