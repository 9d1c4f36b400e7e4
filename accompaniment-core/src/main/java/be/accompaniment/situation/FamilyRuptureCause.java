package be.accompaniment.situation;

/** The cause of a {@link FamilyRupture}. */
public enum FamilyRuptureCause {
    /** Separation or divorce of a couple. */
    SEPARATION,
    /** Violence within the family or couple (violences intrafamiliales, violences conjugales). */
    DOMESTIC_VIOLENCE,
    /** A young person put out of, or leaving, the parental home (jeune en rupture familiale). */
    YOUNG_PERSON_PUT_OUT,
    /** Conflict between generations living together, other than a young person put out. */
    INTERGENERATIONAL_CONFLICT,
    /** Death of the partner or of the person who held the lease or owned the dwelling. */
    BEREAVEMENT
}
