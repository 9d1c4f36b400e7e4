package be.accompaniment.rules.coordination;

/** How serious a finding of a coordination analysis is, from the least to the most serious. */
public enum Severity {
    /** Worth a look at the next meeting; the platform works, but a condition of success is weakening. */
    MINOR,
    /** A condition of success is not met; the platform risks running out of steam if nothing changes. */
    MAJOR,
    /** The platform can hardly work as it is: too few partners, nobody attends, no meeting for a long time. */
    CRITICAL
}
