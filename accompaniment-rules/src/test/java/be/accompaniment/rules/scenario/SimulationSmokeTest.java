package be.accompaniment.rules.scenario;

import org.junit.jupiter.api.Test;

class SimulationSmokeTest {
    @Test
    void runs() {
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            SimulationResult r = Simulation.builder(
                            ScenarioFixtures.ourthe(100000, 52, StepUnit.WEEK).build())
                    .threads(2)
                    .build()
                    .run();
            System.out.println("ms " + (System.nanoTime() - t0) / 1e6 + " median " + r.medianDaysToFirstContact()
                    + " made " + r.total(Indicator.PASSERELLES_MADE));
        }
    }
}
