/**
 * A household's pathway: an append-only, validated log of {@link be.accompaniment.pathway.PathwayEvent}s
 * ({@link be.accompaniment.pathway.Pathway}), the state it reaches ({@link be.accompaniment.pathway.PathwayState})
 * and what it achieved ({@link be.accompaniment.pathway.PathwayMetrics}: days to first contact, actors involved,
 * days to stabilisation, relocation or upgrade of the dwelling).
 *
 * <p>Every method of this package is null-hostile.
 */
@AccompanimentStyle
package be.accompaniment.pathway;

import be.accompaniment.internal.AccompanimentStyle;
