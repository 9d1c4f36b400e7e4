/** TODO-DESCRIBE actor. */
@AccompanimentStyle
package be.accompaniment.actor;

import be.accompaniment.internal.AccompanimentStyle;
