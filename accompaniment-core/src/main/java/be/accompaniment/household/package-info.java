/** TODO-DESCRIBE household. */
@AccompanimentStyle
package be.accompaniment.household;

import be.accompaniment.internal.AccompanimentStyle;
