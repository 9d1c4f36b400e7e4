/**
 * Belgian administrative geography: NIS codes ({@link be.accompaniment.territory.NisCode}), communes
 * ({@link be.accompaniment.territory.Commune}) and the regions, provinces and arrondissements above them
 * ({@link be.accompaniment.territory.AdministrativeUnit}), the date-aware {@link be.accompaniment.territory.Gazetteer}
 * that lists them (bundled from Statbel's REFNIS code list, with the mergers of 2019 and 2025), and
 * {@link be.accompaniment.territory.Territory}, a named set of communes.
 *
 * <p>Arguments are never null; absence is an empty {@code Optional} or an empty list. Every dated query takes the
 * day it is about and never reads the clock.
 */
@AccompanimentStyle
package be.accompaniment.territory;

import be.accompaniment.internal.AccompanimentStyle;
