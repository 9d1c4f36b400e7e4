package be.accompaniment.rules.scenario;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import be.accompaniment.actor.ActorKind;
import org.junit.jupiter.api.Test;

class SimulationProperties {
    /**
     * Capacity added by an intervention (twice the CPAS's, or an APL from the fourth month) never lengthens the
     * median delay to a first contact, counting households never contacted as infinitely late. Checked over seeds,
     * under both capacity policies; the simulation makes no promise household by household.
     */
    @Test
    void addingCapacityNeverIncreasesTheMedianDelayToFirstContact() {
        qt().withFixedSeed(20_260_101L)
                .withExamples(6)
                .forAll(longs().all(), booleans().all(), booleans().all())
                .check((seed, wait, addApl) -> {
                    Scenario base = ScenarioFixtures.ourthe(4000, 12, StepUnit.MONTH)
                            .actorModel(ScenarioFixtures.tight())
                            .behaviour(Behaviour.builder()
                                    .whenFull(wait ? CapacityPolicy.WAIT : CapacityPolicy.ELSEWHERE)
                                    .build())
                            .seed(seed)
                            .build();
                    Scenario more = base.withIntervention(
                            addApl
                                    ? AddActor.inBasin(
                                            ScenarioFixtures.START.plusMonths(3), ActorKind.APL, "Ourthe-Amblève", 30)
                                    : ScaleCapacity.of(ScenarioFixtures.START, ActorKind.CPAS, 2));
                    return median(more) <= median(base);
                });
    }

    @Test
    void theThreadCountNeverChangesTheResult() {
        qt().withFixedSeed(62_000L).withExamples(4).forAll(longs().all()).check(seed -> {
            Scenario s =
                    ScenarioFixtures.ourthe(1500, 8, StepUnit.WEEK).seed(seed).build();
            SimulationResult one = Simulation.builder(s).threads(1).build().run();
            SimulationResult two = Simulation.builder(s).threads(2).build().run();
            return one.toCsv().equals(two.toCsv()) && one.pathways().equals(two.pathways());
        });
    }

    private static double median(Scenario s) {
        return Simulation.builder(s)
                .threads(2)
                .keepPathways(false)
                .build()
                .run()
                .medianDaysToFirstContact();
    }
}
