package be.accompaniment.situation;

/** The kind of housing situation a household is in; each {@code Situation} type has one. */
public enum SituationKind {
    /** Threat of eviction from a rented dwelling (expulsion domiciliaire). */
    EVICTION_THREAT,
    /** Dwelling unfit for habitation or overcrowded (insalubrité). */
    INSALUBRITY,
    /** Coming release from an institution: prison, hospital, IHP, youth care, shelter. */
    INSTITUTION_EXIT,
    /** Homelessness: roofless or houseless. */
    HOMELESSNESS,
    /** Permanent living in a tourist facility such as a camping (habitat permanent). */
    PERMANENT_HABITAT,
    /** Rent arrears not (yet) before a court. */
    RENT_ARREARS,
    /** Family rupture: separation, violence, a young person put out of the home. */
    FAMILY_RUPTURE
}
