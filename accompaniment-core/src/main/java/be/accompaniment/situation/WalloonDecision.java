package be.accompaniment.situation;

/**
 * A decision taken on an insalubrious dwelling in Wallonia, by the bourgmestre after a salubrity survey (Code wallon
 * de l'habitation durable, arts 7 and 13) or under general police (Nouvelle loi communale, art. 135 §2).
 */
public enum WalloonDecision implements SituationOutcome {
    /** Order to carry out works within a deadline. */
    WORKS_ORDER,
    /** Decree declaring the dwelling uninhabitable, forbidding its occupation (arrêté d'inhabitabilité). */
    UNINHABITABILITY_DECREE,
    /** Order to demolish the dwelling. */
    DEMOLITION,
    /** Withdrawal of the letting permit of a small or collective dwelling (retrait du permis de location). */
    LETTING_PERMIT_WITHDRAWN;

    @Override
    public SituationKind kind() {
        return SituationKind.INSALUBRITY;
    }
}
