package be.accompaniment.household;

/** How a household occupies where it lives (statut d'occupation). */
public enum Tenure {
    /** Tenant of a private landlord. */
    PRIVATE_TENANT,
    /** Tenant of a social housing company (SLSP in Wallonia, SISP in Brussels). */
    SOCIAL_TENANT,
    /** Tenant of a dwelling managed by a social rental agency (AIS / SVK). */
    AIS_TENANT,
    /** Tenant of a dwelling let by a commune, a CPAS or the Fonds du Logement. */
    PUBLIC_TENANT,
    /** Owner living in the dwelling. */
    OWNER_OCCUPIER,
    /** In transit or emergency housing of a commune, a CPAS or an association (logement de transit, d'urgence). */
    TRANSIT_HOUSING,
    /** Staying with family or friends without a lease of one's own. */
    HOSTED,
    /** Living in an institution: shelter, hospital, prison, care home. */
    INSTITUTION,
    /** Living permanently on a tourist facility: camping, holiday park. */
    TOURIST_FACILITY,
    /** Occupying a building without a title (squat) or under a precarious occupation agreement. */
    SQUAT,
    /** No housing: living rough or moving between night shelters. */
    NO_HOUSING;

    /** Whether the household pays rent under a lease: private, social, AIS or public tenant. */
    public boolean isTenant() {
        return this == PRIVATE_TENANT || this == SOCIAL_TENANT || this == AIS_TENANT || this == PUBLIC_TENANT;
    }
}
