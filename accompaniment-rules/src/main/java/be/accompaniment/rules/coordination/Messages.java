package be.accompaniment.rules.coordination;

import be.accompaniment.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The sentences of coordination reports in French, Dutch, German and English, read once from
 * {@code messages_<code>.properties} beside this class (UTF-8). Placeholders are written {@code {name}} and replaced
 * literally, so that French apostrophes need no escaping.
 */
final class Messages {
    private static final Map<Language, Properties> BY_LANGUAGE = load();

    private Messages() {}

    /**
     * The sentence for a key with its placeholders replaced.
     *
     * @param language the language
     * @param key the key
     * @param values pairs of placeholder name and value
     * @throws IllegalStateException if the key is missing (a packaging error; a test guards every key)
     */
    static String get(Language language, String key, String... values) {
        Objects.requireNonNull(language, "language");
        String text = BY_LANGUAGE.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no " + language.code() + " message for " + key);
        }
        for (int i = 0; i + 1 < values.length; i += 2) {
            text = text.replace("{" + values[i] + "}", values[i + 1]);
        }
        return text;
    }

    /**
     * A number with its noun, from the sentences {@code <key>.one} and {@code <key>.other} with {@code {count}}
     * replaced: the singular for one, and in French for zero too (« 0 passerelle »); the plural otherwise.
     *
     * @param language the language
     * @param key the key, without its {@code .one} or {@code .other}
     * @param count the number, not negative
     */
    static String count(Language language, String key, int count) {
        boolean singular = count == 1 || (count == 0 && language == Language.FR);
        return get(language, key + (singular ? ".one" : ".other"), "count", Integer.toString(count));
    }

    /** Whether a key has a sentence in a language. */
    static boolean has(Language language, String key) {
        return BY_LANGUAGE.get(language).containsKey(key);
    }

    /** Every key of a language, for tests. */
    static Set<String> keys(Language language) {
        return BY_LANGUAGE.get(language).stringPropertyNames();
    }

    private static Map<Language, Properties> load() {
        Map<Language, Properties> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Properties props = new Properties();
            String name = "messages_" + language.code() + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            all.put(language, props);
        }
        return all;
    }
}
