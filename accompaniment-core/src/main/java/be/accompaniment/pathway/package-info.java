/** TODO-DESCRIBE pathway. */
@AccompanimentStyle
package be.accompaniment.pathway;

import be.accompaniment.internal.AccompanimentStyle;
