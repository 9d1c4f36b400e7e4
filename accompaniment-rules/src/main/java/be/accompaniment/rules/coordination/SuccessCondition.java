package be.accompaniment.rules.coordination;

/**
 * A condition of success of a housing platform, as the Walloon practice guide on the coordination of housing
 * actors names them, plus the decisions its first meeting must take.
 */
public enum SuccessCondition {
    /** Enough motivated partners, ready to think together (partenaires motivés en nombre suffisant). */
    MOTIVATED_PARTNERS,
    /** Regular meetings that set objectives; without them a platform runs out of steam (s'essouffle). */
    REGULAR_MEETINGS_WITH_OBJECTIVES,
    /** Tasks shared out, so that one or two services do not carry the platform while the others consume. */
    SHARED_TASKS,
    /** Outside resource persons called in for specialist points (personnes ressources extérieures). */
    OUTSIDE_RESOURCE_PERSONS,
    /** The decisions of the first meeting: pilot, venue, secretariat, frequency, purpose, priority themes. */
    FIRST_MEETING_DECISIONS
}
