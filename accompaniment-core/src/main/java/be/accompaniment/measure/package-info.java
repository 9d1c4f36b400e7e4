/** TODO-DESCRIBE measure. */
@AccompanimentStyle
package be.accompaniment.measure;

import be.accompaniment.internal.AccompanimentStyle;
