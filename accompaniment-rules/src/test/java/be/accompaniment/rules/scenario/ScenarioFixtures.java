package be.accompaniment.rules.scenario;

import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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
}
