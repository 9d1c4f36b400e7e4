package be.accompaniment.rules.scenario;

import java.time.LocalDate;

/**
 * Follows the progress of a long simulation, e.g. to draw a progress bar. Called from the thread that runs the
 * simulation, after each step.
 */
@FunctionalInterface
public interface SimulationListener {
    /** A listener that does nothing. */
    static SimulationListener none() {
        return (step, steps, firstDay) -> {};
    }

    /**
     * A step is done.
     *
     * @param step the step just done, from 0
     * @param steps the number of steps of the run
     * @param firstDay the first day of the step
     */
    void stepDone(int step, int steps, LocalDate firstDay);
}
