package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.json.AccompanimentJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every figure an export writes is the one the result, or the comparison, gives for its step, area and measure: the
 * tidy CSV and the JSON of a run, and the CSV of a comparison, read back row by row.
 */
class ExportsTest {
    /** Made afresh for each test: PIT attributes no work done while a test class loads to any test. */
    private SimulationResult run;

    @BeforeEach
    void simulate() {
        run = Simulation.builder(ScenarioFixtures.ourthe(600, 3))
                .threads(1)
                .build()
                .run();
    }

    private static Indicator indicator(String name) {
        return Indicator.all().stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyCsvRowSaysTheFigureOfItsStepAreaAndMeasure() {
        List<String> rows = run.toCsv().lines().skip(1).toList();

        assertThat(rows)
                .hasSize(run.steps() * run.areas().size() * Indicator.all().size());
        for (String row : rows) {
            // the areas of this territory have no comma to quote
            String[] f = row.split(",", -1);
            int step = Integer.parseInt(f[0]);
            assertThat(f[1]).isEqualTo(run.days().get(step).toString());
            double v = run.value(step, AreaType.valueOf(f[2]), f[3], indicator(f[4]));
            assertThat(f[5]).as(row).isEqualTo(SimulationResult.format(v));
        }
    }

    @Test
    void everyJsonValueIsTheFigureOfItsStepAreaAndMeasure() throws Exception {
        JsonNode values = AccompanimentJson.mapper().readTree(run.toJson()).get("values");

        int series = 0;
        for (Iterator<Map.Entry<String, JsonNode>> types = values.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            for (Iterator<Map.Entry<String, JsonNode>> areas = type.getValue().fields(); areas.hasNext(); ) {
                Map.Entry<String, JsonNode> area = areas.next();
                for (Iterator<Map.Entry<String, JsonNode>> measures =
                                area.getValue().fields();
                        measures.hasNext(); ) {
                    Map.Entry<String, JsonNode> measure = measures.next();
                    double[] expected =
                            run.series(AreaType.valueOf(type.getKey()), area.getKey(), indicator(measure.getKey()));
                    JsonNode written = measure.getValue();
                    assertThat(written).hasSize(expected.length);
                    for (int t = 0; t < expected.length; t++) {
                        if (Double.isFinite(expected[t])) {
                            // six decimals at most, as in the CSV
                            assertThat(written.get(t).asDouble())
                                    .isEqualTo(Double.parseDouble(SimulationResult.format(expected[t])));
                        } else {
                            assertThat(written.get(t).isNull()).isTrue();
                        }
                    }
                    series++;
                }
            }
        }
        assertThat(series).isEqualTo(run.areas().size() * Indicator.all().size());
    }

    @Test
    void aRunKeepsThePathwaysOnlyWhenAsked() {
        SimulationResult without = Simulation.builder(ScenarioFixtures.ourthe(600, 3))
                .threads(1)
                .keepPathways(false)
                .build()
                .run();

        assertThat(run.pathwaysKept()).isTrue();
        assertThat(run.pathways()).anyMatch(p -> !p.isEmpty());
        assertThat(without.pathwaysKept()).isFalse();
        assertThat(without.pathways()).allMatch(p -> p.isEmpty());
        assertThat(without.toCsv()).isEqualTo(run.toCsv());
    }

    @Test
    void everyComparisonRowSaysTheDifferenceOfItsFigures() {
        Scenario baseline = ScenarioFixtures.ourthe(600, 3);
        Comparison c = Comparison.run(
                baseline, baseline.withIntervention(ScaleCapacity.of(ScenarioFixtures.START, ActorKind.CPAS, 3)), 2);

        List<String> rows = c.toCsv().lines().skip(1).toList();

        assertThat(rows)
                .hasSize(run.steps() * run.areas().size() * Indicator.all().size());
        int differing = 0;
        for (String row : rows) {
            String[] f = row.split(",", -1);
            Difference d = c.difference(Integer.parseInt(f[0]), AreaType.valueOf(f[2]), f[3], indicator(f[4]));
            assertThat(List.of(f).subList(5, 11))
                    .as(row)
                    .containsExactly(
                            SimulationResult.format(d.baseline()),
                            SimulationResult.format(d.intervention()),
                            SimulationResult.format(d.mean()),
                            SimulationResult.format(d.low()),
                            SimulationResult.format(d.high()),
                            Integer.toString(d.replications()));
            differing += d.mean() != 0 && !Double.isNaN(d.mean()) ? 1 : 0;
        }
        // three times the CPAS places change some figures, so that the rows are not all alike
        assertThat(differing).isPositive();
    }
}
