/**
 * QuickTheories generators of valid, realistic values of the core packages, for the core's properties and the rules
 * module's: {@link be.accompaniment.testing.HouseholdGenerators} and {@link be.accompaniment.testing.SituationGenerators}.
 *
 * <p>They live in a package of their own, absent from the main code, so that the core's test jar can carry them to
 * other modules without splitting a package of the named module {@code be.accompaniment.core}. Synthetic data only.
 */
package be.accompaniment.testing;
