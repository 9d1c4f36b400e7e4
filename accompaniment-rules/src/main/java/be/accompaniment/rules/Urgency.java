package be.accompaniment.rules;

/** How soon a suggested passerelle must be acted upon; suggestions rank by urgency first. */
public enum Urgency {
    /** Within days: an execution date is set, a release is imminent, a dwelling is declared uninhabitable. */
    IMMEDIATE,
    /** Within weeks: before a hearing or a judgment's first month runs out. */
    HIGH,
    /** Within the coming months. */
    NORMAL,
    /** Useful but not time-bound: prevention, collective accompaniment. */
    LOW
}
