package be.accompaniment.situation;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A threat of eviction (expulsion domiciliaire) from the household's dwelling, followed through the Belgian
 * procedure before the justice of the peace (C. jud. art. 1344bis–septies, loi du 30 novembre 1998).
 *
 * <p>The milestones are optional dates, recorded as the procedure goes: formal demand, filing, notification of the
 * CPAS (art. 1344ter), hearing, judgment, service of the judgment, notice of the eviction date (at least five working
 * days ahead, art. 1344quater), the eviction date, its execution, and settlement. They must follow the legal order
 * (demand ≤ filing ≤ CPAS notification; filing ≤ hearing ≤ judgment ≤ service ≤ notice ≤ eviction date ≤ executed;
 * settlement not before demand or filing); the {@link #stage()} is the latest step recorded.
 *
 * <p>ETHOS: 9.1 (legal orders enforced, rented housing), or 9.2 (repossession, owned housing) when
 * {@link #repossession()}; no ETHOS Light category, which counts only people already without a home. FEANTSA's
 * strict reading of 9 requires an operative eviction order (stage {@link EvictionStage#JUDGMENT} or later); earlier
 * stages are classified 9.1 too, as the threat they lead to.
 *
 * <p>Example: {@code EvictionThreat.builder().openedOn(d).procedure(EvictionProcedure.REQUETE).filedOn(d2)
 * .hearingOn(d3).build()}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableEvictionThreat.class)
@JsonDeserialize(as = ImmutableEvictionThreat.class)
public abstract non-sealed class EvictionThreat implements Situation {
    EvictionThreat() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract LocalDate openedOn();

    /** How the claim was or will be brought; required once {@link #filedOn()} is recorded. */
    public abstract Optional<EvictionProcedure> procedure();

    /** The landlord's formal demand to pay or leave (mise en demeure). */
    public abstract Optional<LocalDate> demandOn();

    /** Filing of the claim: request lodged, summons served, or voluntary appearance. */
    public abstract Optional<LocalDate> filedOn();

    /** Notification of the claim to the CPAS (art. 1344ter); absent when the tenant objected. */
    public abstract Optional<LocalDate> cpasNotifiedOn();

    /** The hearing before the justice of the peace. */
    public abstract Optional<LocalDate> hearingOn();

    /** The judgment. */
    public abstract Optional<LocalDate> judgmentOn();

    /** Service of the judgment by a huissier (signification). */
    public abstract Optional<LocalDate> judgmentServedOn();

    /** The huissier's notice of the effective eviction date. */
    public abstract Optional<LocalDate> executionNoticeOn();

    /** The day fixed for the eviction. */
    public abstract Optional<LocalDate> executionOn();

    /** The day the eviction was carried out. */
    public abstract Optional<LocalDate> executedOn();

    /** The day the threat ended by conciliation, agreement or payment. */
    public abstract Optional<LocalDate> settledOn();

    /**
     * Whether the tenant objected to the notification of the CPAS (within two days of the request, or in the
     * record of a voluntary appearance; art. 1344ter); then the CPAS is not notified.
     */
    @Value.Default
    public boolean tenantObjectedToCpasNotification() {
        return false;
    }

    /** Rent and charges owed, in euro cents, 0 or more; 0 when unknown or when the claim is not about arrears. */
    @Value.Default
    public long arrearsCents() {
        return 0;
    }

    /**
     * Whether the tenant refused the budget guidance (guidance budgétaire) the CPAS proposed; a Walloon social tenant
     * who refuses it loses the winter moratorium (AGW 6 September 2007, art. 24).
     */
    @Value.Default
    public boolean budgetGuidanceRefused() {
        return false;
    }

    /** Whether the household owns the dwelling and faces repossession by a creditor rather than a landlord. */
    @Value.Default
    public boolean repossession() {
        return false;
    }

    /** {@link SituationKind#EVICTION_THREAT}. */
    @Override
    @JsonIgnore
    public final SituationKind kind() {
        return SituationKind.EVICTION_THREAT;
    }

    /** The latest procedural step recorded. */
    @Override
    @Value.Derived
    @JsonIgnore
    public EvictionStage stage() {
        if (settledOn().isPresent()) {
            return EvictionStage.SETTLED;
        }
        if (executedOn().isPresent()) {
            return EvictionStage.EXECUTED;
        }
        if (executionOn().isPresent() || executionNoticeOn().isPresent()) {
            return EvictionStage.EXECUTION_SCHEDULED;
        }
        if (judgmentServedOn().isPresent()) {
            return EvictionStage.SERVED;
        }
        if (judgmentOn().isPresent()) {
            return EvictionStage.JUDGMENT;
        }
        if (hearingOn().isPresent()) {
            return EvictionStage.HEARING_SET;
        }
        if (cpasNotifiedOn().isPresent()) {
            return EvictionStage.CPAS_NOTIFIED;
        }
        if (filedOn().isPresent()) {
            return EvictionStage.FILED;
        }
        return EvictionStage.DEMAND;
    }

    @Override
    @Value.Derived
    @JsonIgnore
    public ImmutableMap<Milestone, LocalDate> milestones() {
        return MilestoneMap.opened(openedOn())
                .with(Milestone.DEMAND, demandOn())
                .with(Milestone.FILING, filedOn())
                .with(Milestone.CPAS_NOTIFICATION, cpasNotifiedOn())
                .with(Milestone.HEARING, hearingOn())
                .with(Milestone.JUDGMENT, judgmentOn())
                .with(Milestone.SERVICE_OF_JUDGMENT, judgmentServedOn())
                .with(Milestone.EXECUTION_NOTICE, executionNoticeOn())
                .with(Milestone.EXECUTION, executionOn())
                .with(Milestone.EXECUTED, executedOn())
                .with(Milestone.SETTLEMENT, settledOn())
                .build();
    }

    /** ETHOS 9.1, or 9.2 for a repossession. */
    @Override
    @JsonIgnore
    public EthosCategory ethos() {
        return repossession() ? EthosCategory.E9_2 : EthosCategory.E9_1;
    }

    @Value.Check
    final void check() {
        Checks.atLeast(0, arrearsCents(), "arrearsCents", this::describe);
        Checks.that(
                filedOn().isEmpty() || procedure().isPresent(),
                "procedure",
                this::describe,
                () -> "must be given once filedOn is recorded, was absent");
        Checks.that(
                !tenantObjectedToCpasNotification() || cpasNotifiedOn().isEmpty(),
                "cpasNotifiedOn",
                this::describe,
                () -> "must be absent when the tenant objected to the notification, was "
                        + cpasNotifiedOn().get());
        DateOrder.of(this::describe)
                .then("demandOn", demandOn())
                .then("filedOn", filedOn())
                .then("hearingOn", hearingOn())
                .then("judgmentOn", judgmentOn())
                .then("judgmentServedOn", judgmentServedOn())
                .then("executionNoticeOn", executionNoticeOn())
                .then("executionOn", executionOn())
                .then("executedOn", executedOn());
        DateOrder.of(this::describe)
                .then("demandOn", demandOn())
                .then("filedOn", filedOn())
                .then("cpasNotifiedOn", cpasNotifiedOn());
        DateOrder.of(this::describe)
                .then("demandOn", demandOn())
                .then("filedOn", filedOn())
                .then("settledOn", settledOn());
    }

    private String describe() {
        return "eviction threat opened " + openedOn();
    }

    /** Builds an {@link EvictionThreat}. */
    public static final class Builder extends ImmutableEvictionThreat.Builder {
        Builder() {}
    }
}
