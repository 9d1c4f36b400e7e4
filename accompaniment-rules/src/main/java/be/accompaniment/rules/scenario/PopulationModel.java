package be.accompaniment.rules.scenario;

import be.accompaniment.household.Tenure;
import be.accompaniment.internal.Checks;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How to generate a scenario's population from distributions: how many households, spread over the communes by
 * weight, their composition, tenure and income, and the incidence of each kind of situation.
 *
 * <p>Every household is drawn from its own random stream, derived from the scenario's seed and its index, so the
 * population is the same whatever the thread count. Ids read {@code h-0000001}, {@code h-0000002}… No member has a
 * name or a national register number.
 *
 * <p>JSON (every field but {@code households} optional):
 *
 * <pre>{@code
 * {"households":30000,
 *  "communeWeights":{"62063":89000,"62096":28000},
 *  "composition":[{"adults":1,"children":0,"weight":0.36},{"adults":2,"children":2,"weight":0.16}],
 *  "tenure":{"OWNER_OCCUPIER":0.6,"PRIVATE_TENANT":0.3,"SOCIAL_TENANT":0.07},
 *  "monthlyIncome":{"medianCents":240000,"spread":0.55},
 *  "incidence":[{"situation":"EVICTION_THREAT","prevalence":0.004,"perYear":0.012}]}
 * }</pre>
 *
 * Communes without a weight get none when weights are given, and all communes weigh the same when none is. The
 * defaults are illustrative orders of magnitude for Wallonia, not observed figures. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutablePopulationModel.class)
@JsonDeserialize(as = ImmutablePopulationModel.class)
public abstract class PopulationModel {
    PopulationModel() {}

    /** A builder; only {@code households} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A population with the default composition, tenure and income and the default incidence of every kind of
     * situation ({@link #defaultIncidence()}).
     *
     * @param households the number of households, 0 or more
     * @return the model
     */
    public static PopulationModel withDefaults(int households) {
        return builder().households(households).incidence(defaultIncidence()).build();
    }

    /**
     * Illustrative incidences for Wallonia, per eligible household (see
     * {@link SituationIncidence#defaultTenures(SituationKind)}): e.g. an eviction threat for 1.2 % of tenants a year,
     * 0.4 % at the start.
     *
     * @return one incidence per kind of situation
     */
    public static ImmutableList<SituationIncidence> defaultIncidence() {
        return ImmutableList.of(
                SituationIncidence.builder()
                        .situation(SituationKind.EVICTION_THREAT)
                        .prevalence(0.004)
                        .perYear(0.012)
                        .putStages("DEMAND", 0.6)
                        .putStages("FILED", 0.2)
                        .putStages("HEARING_SET", 0.15)
                        .putStages("JUDGMENT", 0.05)
                        .build(),
                SituationIncidence.of(SituationKind.RENT_ARREARS, 0.01, 0.03),
                SituationIncidence.builder()
                        .situation(SituationKind.INSALUBRITY)
                        .prevalence(0.002)
                        .perYear(0.004)
                        .putStages("REPORTED", 0.7)
                        .putStages("SURVEYED", 0.3)
                        .build(),
                SituationIncidence.builder()
                        .situation(SituationKind.INSTITUTION_EXIT)
                        .prevalence(0.2)
                        .perYear(0.5)
                        .putStages("ADMITTED", 0.5)
                        .putStages("RELEASE_PLANNED", 0.5)
                        .build(),
                SituationIncidence.of(SituationKind.HOMELESSNESS, 0.5, 0.5),
                SituationIncidence.of(SituationKind.PERMANENT_HABITAT, 0.3, 0.2),
                SituationIncidence.of(SituationKind.FAMILY_RUPTURE, 0.001, 0.004));
    }

    /** The number of households, 0 or more. */
    public abstract int households();

    /** Relative weights of the communes, e.g. their numbers of households; empty: all communes weigh the same. */
    public abstract ImmutableMap<NisCode, Double> communeWeights();

    /** The compositions and their weights; empty: the default mix. */
    public abstract ImmutableList<CompositionShare> composition();

    /** The tenures and their weights; empty: the default mix. */
    public abstract ImmutableMap<Tenure, Double> tenure();

    /** The income distribution; by default a median of €2,400 a month for a single adult and a spread of 0.55. */
    @Value.Default
    public IncomeModel monthlyIncome() {
        return IncomeModel.of(240_000, 0.55);
    }

    /** The incidence of situations, at most one per kind; kinds not listed never occur. */
    public abstract ImmutableList<SituationIncidence> incidence();

    /** The compositions drawn from: {@link #composition()} or the default mix of Walloon households. */
    public ImmutableList<CompositionShare> compositionOrDefault() {
        if (!composition().isEmpty()) {
            return composition();
        }
        return ImmutableList.of(
                CompositionShare.of(1, 0, 0.36),
                CompositionShare.of(2, 0, 0.28),
                CompositionShare.of(2, 1, 0.1),
                CompositionShare.of(2, 2, 0.1),
                CompositionShare.of(2, 3, 0.04),
                CompositionShare.of(1, 1, 0.07),
                CompositionShare.of(1, 2, 0.04),
                CompositionShare.of(3, 0, 0.01));
    }

    /** The tenures drawn from: {@link #tenure()} or the default mix. */
    public ImmutableMap<Tenure, Double> tenureOrDefault() {
        if (!tenure().isEmpty()) {
            return tenure();
        }
        return ImmutableMap.<Tenure, Double>builder()
                .put(Tenure.OWNER_OCCUPIER, 0.62)
                .put(Tenure.PRIVATE_TENANT, 0.27)
                .put(Tenure.SOCIAL_TENANT, 0.07)
                .put(Tenure.AIS_TENANT, 0.006)
                .put(Tenure.PUBLIC_TENANT, 0.006)
                .put(Tenure.TRANSIT_HOUSING, 0.001)
                .put(Tenure.HOSTED, 0.008)
                .put(Tenure.INSTITUTION, 0.005)
                .put(Tenure.TOURIST_FACILITY, 0.003)
                .put(Tenure.SQUAT, 0.0005)
                .put(Tenure.NO_HOUSING, 0.0015)
                .build();
    }

    @Value.Check
    final void check() {
        Checks.atLeast(0, households(), "households", () -> "population model");
        for (Map.Entry<NisCode, Double> e : communeWeights().entrySet()) {
            Checks.that(
                    Double.isFinite(e.getValue()) && e.getValue() >= 0,
                    "communeWeights." + e.getKey(),
                    () -> "population model",
                    () -> "must be a weight >= 0, was " + e.getValue());
        }
        for (Map.Entry<Tenure, Double> e : tenure().entrySet()) {
            Checks.that(
                    Double.isFinite(e.getValue()) && e.getValue() >= 0,
                    "tenure." + e.getKey(),
                    () -> "population model",
                    () -> "must be a weight >= 0, was " + e.getValue());
        }
        Checks.that(
                tenure().isEmpty()
                        || tenure().values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .sum()
                                > 0,
                "tenure",
                () -> "population model",
                () -> "must have a weight above 0, were all 0");
        Checks.that(
                communeWeights().isEmpty()
                        || communeWeights().values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .sum()
                                > 0,
                "communeWeights",
                () -> "population model",
                () -> "must have a weight above 0, were all 0");
        Set<SituationKind> seen = EnumSet.noneOf(SituationKind.class);
        for (int i = 0; i < incidence().size(); i++) {
            SituationKind kind = incidence().get(i).situation();
            int index = i;
            Checks.that(
                    seen.add(kind),
                    "incidence[" + index + "]",
                    () -> "population model",
                    () -> "must be the only incidence of " + kind + ", was repeated");
        }
    }

    /** Builds a {@link PopulationModel}. */
    public static final class Builder extends ImmutablePopulationModel.Builder {
        Builder() {}
    }
}
