package be.accompaniment.rules.calendar;

/** Which tenants a moratorium or a suspension of evictions protects. */
public enum MoratoriumScope {
    /** Every residential lease, private or public (Brussels since 1 September 2023; the one-off suspensions). */
    ALL_LEASES,
    /**
     * Tenants of social housing only: a dwelling let by an SLSP in Wallonia or an SISP in Brussels; transit or
     * emergency housing of a CPAS or a commune is not social housing.
     */
    SOCIAL_HOUSING_ONLY
}
