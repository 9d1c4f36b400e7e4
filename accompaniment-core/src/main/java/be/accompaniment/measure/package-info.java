/**
 * Accompaniment measures: what an actor does with a household ({@link be.accompaniment.measure.MeasureKind}), who
 * does it, when it started and ended, and where it stands ({@link be.accompaniment.measure.MeasureStatus}), as an
 * immutable {@link be.accompaniment.measure.Measure}.
 *
 * <p>Every method of this package is null-hostile.
 */
@AccompanimentStyle
package be.accompaniment.measure;

import be.accompaniment.internal.AccompanimentStyle;
