/** TODO-DESCRIBE coordination. */
@AccompanimentStyle
package be.accompaniment.coordination;

import be.accompaniment.internal.AccompanimentStyle;
