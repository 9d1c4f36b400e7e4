/** Labels of every enum constant in French, Dutch, German and English: {@link be.accompaniment.i18n.Labels}. */
package be.accompaniment.i18n;
