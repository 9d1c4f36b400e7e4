/** Helpers shared by the core packages; not exported. */
package be.accompaniment.internal;
