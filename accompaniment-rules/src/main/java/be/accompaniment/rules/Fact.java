package be.accompaniment.rules;

/**
 * A yes-or-no fact about a household or one of its situations that a rule can test with the {@code "fact"}
 * condition: a closed list, so that a rulebook can never ask anything the engine does not know how to answer.
 *
 * <p>Facts about a situation read the situation the rule is indexed by when it is of the right kind, else the
 * household's first situation of that kind; they are false when the household has none.
 */
public enum Fact {
    /** The tenant refused the budget guidance the CPAS proposed (eviction threat); a Walloon social tenant then loses the winter moratorium. */
    BUDGET_GUIDANCE_REFUSED,
    /** The tenant objected to the notification of the eviction claim to the CPAS (C. jud. art. 1344ter). */
    TENANT_OBJECTED_TO_CPAS_NOTIFICATION,
    /** Housing is available on release from the institution (institution exit). */
    HOUSING_ON_RELEASE,
    /** The dwelling was found overcrowded (insalubrity). */
    OVERCROWDED,
    /** A Walloon salubrity survey declared the dwelling uninhabitable (insalubrity). */
    UNINHABITABLE,
    /** At least one member has an officially recognised disability. */
    DISABILITY_RECOGNISED,
    /** The household's lease is registered (bail enregistré). */
    LEASE_REGISTERED,
    /** The household owns the dwelling it lives in. */
    OWNER_OCCUPIER,
    /** The household rents social housing (SLSP in Wallonia, SISP in Brussels). */
    SOCIAL_HOUSING,
    /** The eviction threat is a repossession of an owned dwelling by a creditor. */
    REPOSSESSION,
    /** The institution is a listed establishment of the loi du 2 avril 1965, art. 2 §1 (institution exit). */
    LISTED_ESTABLISHMENT,
    /** The person lives hosted by family or friends (family rupture). */
    HOSTED,
    /** The resident of a tourist facility is domiciled on the site (permanent habitat). */
    DOMICILED_ON_SITE,
    /**
     * The legal calendar says a winter moratorium or a one-off suspension of evictions protects this household on the
     * as-of date (its region, whether it rents social housing, whether it refused budget guidance).
     */
    MORATORIUM_APPLIES
}
