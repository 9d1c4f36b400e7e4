package be.accompaniment.coordination;

/**
 * How often a housing platform decided to meet, one of the decisions of its first meeting.
 *
 * <p>{@link #expectedDays()} is the usual gap between two meetings, against which a health assessment can tell a
 * platform that meets as agreed from one that runs out of steam.
 */
public enum MeetingFrequency {
    /** Every month (mensuelle). */
    MONTHLY(30),
    /** Every two months (bimestrielle), as the Ath platform since June 2014. */
    BIMONTHLY(61),
    /** Every three months (trimestrielle). */
    QUARTERLY(91),
    /** Every six months (semestrielle). */
    HALF_YEARLY(182),
    /** Once a year (annuelle), the minimum for the housing operators of the ancrage communal. */
    YEARLY(365);

    private final int expectedDays;

    MeetingFrequency(int expectedDays) {
        this.expectedDays = expectedDays;
    }

    /** The usual number of days between two meetings, e.g. 61 for {@link #BIMONTHLY}. */
    public int expectedDays() {
        return expectedDays;
    }
}
