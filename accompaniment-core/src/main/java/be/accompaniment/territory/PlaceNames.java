package be.accompaniment.territory;

import be.accompaniment.i18n.Language;
import be.accompaniment.internal.Checks;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Rules shared by the names of communes and administrative units: validation, fallback, search keys. */
final class PlaceNames {
    private static final Language[] ORDER = {Language.FR, Language.NL, Language.DE};

    private PlaceNames() {}

    /** Fails unless there is at least one name, none in English, none blank. */
    static void check(Map<Language, String> names, Supplier<String> what) {
        Checks.notEmpty(names.keySet(), "names", what);
        for (Map.Entry<Language, String> e : names.entrySet()) {
            Checks.that(
                    e.getKey() != Language.EN,
                    "names",
                    what,
                    () -> "official names exist in FR, NL and DE only, was EN \"" + e.getValue() + "\"");
            Checks.notBlank(e.getValue(), "names." + e.getKey(), what);
        }
    }

    /**
     * The name in the language asked for; else in the usual language of the place; else the first of French,
     * Dutch, German that exists.
     */
    static String pick(Map<Language, String> names, Language wanted, Language usual) {
        String name = names.get(wanted);
        if (name == null) {
            name = names.get(usual);
        }
        for (int i = 0; name == null && i < ORDER.length; i++) {
            name = names.get(ORDER[i]);
        }
        if (name == null) {
            throw new IllegalStateException("a place without a name escaped validation");
        }
        return name;
    }

    /**
     * The search form of a name: without accents, in lower case, with every run of characters other than letters
     * and digits (hyphens, typographic or straight apostrophes, spaces, dots) as one space. {@code "Mont-de-l’Enclus"}
     * and {@code "mont de l'enclus"} both become {@code "mont de l enclus"}.
     */
    static String searchForm(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String folded = fold(c);
            if (folded == null) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(folded);
                space = false;
            }
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return sb.toString();
    }

    private static String fold(char c) {
        switch (c) {
            case 'œ':
            case 'Œ':
                return "oe";
            case 'æ':
            case 'Æ':
                return "ae";
            case 'ß':
                return "ss";
            default:
                return Character.isLetterOrDigit(c) ? String.valueOf(c).toLowerCase(Locale.ROOT) : null;
        }
    }

    /**
     * The search keys under which a name is indexed: its search form; the same without a trailing qualifier in
     * parentheses, as REFNIS writes homonyms ({@code "Beveren (Sint-Niklaas)"} is found as {@code "beveren"}); and,
     * for German names, the spelling with umlauts written out ({@code "Lüttich"} is also {@code "luettich"}).
     */
    static Set<String> searchKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        addWithUmlautVariant(keys, name);
        String trimmed = name.strip();
        if (trimmed.endsWith(")") && trimmed.indexOf('(') > 0) {
            addWithUmlautVariant(keys, trimmed.substring(0, trimmed.lastIndexOf('(')));
        }
        keys.remove("");
        return keys;
    }

    private static void addWithUmlautVariant(Set<String> keys, String name) {
        keys.add(searchForm(name));
        String written = name.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue");
        keys.add(searchForm(written));
    }
}
