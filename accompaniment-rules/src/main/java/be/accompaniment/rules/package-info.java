/**
 * Rulebooks as data and the passerelle advisor that turns a household's situations into ranked, explained
 * passerelles.
 */
@AccompanimentStyle
package be.accompaniment.rules;

import be.accompaniment.internal.AccompanimentStyle;
