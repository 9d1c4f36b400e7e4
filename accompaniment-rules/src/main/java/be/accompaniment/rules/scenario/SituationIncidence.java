package be.accompaniment.rules.scenario;

import be.accompaniment.household.Tenure;
import be.accompaniment.internal.Checks;
import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How often a kind of situation affects the households of a generated population: the share already in it on the
 * first day (prevalence), the yearly probability that it starts (incidence), the stages it starts in, and which
 * households it can affect, by tenure.
 *
 * <p>JSON: {@code {"situation":"EVICTION_THREAT","prevalence":0.004,"perYear":0.012,
 * "stages":{"DEMAND":0.7,"FILED":0.2,"HEARING_SET":0.1}}}. Stages are names of the kind's stage enum that a situation
 * can be open in (e.g. not {@code SETTLED}); their weights need not sum to 1; by default a situation starts in the
 * kind's first stage. Tenures default to {@link #defaultTenures(SituationKind)}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableSituationIncidence.class)
@JsonDeserialize(as = ImmutableSituationIncidence.class)
public abstract class SituationIncidence {
    private static final ImmutableMap<SituationKind, ImmutableList<String>> OPEN_STAGES = ImmutableMap.of(
            SituationKind.EVICTION_THREAT,
            ImmutableList.of(
                    "DEMAND", "FILED", "CPAS_NOTIFIED", "HEARING_SET", "JUDGMENT", "SERVED", "EXECUTION_SCHEDULED"),
            SituationKind.INSALUBRITY,
            ImmutableList.of(
                    "REPORTED",
                    "SURVEY_REQUESTED",
                    "SURVEYED",
                    "WORKS_ORDERED",
                    "LETTING_BAN",
                    "UNINHABITABILITY_DECREE"),
            SituationKind.INSTITUTION_EXIT,
            ImmutableList.of("ADMITTED", "RELEASE_PLANNED"),
            SituationKind.HOMELESSNESS,
            ImmutableList.of("HOMELESS", "REFERENCE_ADDRESS"),
            SituationKind.PERMANENT_HABITAT,
            ImmutableList.of("RESIDENT", "RELOCATION_PLANNED"),
            SituationKind.RENT_ARREARS,
            ImmutableList.of("ARREARS", "DEMAND", "PAYMENT_PLAN"),
            SituationKind.FAMILY_RUPTURE,
            ImmutableList.of("AT_HOME", "LEFT_HOME"));

    SituationIncidence() {}

    /**
     * An incidence starting in the kind's first stage, for the kind's default tenures.
     *
     * @param situation the kind of situation, not null
     * @param prevalence the share of eligible households in the situation on the first day, 0 to 1
     * @param perYear the yearly probability that an eligible household enters the situation, 0 to 1
     * @return the incidence
     */
    public static SituationIncidence of(SituationKind situation, double prevalence, double perYear) {
        return builder()
                .situation(situation)
                .prevalence(prevalence)
                .perYear(perYear)
                .build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The tenures of the households a kind of situation can affect, unless a scenario says otherwise: tenants for an
     * eviction threat or rent arrears; private and public tenants and owners for insalubrity; people in an
     * institution for an institution exit; people without a home of their own (no housing, hosted, squatting) for
     * homelessness; residents of tourist facilities for permanent habitat; everyone with a home for a family rupture.
     *
     * @param kind the kind, not null
     * @return the tenures
     */
    public static ImmutableSet<Tenure> defaultTenures(SituationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case EVICTION_THREAT, RENT_ARREARS ->
                Sets.immutableEnumSet(
                        Tenure.PRIVATE_TENANT, Tenure.SOCIAL_TENANT, Tenure.AIS_TENANT, Tenure.PUBLIC_TENANT);
            case INSALUBRITY ->
                Sets.immutableEnumSet(Tenure.PRIVATE_TENANT, Tenure.PUBLIC_TENANT, Tenure.OWNER_OCCUPIER);
            case INSTITUTION_EXIT -> Sets.immutableEnumSet(Tenure.INSTITUTION);
            case HOMELESSNESS -> Sets.immutableEnumSet(Tenure.NO_HOUSING, Tenure.HOSTED, Tenure.SQUAT);
            case PERMANENT_HABITAT -> Sets.immutableEnumSet(Tenure.TOURIST_FACILITY);
            case FAMILY_RUPTURE ->
                Sets.immutableEnumSet(
                        Tenure.PRIVATE_TENANT,
                        Tenure.SOCIAL_TENANT,
                        Tenure.AIS_TENANT,
                        Tenure.PUBLIC_TENANT,
                        Tenure.OWNER_OCCUPIER,
                        Tenure.TRANSIT_HOUSING);
        };
    }

    /**
     * The stages a situation of a kind can be open in, in order: the stages of its enum except those that end it.
     *
     * @param kind the kind, not null
     * @return the stage names
     */
    public static ImmutableList<String> openStages(SituationKind kind) {
        return OPEN_STAGES.get(Objects.requireNonNull(kind, "kind"));
    }

    /** The kind of situation. */
    public abstract SituationKind situation();

    /** The share of eligible households in the situation on the first day, 0 to 1. */
    @Value.Default
    public double prevalence() {
        return 0;
    }

    /** The yearly probability that an eligible household not in the situation enters it, 0 to 1. */
    @Value.Default
    public double perYear() {
        return 0;
    }

    /** The stages a situation starts in, with relative weights; empty: the kind's first stage. */
    public abstract ImmutableMap<String, Double> stages();

    /** The tenures of the households it can affect; empty: {@link #defaultTenures(SituationKind)}. */
    public abstract ImmutableSet<Tenure> tenures();

    /** The tenures it applies to: {@link #tenures()}, or the kind's defaults when none is given. */
    public ImmutableSet<Tenure> eligibleTenures() {
        return tenures().isEmpty() ? defaultTenures(situation()) : tenures();
    }

    @Value.Check
    final void check() {
        ScenarioChecks.probability(prevalence(), "prevalence", this::describe);
        ScenarioChecks.probability(perYear(), "perYear", this::describe);
        ImmutableList<String> open = openStages(situation());
        for (Map.Entry<String, Double> e : stages().entrySet()) {
            Checks.that(
                    open.contains(e.getKey()),
                    "stages",
                    this::describe,
                    () -> "must name stages a situation can be open in " + open + ", was " + e.getKey());
            Checks.that(
                    Double.isFinite(e.getValue()) && e.getValue() >= 0,
                    "stages." + e.getKey(),
                    this::describe,
                    () -> "must be a weight >= 0, was " + e.getValue());
        }
        Checks.that(
                stages().isEmpty()
                        || stages().values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .sum()
                                > 0,
                "stages",
                this::describe,
                () -> "must have a weight above 0, were all 0");
    }

    private String describe() {
        return "incidence " + situation();
    }

    /** Builds a {@link SituationIncidence}. */
    public static final class Builder extends ImmutableSituationIncidence.Builder {
        Builder() {}
    }
}
