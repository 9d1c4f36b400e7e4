/**
 * Scenarios for researchers: a seeded simulation of households' pathways over time. A {@link
 * be.accompaniment.rules.scenario.Scenario} (territory, actors, population, behaviour, interventions) runs in a
 * {@link be.accompaniment.rules.scenario.Simulation} that asks the passerelle advisor at each step; the {@link
 * be.accompaniment.rules.scenario.SimulationResult} holds every household's pathway and figures per step and area,
 * exported to tidy CSV and JSON, pseudonymised for research, compared across replications and drawn as SVG.
 *
 * <p>No method accepts or returns {@code null}. Value types are immutable and thread-safe; a simulation result is
 * immutable once returned.
 */
@AccompanimentStyle
package be.accompaniment.rules.scenario;

import be.accompaniment.internal.AccompanimentStyle;
