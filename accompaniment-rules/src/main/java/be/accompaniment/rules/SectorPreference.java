package be.accompaniment.rules;

/** Which sector a suggestion prefers its target actors in; actors of that sector rank first. */
public enum SectorPreference {
    /** Public actors first: CPAS, commune, social housing companies, regional administrations. */
    PUBLIC,
    /** Associative actors first: AIS, APL, régies de quartier, tenants' unions. */
    ASSOCIATIVE,
    /** Actors of the sector other than the referrer's first: a public referrer bridges to an associative actor and back. */
    BRIDGE
}
