package be.accompaniment.rules.scenario;

import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.RentArrears;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Small synthetic scenarios for tests. */
final class ScenarioFixtures {
    static final NisCode AYWAILLE = NisCode.parse("62009");
    static final NisCode COMBLAIN = NisCode.parse("62026");
    static final NisCode ESNEUX = NisCode.parse("62032");
    static final NisCode SPRIMONT = NisCode.parse("62100");
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private ScenarioFixtures() {}

    /** Four communes of the Ourthe and Amblève valleys, a basin of them, default actors and population. */
    static Scenario.Builder ourthe(int households, int steps, StepUnit step) {
        return Scenario.builder()
                .name("ourthe-test")
                .territory(ScenarioTerritory.ofCommunes("Ourthe-Amblève", AYWAILLE, COMBLAIN, ESNEUX, SPRIMONT))
                .addBasins(Territory.of("Ourthe-Amblève", AYWAILLE, COMBLAIN, ESNEUX, SPRIMONT))
                .startOn(START)
                .step(step)
                .steps(steps)
                .seed(42)
                .actorModel(ActorModel.walloonDefaults())
                .population(PopulationModel.withDefaults(households));
    }

    /** Actors with little capacity: CPAS and APL full quickly. */
    static ActorModel scarce() {
        return ActorModel.builder()
                .addPerCommune(ActorTemplate.of(be.accompaniment.actor.ActorKind.CPAS, 1))
                .addPerBasin(
                        ActorTemplate.of(be.accompaniment.actor.ActorKind.APL, 0.5),
                        ActorTemplate.of(be.accompaniment.actor.ActorKind.AIS, 0.5))
                .build();
    }

    /** The Walloon defaults with a quarter of their capacity: queues form but most households are reached. */
    static ActorModel tight() {
        ActorModel d = ActorModel.walloonDefaults();
        java.util.function.UnaryOperator<ActorTemplate> quarter =
                t -> t.capacityPerThousandHouseholds().isPresent()
                        ? ActorTemplate.builder()
                                .from(t)
                                .capacityPerThousandHouseholds(
                                        t.capacityPerThousandHouseholds().getAsDouble() / 4)
                                .build()
                        : t;
        return ActorModel.builder()
                .addAllPerCommune(d.perCommune().stream().map(quarter).toList())
                .addAllPerBasin(d.perBasin().stream().map(quarter).toList())
                .addAllPerRegion(d.perRegion().stream().map(quarter).toList())
                .build();
    }

    static Scenario ourthe(int households, int steps) {
        return ourthe(households, steps, StepUnit.MONTH).build();
    }

    /**
     * The same dynamics for every situation kind, set to certainties or impossibilities where a test needs them.
     *
     * @param resolve the monthly chance of resolving, accompanied or not
     * @param worsen the monthly chance of worsening, accompanied or not
     * @param repeat the chance of a repeat within the year
     * @param relocation the share of relocations among stabilisations
     */
    static List<SituationDynamics> dynamics(double resolve, double worsen, double repeat, double relocation) {
        return Arrays.stream(SituationKind.values())
                .map(k -> SituationDynamics.builder()
                        .situation(k)
                        .resolvePerMonth(resolve)
                        .resolvePerMonthAccompanied(resolve)
                        .worsenPerMonth(worsen)
                        .worsenPerMonthAccompanied(worsen)
                        .repeatWithinYear(repeat)
                        .relocationShare(relocation)
                        .build())
                .toList();
    }

    /** A listed household of Esneux, one adult born in 1975, in one situation. */
    static Household listedInEsneux(String id, Tenure tenure, Situation situation) {
        return Household.builder()
                .id(HouseholdId.of(id))
                .commune(ESNEUX)
                .tenure(tenure)
                .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1975))
                .addSituations(situation)
                .build();
    }

    /** Two months of rent arrears, €1,100, since a day. */
    static RentArrears arrears(LocalDate openedOn) {
        return RentArrears.builder()
                .openedOn(openedOn)
                .monthsOfArrears(2)
                .arrearsCents(110_000)
                .build();
    }

    /** An eviction whose judgment was served in the spring of 2026, notice given in May, executed on a day. */
    static EvictionThreat evictionOn(LocalDate execution) {
        return EvictionThreat.builder()
                .openedOn(LocalDate.of(2026, 1, 5))
                .demandOn(LocalDate.of(2026, 1, 5))
                .procedure(EvictionProcedure.REQUETE)
                .filedOn(LocalDate.of(2026, 2, 2))
                .cpasNotifiedOn(LocalDate.of(2026, 2, 6))
                .hearingOn(LocalDate.of(2026, 3, 10))
                .judgmentOn(LocalDate.of(2026, 3, 10))
                .judgmentServedOn(LocalDate.of(2026, 3, 30))
                .executionNoticeOn(LocalDate.of(2026, 5, 20))
                .executionOn(execution)
                .build();
    }

    /**
     * Dynamics where only the kinds given move: they resolve with the monthly chances given, without and with a
     * measure running; nothing worsens, comes back or relocates.
     */
    static List<SituationDynamics> resolving(Set<SituationKind> kinds, double unaccompanied, double accompanied) {
        return Arrays.stream(SituationKind.values())
                .map(k -> SituationDynamics.builder()
                        .situation(k)
                        .resolvePerMonth(kinds.contains(k) ? unaccompanied : 0)
                        .resolvePerMonthAccompanied(kinds.contains(k) ? accompanied : 0)
                        .worsenPerMonth(0)
                        .worsenPerMonthAccompanied(0)
                        .repeatWithinYear(0)
                        .relocationShare(0)
                        .build())
                .toList();
    }
}
