package be.accompaniment.rules.calendar;

/** What one moratorium rule says about one tenant on one day. */
public enum MoratoriumOutcome {
    /** The rule forbids executing the eviction on that day. */
    PROTECTS,
    /** The day lies outside the rule's window or period. */
    OUTSIDE_PERIOD,
    /** The rule does not cover this tenant (a private tenant under a social-housing-only moratorium). */
    OUT_OF_SCOPE,
    /** The tenant lost the protection by refusing the CPAS's budget guidance (guidance budgétaire). */
    LOST_BUDGET_GUIDANCE_REFUSED
}
