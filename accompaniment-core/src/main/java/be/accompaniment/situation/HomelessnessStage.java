package be.accompaniment.situation;

/** The stage a {@link Homelessness} situation has reached. */
public enum HomelessnessStage implements SituationStage {
    /** Homeless, with no reference address recorded. */
    HOMELESS,
    /** Registered at a reference address with a CPAS (adresse de référence), which opens rights tied to a domicile. */
    REFERENCE_ADDRESS,
    /** Housed: homelessness has ended. */
    HOUSED;

    @Override
    public SituationKind kind() {
        return SituationKind.HOMELESSNESS;
    }
}
