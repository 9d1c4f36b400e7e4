package be.accompaniment.situation;

/**
 * A finding on a dwelling recorded besides its classification: a survey declares a dwelling uninhabitable or
 * overcrowded independently of whether it is améliorable (Code wallon de l'habitation durable).
 */
public enum InsalubrityFinding implements SituationOutcome {
    /** The dwelling is declared uninhabitable (inhabitable): its occupants cannot stay. */
    UNINHABITABLE,
    /** The dwelling is overcrowded for its occupants (surpeuplé). */
    OVERCROWDED;

    @Override
    public SituationKind kind() {
        return SituationKind.INSALUBRITY;
    }
}
