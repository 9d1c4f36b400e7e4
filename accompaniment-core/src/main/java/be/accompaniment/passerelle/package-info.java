/** TODO-DESCRIBE passerelle. */
@AccompanimentStyle
package be.accompaniment.passerelle;

import be.accompaniment.internal.AccompanimentStyle;
