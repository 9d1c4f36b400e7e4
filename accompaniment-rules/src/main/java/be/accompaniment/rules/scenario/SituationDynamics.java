package be.accompaniment.rules.scenario;

import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How a kind of situation evolves in a simulation, per month: the probability that it worsens (moves one stage on,
 * e.g. an eviction threat reaches court) and that it is resolved, without and with accompaniment; the probability
 * that a resolved situation comes back within a year; and the share of resolutions that are a move to other housing
 * rather than staying (with the dwelling upgraded when it was unfit).
 *
 * <p>Procedural steps with a legal date (a hearing, a judgment's service, an eviction, a release) follow the legal
 * calendar, not these probabilities. JSON: {@code {"situation":"EVICTION_THREAT","worsenPerMonth":0.3,
 * "worsenPerMonthAccompanied":0.15,"resolvePerMonth":0.05,"resolvePerMonthAccompanied":0.2,"repeatWithinYear":0.15,
 * "relocationShare":0.3}}; every probability defaults to {@link #defaults(SituationKind)}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSituationDynamics.class)
@JsonDeserialize(as = ImmutableSituationDynamics.class)
public abstract class SituationDynamics {
    SituationDynamics() {}

    /** A builder; only {@code situation} is required, the rest defaults to the kind's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default dynamics of a kind: illustrative monthly probabilities, not observed figures, chosen so that
     * accompaniment slows worsening and speeds resolution.
     *
     * @param kind the kind, not null
     * @return the dynamics
     */
    public static SituationDynamics defaults(SituationKind kind) {
        return builder().situation(kind).build();
    }

    /** The kind of situation. */
    public abstract SituationKind situation();

    /** Monthly probability of moving one stage on without accompaniment, 0 to 1. */
    @Value.Default
    public double worsenPerMonth() {
        return switch (situation()) {
            case EVICTION_THREAT -> 0.3;
            case RENT_ARREARS -> 0.15;
            case INSALUBRITY -> 0.15;
            case INSTITUTION_EXIT -> 0.2;
            case HOMELESSNESS, PERMANENT_HABITAT -> 0.05;
            case FAMILY_RUPTURE -> 0.2;
        };
    }

    /** Monthly probability of moving one stage on while accompanied, 0 to 1. */
    @Value.Default
    public double worsenPerMonthAccompanied() {
        return switch (situation()) {
            case EVICTION_THREAT -> 0.15;
            case RENT_ARREARS -> 0.05;
            case INSALUBRITY -> 0.3;
            case INSTITUTION_EXIT -> 0.3;
            case HOMELESSNESS, PERMANENT_HABITAT -> 0.1;
            case FAMILY_RUPTURE -> 0.1;
        };
    }

    /**
     * Monthly probability of resolution without accompaniment, 0 to 1. For an institution exit, the probability that
     * housing is found before release; the situation then ends on the release day.
     */
    @Value.Default
    public double resolvePerMonth() {
        return switch (situation()) {
            case EVICTION_THREAT -> 0.05;
            case RENT_ARREARS -> 0.1;
            case INSALUBRITY -> 0.02;
            case INSTITUTION_EXIT -> 0.02;
            case HOMELESSNESS -> 0.03;
            case PERMANENT_HABITAT -> 0.01;
            case FAMILY_RUPTURE -> 0.05;
        };
    }

    /** Monthly probability of resolution while accompanied, 0 to 1. */
    @Value.Default
    public double resolvePerMonthAccompanied() {
        return switch (situation()) {
            case EVICTION_THREAT -> 0.2;
            case RENT_ARREARS -> 0.3;
            case INSALUBRITY -> 0.1;
            case INSTITUTION_EXIT -> 0.1;
            case HOMELESSNESS -> 0.12;
            case PERMANENT_HABITAT -> 0.06;
            case FAMILY_RUPTURE -> 0.2;
        };
    }

    /** Probability that a resolved situation of this kind comes back within a year, 0 to 1. */
    @Value.Default
    public double repeatWithinYear() {
        return switch (situation()) {
            case EVICTION_THREAT -> 0.15;
            case RENT_ARREARS -> 0.25;
            case INSALUBRITY -> 0.05;
            case INSTITUTION_EXIT -> 0.1;
            case HOMELESSNESS -> 0.2;
            case PERMANENT_HABITAT -> 0.02;
            case FAMILY_RUPTURE -> 0.1;
        };
    }

    /**
     * Share of resolutions that are a move to other housing rather than staying, 0 to 1. Homelessness, permanent
     * habitat and family ruptures that reached their second stage always end in a move.
     */
    @Value.Default
    public double relocationShare() {
        return switch (situation()) {
            case EVICTION_THREAT -> 0.3;
            case RENT_ARREARS -> 0.05;
            case INSALUBRITY -> 0.4;
            case INSTITUTION_EXIT, HOMELESSNESS, PERMANENT_HABITAT -> 1;
            case FAMILY_RUPTURE -> 0.5;
        };
    }

    /**
     * The probability of an event over a step of some days, from its monthly probability (constant hazard over a
     * 30-day month).
     *
     * @param perMonth the monthly probability
     * @param days the step's length in days
     * @return the probability over the step
     */
    static double overDays(double perMonth, long days) {
        if (perMonth >= 1) {
            return 1;
        }
        return 1 - StrictMath.pow(1 - perMonth, days / 30.0);
    }

    @Value.Check
    final void check() {
        ScenarioChecks.probability(worsenPerMonth(), "worsenPerMonth", this::describe);
        ScenarioChecks.probability(worsenPerMonthAccompanied(), "worsenPerMonthAccompanied", this::describe);
        ScenarioChecks.probability(resolvePerMonth(), "resolvePerMonth", this::describe);
        ScenarioChecks.probability(resolvePerMonthAccompanied(), "resolvePerMonthAccompanied", this::describe);
        ScenarioChecks.probability(repeatWithinYear(), "repeatWithinYear", this::describe);
        ScenarioChecks.probability(relocationShare(), "relocationShare", this::describe);
    }

    private String describe() {
        return "dynamics " + situation();
    }

    /** Builds a {@link SituationDynamics}. */
    public static final class Builder extends ImmutableSituationDynamics.Builder {
        Builder() {}
    }
}
