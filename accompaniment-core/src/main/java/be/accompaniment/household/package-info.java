/**
 * Households followed by social workers: {@link be.accompaniment.household.Household} with its
 * {@link be.accompaniment.household.Member members}, incomes, tenure, dwelling and
 * {@link be.accompaniment.household.Consent consents}, and the national register number
 * {@link be.accompaniment.household.Niss}, checked and never printed.
 *
 * <p>Personal data — members' display names and national register numbers — never appears in a {@code toString()}
 * or an exception message; a household is known to the library by its pseudonymous
 * {@link be.accompaniment.household.HouseholdId}. Amounts are euro cents as {@code long}. No method accepts or returns
 * {@code null}; nothing reads the clock.
 */
@AccompanimentStyle
package be.accompaniment.household;

import be.accompaniment.internal.AccompanimentStyle;
