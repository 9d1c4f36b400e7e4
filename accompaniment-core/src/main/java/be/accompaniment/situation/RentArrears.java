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
 * Rent arrears (arriérés de loyer) not, or not yet, before a court: the step before an {@link EvictionThreat}, where
 * early help — budget guidance, a payment plan, a CPAS advance — keeps the household housed.
 *
 * <p>{@link #openedOn()} is the first month left unpaid, as far as known. In Brussels since 2023, arrears below three
 * months' rent do not alone justify ending a lease, and a formal demand with a month to pay must precede any claim
 * (ordonnance du 22 juin 2023). Dates: demand ≤ settled; payment plan ≤ settled.
 *
 * <p>ETHOS: there is no ETHOS category for arrears as such; they are classified 9.1 (threat of eviction, rented
 * housing), the category they lead to, whereas FEANTSA's strict reading of 9.1 needs an operative eviction order.
 * Counts that must follow FEANTSA strictly should leave this kind out. No ETHOS Light category. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableRentArrears.class)
@JsonDeserialize(as = ImmutableRentArrears.class)
public abstract non-sealed class RentArrears implements Situation {
    RentArrears() {}

    /**
     * Arrears with no demand or plan yet.
     *
     * @param openedOn the first known day of the arrears, not null
     * @param arrearsCents the amount owed in euro cents, at least 1
     * @param monthsOfArrears the number of monthly rents owed, 0 or more
     * @return the situation
     */
    public static RentArrears of(LocalDate openedOn, long arrearsCents, int monthsOfArrears) {
        return builder()
                .openedOn(openedOn)
                .arrearsCents(arrearsCents)
                .monthsOfArrears(monthsOfArrears)
                .build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract LocalDate openedOn();

    /** The amount owed, in euro cents, at least 1. */
    public abstract long arrearsCents();

    /** The number of whole monthly rents owed, 0 or more. */
    public abstract int monthsOfArrears();

    /** The landlord's formal demand to pay (mise en demeure). */
    public abstract Optional<LocalDate> demandOn();

    /** Agreement on a payment plan. */
    public abstract Optional<LocalDate> paymentPlanOn();

    /** Payment or settlement of the arrears. */
    public abstract Optional<LocalDate> settledOn();

    /** {@link SituationKind#RENT_ARREARS}. */
    @Override
    @JsonIgnore
    public final SituationKind kind() {
        return SituationKind.RENT_ARREARS;
    }

    /** Settled, else payment plan, else demand, else arrears. */
    @Override
    @Value.Derived
    @JsonIgnore
    public RentArrearsStage stage() {
        if (settledOn().isPresent()) {
            return RentArrearsStage.SETTLED;
        }
        if (paymentPlanOn().isPresent()) {
            return RentArrearsStage.PAYMENT_PLAN;
        }
        return demandOn().isPresent() ? RentArrearsStage.DEMAND : RentArrearsStage.ARREARS;
    }

    @Override
    @Value.Derived
    @JsonIgnore
    public ImmutableMap<Milestone, LocalDate> milestones() {
        return MilestoneMap.opened(openedOn())
                .with(Milestone.DEMAND, demandOn())
                .with(Milestone.PAYMENT_PLAN, paymentPlanOn())
                .with(Milestone.SETTLEMENT, settledOn())
                .build();
    }

    /** ETHOS 9.1, the category arrears lead to (see the class description). */
    @Override
    @JsonIgnore
    public EthosCategory ethos() {
        return EthosCategory.E9_1;
    }

    @Value.Check
    final void check() {
        Checks.atLeast(1, arrearsCents(), "arrearsCents", this::describe);
        Checks.atLeast(0, monthsOfArrears(), "monthsOfArrears", this::describe);
        DateOrder.of(this::describe).then("demandOn", demandOn()).then("settledOn", settledOn());
        DateOrder.of(this::describe).then("paymentPlanOn", paymentPlanOn()).then("settledOn", settledOn());
    }

    private String describe() {
        return "rent arrears opened " + openedOn();
    }

    /** Builds a {@link RentArrears}. */
    public static final class Builder extends ImmutableRentArrears.Builder {
        Builder() {}
    }
}
