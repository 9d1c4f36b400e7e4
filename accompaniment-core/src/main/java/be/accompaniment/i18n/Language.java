package be.accompaniment.i18n;

import java.util.Locale;

/** A language in which the library gives labels: Belgium's three official languages and English. */
public enum Language {
    /** French. */
    FR,
    /** Dutch. */
    NL,
    /** German. */
    DE,
    /** English. */
    EN;

    /** The ISO 639-1 code, e.g. {@code "fr"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locale of the language. */
    public Locale locale() {
        return Locale.forLanguageTag(code());
    }
}
