package be.accompaniment.situation;

/** The stage an {@link Insalubrity} procedure has reached: the latest step recorded, in procedural order. */
public enum InsalubrityStage implements SituationStage {
    /** Reported to the social worker; no survey requested yet. */
    REPORTED,
    /** A survey or an inspection has been requested (demande d'enquête, plainte à la DIRL). */
    SURVEY_REQUESTED,
    /** The dwelling has been surveyed or inspected. */
    SURVEYED,
    /** Works have been ordered (Walloon works order, Brussels mise en demeure). */
    WORKS_ORDERED,
    /** Letting is banned or the letting permit withdrawn. */
    LETTING_BAN,
    /** The dwelling has been declared uninhabitable by decree, or its demolition ordered. */
    UNINHABITABILITY_DECREE,
    /** The works are done and the dwelling meets the standards again. */
    WORKS_COMPLETED,
    /** The household has moved into other housing. */
    RELOCATED;

    @Override
    public SituationKind kind() {
        return SituationKind.INSALUBRITY;
    }
}
