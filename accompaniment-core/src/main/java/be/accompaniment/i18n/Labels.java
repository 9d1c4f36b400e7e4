package be.accompaniment.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Labels of enum constants in French, Dutch, German and English, for the screens of the embedding software.
 *
 * <p>Labels live beside the enums: for an enum of package {@code p}, the UTF-8 file {@code p/labels_fr.properties}
 * (and {@code _nl}, {@code _de}, {@code _en}) holds lines {@code EnumSimpleName.CONSTANT=label}. A package in
 * another named module must be opened to {@code be.accompaniment.core} for its labels to be found.
 *
 * <p>Thread-safe. Files are read once.
 */
public final class Labels {
    private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

    private Labels() {}

    /**
     * The label of an enum constant.
     *
     * @param constant the constant, not null
     * @param language the language, not null
     * @return the label
     * @throws IllegalStateException if the label is missing (a packaging error; a test guards every enum)
     */
    public static String of(Enum<?> constant, Language language) {
        return find(constant, language)
                .orElseThrow(() -> new IllegalStateException("no " + language.code() + " label for " + key(constant)));
    }

    /**
     * The label of an enum constant, if one is defined.
     *
     * @param constant the constant, not null
     * @param language the language, not null
     * @return the label, or empty
     */
    public static Optional<String> find(Enum<?> constant, Language language) {
        Objects.requireNonNull(constant, "constant");
        Objects.requireNonNull(language, "language");
        Class<?> type = constant.getDeclaringClass();
        Properties props =
                CACHE.computeIfAbsent(type.getPackageName() + "/" + language.code(), k -> load(type, language));
        return Optional.ofNullable(props.getProperty(key(constant)));
    }

    private static String key(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        String name =
                type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        return name + "." + constant.name();
    }

    /** The labels of a package in a language, read afresh (package-private for tests: the cache hides it). */
    static Properties load(Class<?> type, Language language) {
        Properties props = new Properties();
        try (InputStream in = type.getResourceAsStream("labels_" + language.code() + ".properties")) {
            if (in != null) {
                props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels of " + type.getPackageName(), e);
        }
        return props;
    }
}
