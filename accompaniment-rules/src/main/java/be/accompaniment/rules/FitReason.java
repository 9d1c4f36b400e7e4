package be.accompaniment.rules;

/**
 * Why a target actor ranks where it does among the actors a suggestion could bridge to. Actors rank by: the territory
 * they serve (the commune alone, then a small territory, then wider), free capacity, an existing platform partnership
 * with the referrer, the sector the rule prefers, then the number of communes served and their id.
 */
public enum FitReason {
    /** Serves the household's commune alone, like the commune's own CPAS. */
    SERVES_COMMUNE_ONLY,
    /** Serves a small territory around the commune: at most {@value TargetActor#SMALL_TERRITORY} communes. */
    SMALL_TERRITORY,
    /** Declares free places, or declares no capacity limit. */
    HAS_CAPACITY,
    /** Already works with the referring actor on a housing platform. */
    PLATFORM_PARTNER_OF_REFERRER,
    /** Belongs to the sector other than the referrer's, as the rule asks (public ↔ associative bridge). */
    BRIDGES_SECTORS,
    /** Belongs to the sector the rule prefers (public or associative). */
    PREFERRED_SECTOR
}
