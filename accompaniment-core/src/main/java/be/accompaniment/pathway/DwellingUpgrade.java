package be.accompaniment.pathway;

/**
 * How a household's dwelling was brought up to standard so that the household could stay (requalification of the
 * dwelling, the alternative to moving out).
 */
public enum DwellingUpgrade {
    /** Works ordered or advised after a salubrity survey or an inspection were carried out. */
    WORKS_COMPLETED,
    /** An uninhabitability order or a letting ban was lifted (levée de l'arrêté, CWHD; CBL). */
    DECREE_LIFTED,
    /** The dwelling was certified as conforming again (attestation de contrôle de conformité, Brussels, CBL). */
    CONFORMITY_CERTIFIED,
    /** The dwelling's energy performance was renovated (insulation, heating, windows). */
    ENERGY_RENOVATION,
    /** The dwelling was adapted to a disability or to ageing. */
    ADAPTATION
}
