/**
 * Rulebooks as data and the passerelle advisor that turns a household's situations into ranked, explained
 * passerelles.
 *
 * <p>A {@link be.accompaniment.rules.Rulebook} (read from JSON with {@link be.accompaniment.rules.Rulebook#parse}, or
 * built in Java) holds dated {@link be.accompaniment.rules.Parameter}s and {@link be.accompaniment.rules.Rule}s: a
 * {@link be.accompaniment.rules.Condition} from a closed vocabulary and {@link
 * be.accompaniment.rules.SuggestionTemplate}s. {@link be.accompaniment.rules.PasserelleAdvisor#compile} turns
 * rulebooks and an {@link be.accompaniment.actor.ActorDirectory} into an immutable advisor whose {@link
 * be.accompaniment.rules.Advice} lists {@link be.accompaniment.rules.Suggestion}s, each with its targets, deadline,
 * the conditions that held and the law behind it.
 *
 * <p>No method accepts or returns {@code null}; absence is an empty {@link java.util.Optional}.
 */
@AccompanimentStyle
package be.accompaniment.rules;

import be.accompaniment.internal.AccompanimentStyle;
