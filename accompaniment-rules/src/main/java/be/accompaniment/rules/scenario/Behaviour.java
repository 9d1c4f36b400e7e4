package be.accompaniment.rules.scenario;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.internal.Checks;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The behaviour parameters of a simulation, each with a default: how often a passerelle is accepted by kind of
 * target actor, what happens when the target is full, the delay before a first contact, how long measures run, how
 * situations evolve, and the delays of the eviction procedure that the law leaves open.
 *
 * <p>JSON: every field optional, e.g. {@code {"acceptance":{"CPAS":0.9,"AIS":0.6},"whenFull":"WAIT",
 * "contactDelayDays":{"min":1,"max":14},"measureDurationDays":{"BUDGET_GUIDANCE":180},
 * "dynamics":[{"situation":"EVICTION_THREAT","resolvePerMonthAccompanied":0.3}]}}. The defaults are illustrative, not
 * observed figures. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableBehaviour.class)
@JsonDeserialize(as = ImmutableBehaviour.class)
public abstract class Behaviour {
    Behaviour() {}

    /** The default behaviour. */
    public static Behaviour defaults() {
        return builder().build();
    }

    /** A builder; every field has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Probability that a passerelle to an actor of a kind is accepted (by the actor and the household), by kind. */
    public abstract ImmutableMap<ActorKind, Double> acceptance();

    /** Probability of acceptance for kinds not in {@link #acceptance()}; 0.8 by default. */
    @Value.Default
    public double defaultAcceptance() {
        return 0.8;
    }

    /** What a passerelle does when its best target is full; {@link CapacityPolicy#ELSEWHERE} by default. */
    @Value.Default
    public CapacityPolicy whenFull() {
        return CapacityPolicy.ELSEWHERE;
    }

    /** Days from a passerelle made to its answer, which is the first contact when accepted; 2 to 21 by default. */
    @Value.Default
    public DayRange contactDelayDays() {
        return DayRange.of(2, 21);
    }

    /** How long a measure runs, in days, by kind. */
    public abstract ImmutableMap<MeasureKind, Integer> measureDurationDays();

    /** How long measures not in {@link #measureDurationDays()} run; 120 days by default. */
    @Value.Default
    public int defaultMeasureDurationDays() {
        return 120;
    }

    /** Probability that a household asked for its consent to share its data gives it; 0.9 by default. */
    @Value.Default
    public double consentRate() {
        return 0.9;
    }

    /** The most passerelles a household's referrer makes in one step; 3 by default. */
    @Value.Default
    public int maxPasserellesPerStep() {
        return 3;
    }

    /** How situations evolve, at most one entry per kind; kinds not listed use {@link SituationDynamics#defaults}. */
    public abstract ImmutableList<SituationDynamics> dynamics();

    /** Days from the filing of an eviction claim to the hearing, at least the region's legal minimum; 25 to 45. */
    @Value.Default
    public DayRange hearingAfterFilingDays() {
        return DayRange.of(25, 45);
    }

    /** Days from a judgment to its service by a huissier; 7 to 30 by default. */
    @Value.Default
    public DayRange serviceAfterJudgmentDays() {
        return DayRange.of(7, 30);
    }

    /** Days from the earliest legal execution day to the day the huissier sets; 0 to 30 by default. */
    @Value.Default
    public DayRange executionAfterEarliestDays() {
        return DayRange.of(0, 30);
    }

    /** Days from a release being planned to the release; 30 to 180 by default. */
    @Value.Default
    public DayRange releaseAfterPlanningDays() {
        return DayRange.of(30, 180);
    }

    /**
     * Probability that a household evicted from its dwelling ends up in emergency accommodation (ETHOS 2.1) rather
     * than staying with family or friends (ETHOS 8.1); 0.4 by default.
     */
    @Value.Default
    public double emergencyAfterEviction() {
        return 0.4;
    }

    /**
     * Probability that a person released from an institution before housing was found ends up in emergency
     * accommodation (ETHOS 2.1) rather than with family or friends (ETHOS 8.1); 0.4 by default.
     */
    @Value.Default
    public double homelessOnRelease() {
        return 0.4;
    }

    /**
     * The probability that a passerelle to an actor of a kind is accepted.
     *
     * @param kind the kind of the target actor, not null
     * @return {@link #acceptance()} for the kind, else {@link #defaultAcceptance()}
     */
    public double acceptanceOf(ActorKind kind) {
        Double p = acceptance().get(Objects.requireNonNull(kind, "kind"));
        return p == null ? defaultAcceptance() : p;
    }

    /**
     * How long a measure of a kind runs.
     *
     * @param kind the kind of measure, not null
     * @return {@link #measureDurationDays()} for the kind, else {@link #defaultMeasureDurationDays()}
     */
    public int durationOf(MeasureKind kind) {
        Integer d = measureDurationDays().get(Objects.requireNonNull(kind, "kind"));
        return d == null ? defaultMeasureDurationDays() : d;
    }

    /**
     * How a kind of situation evolves.
     *
     * @param kind the kind, not null
     * @return the entry of {@link #dynamics()} for the kind, else {@link SituationDynamics#defaults}
     */
    public SituationDynamics dynamicsOf(SituationKind kind) {
        Objects.requireNonNull(kind, "kind");
        for (SituationDynamics d : dynamics()) {
            if (d.situation() == kind) {
                return d;
            }
        }
        return SituationDynamics.defaults(kind);
    }

    @Value.Check
    final void check() {
        for (Map.Entry<ActorKind, Double> e : acceptance().entrySet()) {
            ScenarioChecks.probability(e.getValue(), "acceptance." + e.getKey(), () -> "behaviour");
        }
        ScenarioChecks.probability(defaultAcceptance(), "defaultAcceptance", () -> "behaviour");
        for (Map.Entry<MeasureKind, Integer> e : measureDurationDays().entrySet()) {
            Checks.between(1, 3650, e.getValue(), "measureDurationDays." + e.getKey(), () -> "behaviour");
        }
        Checks.between(1, 3650, defaultMeasureDurationDays(), "defaultMeasureDurationDays", () -> "behaviour");
        ScenarioChecks.probability(consentRate(), "consentRate", () -> "behaviour");
        Checks.between(1, 100, maxPasserellesPerStep(), "maxPasserellesPerStep", () -> "behaviour");
        ScenarioChecks.probability(emergencyAfterEviction(), "emergencyAfterEviction", () -> "behaviour");
        ScenarioChecks.probability(homelessOnRelease(), "homelessOnRelease", () -> "behaviour");
        Set<SituationKind> seen = EnumSet.noneOf(SituationKind.class);
        for (int i = 0; i < dynamics().size(); i++) {
            SituationKind kind = dynamics().get(i).situation();
            int index = i;
            Checks.that(
                    seen.add(kind),
                    "dynamics[" + index + "]",
                    () -> "behaviour",
                    () -> "must be the only dynamics of " + kind + ", was repeated");
        }
    }

    /** Builds a {@link Behaviour}. */
    public static final class Builder extends ImmutableBehaviour.Builder {
        Builder() {}
    }
}
