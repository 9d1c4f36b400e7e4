package be.accompaniment.testing;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the labels of a package's enums ({@link Labels}): every constant has a label in every language, and every
 * label names an existing constant. The enums are found among the package's compiled classes, so a new enum cannot be
 * forgotten.
 */
public final class PackageLabels {
    private PackageLabels() {}

    /**
     * The enums of the package of a class, nested ones included, in name order.
     *
     * @param anchor any class of the package, from a directory of compiled classes
     * @return the enum types
     */
    public static List<Class<?>> enumsOf(Class<?> anchor) {
        String pkg = anchor.getPackageName();
        try (Stream<Path> files = Files.list(Path.of(anchor.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(pkg.replace('.', '/')))) {
            List<Class<?>> enums = new ArrayList<>();
            for (Path f : files.sorted().collect(Collectors.toList())) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class")) {
                    Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                    if (c.isEnum()) {
                        enums.add(c);
                    }
                }
            }
            return enums;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts that every constant of every enum of the package of {@code anchor} has a label in every language. */
    public static void assertEveryConstantLabelled(Class<?> anchor) {
        for (Class<?> type : enumsOf(anchor)) {
            for (Object constant : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    assertThat(Labels.find((Enum<?>) constant, language))
                            .as(key((Enum<?>) constant) + " in " + language)
                            .hasValueSatisfying(label -> assertThat(label).isNotBlank());
                }
            }
        }
    }

    /** Asserts that the label files of the package of {@code anchor} hold only keys of existing constants. */
    public static void assertEveryLabelKnown(Class<?> anchor) {
        Set<String> keys = enumsOf(anchor).stream()
                .flatMap(t -> Arrays.stream(t.getEnumConstants()).map(c -> key((Enum<?>) c)))
                .collect(Collectors.toSet());
        for (Language language : Language.values()) {
            Properties p = new Properties();
            String file = "labels_" + language.code() + ".properties";
            try (InputStream in = anchor.getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(keys).containsAll(p.stringPropertyNames());
        }
    }

    private static String key(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.') + "." + constant.name();
    }
}
