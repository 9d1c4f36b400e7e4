package be.accompaniment.rules.coordination;

/**
 * What a platform health assessment found wanting, each tied to the {@link SuccessCondition} it comes from.
 *
 * <p>The figure of a finding ({@link HealthFinding#figure()}) is, by kind: a count of members, a share between 0 and
 * 1, a number of days, a Herfindahl–Hirschman index between 0 and 1, or 0 for a decision not taken.
 */
public enum HealthFindingKind {
    /** Fewer current members than the threshold; figure: the number of current members. */
    TOO_FEW_MEMBERS(SuccessCondition.MOTIVATED_PARTNERS),
    /** Low attendance over the last meetings; figure: attendees per expected member, a share. */
    LOW_ATTENDANCE(SuccessCondition.MOTIVATED_PARTNERS),
    /** Members that attended none of the last meetings they could attend; figure: their number. */
    ABSENT_MEMBERS(SuccessCondition.MOTIVATED_PARTNERS),
    /** A gap between two of the last meetings far beyond the agreed frequency; figure: the longest gap, in days. */
    MEETINGS_TOO_FAR_APART(SuccessCondition.REGULAR_MEETINGS_WITH_OBJECTIVES),
    /** No meeting for longer than the agreed frequency allows; figure: days since the last meeting (or start). */
    NO_RECENT_MEETING(SuccessCondition.REGULAR_MEETINGS_WITH_OBJECTIVES),
    /** Too many of the last meetings set no objective; figure: the share of meetings without objectives. */
    MEETINGS_WITHOUT_OBJECTIVES(SuccessCondition.REGULAR_MEETINGS_WITH_OBJECTIVES),
    /** Too few tasks shared out recently; figure: the number of recent or open tasks. */
    FEW_TASKS(SuccessCondition.SHARED_TASKS),
    /** Tasks concentrated on few members; figure: the Herfindahl–Hirschman index of the task load. */
    TASKS_CONCENTRATED(SuccessCondition.SHARED_TASKS),
    /** The two most loaded members carry most tasks; figure: their share of the task load. */
    TASKS_CARRIED_BY_TWO(SuccessCondition.SHARED_TASKS),
    /** No outside resource person invited recently; figure: the number invited. */
    NO_RESOURCE_PERSON(SuccessCondition.OUTSIDE_RESOURCE_PERSONS),
    /** Nobody pilots the platform, or its pilot left it. */
    NO_PILOT(SuccessCondition.FIRST_MEETING_DECISIONS),
    /** No agreed meeting place. */
    NO_VENUE(SuccessCondition.FIRST_MEETING_DECISIONS),
    /** Nobody convenes the meetings and keeps the minutes, or the member that did left. */
    NO_SECRETARIAT(SuccessCondition.FIRST_MEETING_DECISIONS),
    /** No agreed meeting frequency. */
    NO_MEETING_FREQUENCY(SuccessCondition.FIRST_MEETING_DECISIONS),
    /** No stated purpose. */
    NO_PURPOSE(SuccessCondition.FIRST_MEETING_DECISIONS),
    /** No priority theme. */
    NO_PRIORITY_THEMES(SuccessCondition.FIRST_MEETING_DECISIONS);

    private final SuccessCondition condition;

    HealthFindingKind(SuccessCondition condition) {
        this.condition = condition;
    }

    /** The condition of success this finding comes from. */
    public SuccessCondition condition() {
        return condition;
    }
}
