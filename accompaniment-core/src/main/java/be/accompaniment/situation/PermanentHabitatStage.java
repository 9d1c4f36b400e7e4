package be.accompaniment.situation;

/** The stage a {@link PermanentHabitat} situation has reached. */
public enum PermanentHabitatStage implements SituationStage {
    /** Living permanently on the tourist facility. */
    RESIDENT,
    /** A move into other housing is planned. */
    RELOCATION_PLANNED,
    /** Moved into other housing. */
    RELOCATED;

    @Override
    public SituationKind kind() {
        return SituationKind.PERMANENT_HABITAT;
    }
}
