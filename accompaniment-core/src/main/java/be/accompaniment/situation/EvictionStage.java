package be.accompaniment.situation;

/**
 * The stage an {@link EvictionThreat} has reached: the latest step of the Belgian eviction procedure recorded
 * (C. jud. art. 1344bis–septies), in procedural order.
 */
public enum EvictionStage implements SituationStage {
    /** Before court: arrears or a formal demand (mise en demeure), no claim filed yet. */
    DEMAND,
    /** The claim is filed with the justice of the peace (requête, citation or comparution volontaire). */
    FILED,
    /** The CPAS has been notified of the claim (art. 1344ter). */
    CPAS_NOTIFIED,
    /** A hearing date is set. */
    HEARING_SET,
    /** The justice of the peace has given judgment. */
    JUDGMENT,
    /** The judgment has been served (signifié); the one-month delay runs. */
    SERVED,
    /** The huissier has notified or fixed the eviction date. */
    EXECUTION_SCHEDULED,
    /** The eviction has been carried out. */
    EXECUTED,
    /** The threat ended by conciliation, agreement or payment. */
    SETTLED;

    @Override
    public SituationKind kind() {
        return SituationKind.EVICTION_THREAT;
    }
}
