package be.accompaniment.rules.calendar;

/**
 * A ground on which an eviction may still be executed while a moratorium or a suspension runs. The calendar lists
 * the grounds the law allows; whether one holds is for the judge or the bailiff to establish.
 */
public enum MoratoriumExemption {
    /** The tenant has been rehoused or has left the dwelling. */
    TENANT_REHOUSED,
    /** The occupant's behaviour endangers other people. */
    DANGEROUS_BEHAVIOUR,
    /** The dwelling is unsafe to live in. */
    UNSAFE_DWELLING,
    /** Force majeure. */
    FORCE_MAJEURE,
    /** The justice of the peace has ordered the eviction despite the moratorium. */
    JUDICIAL_DEROGATION,
    /** Public safety requires the eviction. */
    PUBLIC_SAFETY,
    /** An imminent danger to the physical or mental health of the occupants (péril imminent). */
    IMMINENT_DANGER,
    /** The occupant has wilfully damaged the dwelling. */
    WILFUL_DAMAGE
}
