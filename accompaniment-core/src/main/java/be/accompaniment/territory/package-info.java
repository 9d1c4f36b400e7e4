/** Belgian administrative geography: {@link be.accompaniment.territory.NisCode}, {@link be.accompaniment.territory.Region}, {@link be.accompaniment.territory.Territory}. */
@AccompanimentStyle
package be.accompaniment.territory;

import be.accompaniment.internal.AccompanimentStyle;
