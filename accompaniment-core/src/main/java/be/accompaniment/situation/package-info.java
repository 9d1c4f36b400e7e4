/** TODO-DESCRIBE situation. */
@AccompanimentStyle
package be.accompaniment.situation;

import be.accompaniment.internal.AccompanimentStyle;
