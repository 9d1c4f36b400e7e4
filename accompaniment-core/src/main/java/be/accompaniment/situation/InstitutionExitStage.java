package be.accompaniment.situation;

/** The stage an {@link InstitutionExit} has reached. */
public enum InstitutionExitStage implements SituationStage {
    /** The person is in the institution; no release date is known. */
    ADMITTED,
    /** A release date is expected (end of sentence, discharge, majority). */
    RELEASE_PLANNED,
    /** The person has left the institution. */
    RELEASED;

    @Override
    public SituationKind kind() {
        return SituationKind.INSTITUTION_EXIT;
    }
}
