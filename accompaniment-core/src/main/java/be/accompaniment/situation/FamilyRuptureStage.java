package be.accompaniment.situation;

/** The stage a {@link FamilyRupture} has reached. */
public enum FamilyRuptureStage implements SituationStage {
    /** Still living in the family home. */
    AT_HOME,
    /** Has left the family home, possibly staying with family or friends. */
    LEFT_HOME,
    /** Housed in a home of one's own. */
    REHOUSED;

    @Override
    public SituationKind kind() {
        return SituationKind.FAMILY_RUPTURE;
    }
}
