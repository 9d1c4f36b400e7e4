package be.accompaniment.rules.calendar;

/** The kind of rule that can stop an eviction from being executed on a day. */
public enum ProtectionKind {
    /** The yearly winter moratorium of a region (trêve hivernale). */
    WINTER_MORATORIUM,
    /** A one-off suspension of evictions for a fixed period (energy crisis, pandemic). */
    TEMPORARY_SUSPENSION
}
