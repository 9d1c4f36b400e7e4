/**
 * Coordination analysis of housing actors: {@link be.accompaniment.rules.coordination.PlatformHealthAssessor} judges
 * a housing platform against the conditions of success of the Walloon practice guide and returns a
 * {@link be.accompaniment.rules.coordination.PlatformHealth}; {@link be.accompaniment.rules.coordination.CoverageAnalyzer}
 * finds the actors and services a territory lacks against a regional
 * {@link be.accompaniment.rules.coordination.CoverageModel}, the communes that depend on a single actor and the
 * unmet demand of a batch of advice; {@link be.accompaniment.rules.coordination.MatchMaker} schedules "speed dating"
 * rounds between complementary actors of a {@link be.accompaniment.rules.coordination.Basin} who do not yet work
 * together; {@link be.accompaniment.rules.coordination.Diagrams} draws partner networks and platforms as Graphviz
 * DOT and Mermaid.
 *
 * <p>Thresholds, expected models, basins and complementarity weights are parameters or data with defaults drawn from
 * the source documents, never constants hidden in code. Every result is deterministic: the same input gives the
 * same output.
 *
 * <p>Arguments and results are never null.
 */
@AccompanimentStyle
package be.accompaniment.rules.coordination;

import be.accompaniment.internal.AccompanimentStyle;
