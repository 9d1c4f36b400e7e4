package be.accompaniment.rules.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** JSON round trips of the coordination analysis' values, and the bundled data read back. */
class CoordinationJsonProperties {
    private static <T> void roundTrips(Gen<T> values, Class<T> type) {
        roundTrips(values, type, 200);
    }

    private static <T> void roundTrips(Gen<T> values, Class<T> type, int examples) {
        qt().withExamples(examples)
                .forAll(values)
                .checkAssert(value -> assertThat(AccompanimentJson.read(AccompanimentJson.write(value), type))
                        .isEqualTo(value));
    }

    @Test
    void thresholdsRoundTrip() {
        roundTrips(CoordinationAnalysisGenerators.thresholds(), HealthThresholds.class);
    }

    @Test
    void findingsRoundTrip() {
        roundTrips(CoordinationAnalysisGenerators.findings(), HealthFinding.class);
    }

    @Test
    void basinsRoundTrip() {
        roundTrips(CoordinationAnalysisGenerators.basins(), Basin.class);
    }

    @Test
    void expectationsAndModelsRoundTrip() {
        roundTrips(CoordinationAnalysisGenerators.expectations(), CoverageExpectation.class);
        roundTrips(CoordinationAnalysisGenerators.coverageModels(), CoverageModel.class);
    }

    @Test
    void demandRoundTrips() {
        roundTrips(CoordinationAnalysisGenerators.unresolvedDemand(), UnresolvedDemand.class);
        roundTrips(CoordinationAnalysisGenerators.unresolvedDemandLists().map(UnmetDemand::of), UnmetDemand.class);
    }

    @Test
    void coverageReportsRoundTrip() {
        roundTrips(CoordinationAnalysisGenerators.coverageReports(), CoverageReport.class, 50);
    }

    @Test
    void complementaritiesAndOptionsRoundTrip() {
        roundTrips(CoordinationAnalysisGenerators.complementarities(), Complementarity.class);
        roundTrips(CoordinationAnalysisGenerators.options(), SpeedDatingOptions.class);
    }

    @Test
    void schedulesRoundTrip() {
        roundTrips(CoordinationAnalysisGenerators.schedules(), SpeedDatingSchedule.class, 100);
    }

    @Test
    void bundledDataRoundTrips() {
        Complementarity table = Complementarity.bundled();
        assertThat(AccompanimentJson.read(AccompanimentJson.write(table), Complementarity.class))
                .isEqualTo(table);
        for (CoverageModel model : CoverageModel.bundled()) {
            assertThat(AccompanimentJson.read(AccompanimentJson.write(model), CoverageModel.class))
                    .isEqualTo(model);
        }
        for (Basin basin : Basins.bundled().all()) {
            assertThat(AccompanimentJson.read(AccompanimentJson.write(basin), Basin.class))
                    .isEqualTo(basin);
        }
    }

    @Test
    void aBrokenScheduleIsRefusedWithItsPath() {
        String json = "{\"name\":\"x\",\"options\":{\"rounds\":0,\"tables\":1},\"greedyScore\":0}";
        assertThatThrownBy(() -> AccompanimentJson.read(json, SpeedDatingSchedule.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo("$.options"))
                .hasMessageContaining("was 0");
        String unknown = "{\"rounds\":1,\"tables\":1,\"seats\":2}";
        assertThatThrownBy(() -> AccompanimentJson.read(unknown, SpeedDatingOptions.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("seats");
    }
}
