package be.accompaniment.rules;

/**
 * A deadline that the legal calendar computes from a situation's milestones, named in a rulebook's
 * {@code {"calendar": …}} deadline. The eviction dates among them never fall inside a moratorium that protects the
 * household.
 */
public enum CalendarDeadline {
    /**
     * The first day an eviction judgment may be executed: the service of the judgment plus the minimum delay (one
     * month, C. jud. art. 1344quater), pushed after an applicable moratorium; needs the service milestone.
     */
    EARLIEST_EXECUTION,
    /**
     * The first day an eviction may be executed after the bailiff's notice of its date (five working days, C. jud.
     * art. 1344quater), pushed after an applicable moratorium; needs the execution-notice milestone.
     */
    EXECUTION_NOTICE,
    /**
     * The end of the thirty days the Société wallonne du Logement has to offer rehousing, counted from the
     * bourgmestre's uninhabitability decree (CWHD arts 7 and 13); Wallonia only, needs the decree milestone.
     */
    SWL_TAKEOVER,
    /**
     * The last day for a CPAS that is not territorially competent to forward a request received on the as-of date
     * (five days, loi organique des CPAS art. 58 §3).
     */
    CPAS_FORWARDING,
    /**
     * The first day after the winter moratorium or suspension that protects the household on the as-of date; absent
     * when none applies.
     */
    MORATORIUM_END;

    /** Whether the deadline is a day an eviction could be executed, which must lie outside any applicable moratorium. */
    public boolean isEvictionDate() {
        return this == EARLIEST_EXECUTION || this == EXECUTION_NOTICE || this == MORATORIUM_END;
    }
}
