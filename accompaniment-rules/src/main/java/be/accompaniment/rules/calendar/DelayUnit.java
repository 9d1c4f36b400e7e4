package be.accompaniment.rules.calendar;

/** The unit in which the law counts a delay. */
public enum DelayUnit {
    /** Calendar days, every day counted. */
    CALENDAR_DAYS,
    /** Working days: neither a Saturday, a Sunday nor a Belgian public holiday. */
    WORKING_DAYS,
    /** Calendar months, from a day to the same day of a later month (the last day of a shorter month). */
    MONTHS
}
