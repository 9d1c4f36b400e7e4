package be.accompaniment.situation;

/** The stage a {@link RentArrears} situation has reached. */
public enum RentArrearsStage implements SituationStage {
    /** Rent is owed; no formal demand yet. */
    ARREARS,
    /** The landlord sent a formal demand to pay (mise en demeure). */
    DEMAND,
    /** A payment plan has been agreed (plan d'apurement). */
    PAYMENT_PLAN,
    /** The arrears are paid or otherwise settled. */
    SETTLED;

    @Override
    public SituationKind kind() {
        return SituationKind.RENT_ARREARS;
    }
}
