/**
 * The library's exception hierarchy: {@link be.accompaniment.AccompanimentException} and its three kinds.
 *
 * <p>Every package of the library is null-hostile: no method accepts or returns {@code null}; absence is an
 * empty {@link java.util.Optional} or an empty collection.
 */
package be.accompaniment;
