package be.accompaniment.coordination;

/**
 * How an actor takes part in a housing platform. Who pilots and who keeps the secretariat are decisions of the
 * platform ({@link Platform#pilot()}, {@link Platform#secretariat()}), taken among its members.
 */
public enum MemberRole {
    /** A partner that takes part in the platform's work and may carry its tasks. */
    MEMBER,
    /** An outside organisation invited for its expertise on specialist points (personne ressource extérieure). */
    RESOURCE_PERSON
}
