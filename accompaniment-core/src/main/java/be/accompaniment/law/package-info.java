/**
 * The primitives of rules as code: {@link be.accompaniment.law.LegalReference}, {@link be.accompaniment.law.Period}
 * and {@link be.accompaniment.law.DatedValue}, a value by effective date with its legal source.
 */
@AccompanimentStyle
package be.accompaniment.law;

import be.accompaniment.internal.AccompanimentStyle;
