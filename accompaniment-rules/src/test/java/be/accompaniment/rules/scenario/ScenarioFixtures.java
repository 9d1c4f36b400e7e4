package be.accompaniment.rules.scenario;

import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;

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

    static Scenario ourthe(int households, int steps) {
        return ourthe(households, steps, StepUnit.MONTH).build();
    }
}
