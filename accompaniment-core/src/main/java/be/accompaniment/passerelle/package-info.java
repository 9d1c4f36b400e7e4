/**
 * Passerelles: bridges from one actor to another for a household ({@link be.accompaniment.passerelle.Passerelle}),
 * with the household's consent ({@link be.accompaniment.passerelle.ConsentStatus}) and a lifecycle whose statuses
 * map one to one to FHIR {@code Task} statuses ({@link be.accompaniment.passerelle.PasserelleStatus}).
 *
 * <p>Every method of this package is null-hostile.
 */
@AccompanimentStyle
package be.accompaniment.passerelle;

import be.accompaniment.internal.AccompanimentStyle;
