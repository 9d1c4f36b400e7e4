package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    @Test
    void aScenarioComparedWithItselfDiffersByNothing() {
        Scenario s = ScenarioFixtures.ourthe(1500, 4);
        Comparison c = Comparison.run(s, s, 3);
        assertThat(c.replications()).isEqualTo(3);
        Difference d = c.difference(3, AreaType.TERRITORY, "Ourthe-Amblève", Indicator.STATUS_STABILISED);
        assertThat(d.mean()).isZero();
        assertThat(d.low()).isZero();
        assertThat(d.high()).isZero();
        assertThat(d.baseline()).isEqualTo(d.intervention());
        assertThat(d.replications()).isEqualTo(3);
        List<String> lines = c.toCsv().lines().toList();
        assertThat(lines.get(0)).isEqualTo(Comparison.CSV_HEADER);
        assertThat(lines).hasSize(1 + 4 * 7 * Indicator.all().size());
    }

    @Test
    void replicationsRunUnderDifferentSeedsAndPairUp() {
        Scenario s = ScenarioFixtures.ourthe(1500, 4);
        Scenario more = s.withIntervention(ScaleCapacity.of(ScenarioFixtures.START, ActorKind.CPAS, 3));
        Comparison c = Comparison.run(s, more, 2);
        assertThat(c.baseline().get(0).scenario().seed()).isEqualTo(s.seed());
        assertThat(c.baseline().get(1).scenario().seed()).isEqualTo(Simulation.replicationSeed(s.seed(), 1));
        assertThat(c.intervention().get(1).scenario().seed())
                .isEqualTo(c.baseline().get(1).scenario().seed());
        assertThat(c.toString()).isEqualTo("Comparison[ourthe-test, 2 replications]");
    }

    @Test
    void theIntervalIsStudentsOverPairedDifferences() {
        // differences 1, 2, 3: mean 2, sd 1, t(0.975, 2) = 4.303, half-width 4.303 / sqrt(3)
        Difference d = Comparison.of(
                        List.of(result(10), result(20), result(30)), List.of(result(11), result(22), result(33)))
                .difference(0, AreaType.TERRITORY, "Ourthe-Amblève", Indicator.HOUSEHOLDS);
        assertThat(d.mean()).isEqualTo(2);
        assertThat(d.baseline()).isEqualTo(20);
        assertThat(d.intervention()).isEqualTo(22);
        assertThat(d.high() - d.mean()).isCloseTo(4.303 / Math.sqrt(3), within(1e-9));
        assertThat(Comparison.t975(1)).isEqualTo(12.706);
        assertThat(Comparison.t975(30)).isEqualTo(2.042);
        assertThat(Comparison.t975(1000)).isBetween(1.96, 1.97);
        // beyond the table, within 0.005 of the quantile (2.000 for 60 degrees, 1.980 for 120)
        assertThat(Comparison.t975(60)).isCloseTo(2.000, within(0.005));
        assertThat(Comparison.t975(120)).isCloseTo(1.980, within(0.005));
    }

    @Test
    void oneReplicationHasNoInterval() {
        Difference d = Comparison.of(List.of(result(10)), List.of(result(12)))
                .difference(0, AreaType.TERRITORY, "Ourthe-Amblève", Indicator.HOUSEHOLDS);
        assertThat(d.mean()).isEqualTo(2);
        assertThat(d.low()).isNaN();
    }

    @Test
    void refusesUnpairedResults() {
        assertThatThrownBy(() -> Comparison.of(List.of(result(1)), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("as many intervention results as baseline results, at least one, was 1 and 0");
        SimulationResult longer = Simulation.of(ScenarioFixtures.ourthe(10, 2)).run();
        assertThatThrownBy(() -> Comparison.of(List.of(result(1)), List.of(longer)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("same steps and areas, replication 0 differs");
    }

    /** A one-step result of a population of n households without situations. */
    private static SimulationResult result(int households) {
        return Simulation.builder(ScenarioFixtures.ourthe(households, 1, StepUnit.MONTH)
                        .population(
                                PopulationModel.builder().households(households).build())
                        .build())
                .threads(1)
                .build()
                .run();
    }
}
