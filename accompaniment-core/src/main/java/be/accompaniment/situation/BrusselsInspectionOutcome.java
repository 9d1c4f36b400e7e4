package be.accompaniment.situation;

/**
 * The outcome of an inspection by the Brussels regional housing inspectorate (DIRL, Bruxelles Logement) against the
 * minimum requirements of the Code bruxellois du Logement (AGRBC of 4 September 2003).
 */
public enum BrusselsInspectionOutcome implements SituationOutcome {
    /** The dwelling meets the requirements (conforme). */
    CONFORME,
    /** Formal notice to the landlord to carry out works, the dwelling staying occupied (mise en demeure). */
    MISE_EN_DEMEURE,
    /** Ban on letting the dwelling after a failed notice; the lease lapses (interdiction de location). */
    INTERDICTION_LOCATION,
    /** Immediate ban on letting when safety or health is at stake (interdiction immédiate de location). */
    INTERDICTION_IMMEDIATE;

    @Override
    public SituationKind kind() {
        return SituationKind.INSALUBRITY;
    }
}
