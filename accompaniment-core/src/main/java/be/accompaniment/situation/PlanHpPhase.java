package be.accompaniment.situation;

/**
 * The phase of the Walloon plan for permanent habitat in tourist facilities (Plan Habitat Permanent, Plan HP, 2002)
 * that covers the facility where a household lives.
 */
public enum PlanHpPhase {
    /** Phase 1: campings in flood zones and similar facilities; residents are rehoused and no new entries allowed. */
    PHASE_1,
    /** Phase 2: other tourist facilities; residents are supported, some sites converted to residential zones. */
    PHASE_2
}
