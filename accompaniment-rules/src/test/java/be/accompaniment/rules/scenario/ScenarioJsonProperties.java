package be.accompaniment.rules.scenario;

import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.json.AccompanimentJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScenarioJsonProperties {
    private static <T> void roundTrips(Gen<T> values, Class<? super T> type) {
        qt().withExamples(60)
                .forAll(values)
                .check(v ->
                        AccompanimentJson.read(AccompanimentJson.write(v), type).equals(v));
    }

    @Test
    void dayRanges() {
        roundTrips(ScenarioGenerators.dayRanges(), DayRange.class);
    }

    @Test
    void dynamics() {
        roundTrips(ScenarioGenerators.dynamics(), SituationDynamics.class);
    }

    @Test
    void behaviours() {
        roundTrips(ScenarioGenerators.behaviours(), Behaviour.class);
    }

    @Test
    void actorTemplatesAndModels() {
        roundTrips(ScenarioGenerators.actorTemplates(), ActorTemplate.class);
        roundTrips(ScenarioGenerators.actorModels(), ActorModel.class);
    }

    @Test
    void incidencesAndPopulations() {
        roundTrips(ScenarioGenerators.incidences(), SituationIncidence.class);
        roundTrips(ScenarioGenerators.populations(), PopulationModel.class);
    }

    @Test
    void territories() {
        roundTrips(ScenarioGenerators.territories(), ScenarioTerritory.class);
    }

    @Test
    void interventionsKeepTheirKind() {
        roundTrips(ScenarioGenerators.interventions(), Intervention.class);
    }

    @Test
    void scenarios() {
        qt().withExamples(30)
                .forAll(ScenarioGenerators.scenarios())
                .check(s -> Scenario.parse(s.toJson()).equals(s));
    }
}
