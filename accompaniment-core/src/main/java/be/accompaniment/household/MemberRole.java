package be.accompaniment.household;

/** The place of a person in a household, relative to its reference person (personne de référence). */
public enum MemberRole {
    /** The reference person of the household (personne de référence, chef de ménage); exactly one per household. */
    REFERENCE_PERSON,
    /** The reference person's spouse, legal or de facto partner; at most one per household. */
    PARTNER,
    /** A child of the reference person or of the partner, whatever the child's age. */
    CHILD,
    /** Another relative: parent, grandchild, sibling, in-law. */
    OTHER_RELATIVE,
    /** A person not related to the reference person who lives in the dwelling. */
    OTHER
}
