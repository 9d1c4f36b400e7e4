package be.accompaniment.situation;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SituationLabelsTest {
    private static final String PACKAGE = "be.accompaniment.situation";

    /** The enums of the package, found among its compiled classes. */
    private static List<Class<?>> enums() throws IOException, URISyntaxException {
        Path dir = Path.of(SituationKind.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(PACKAGE.replace('.', '/'));
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().collect(Collectors.toList())) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    try {
                        Class<?> c = Class.forName(PACKAGE + "." + name.substring(0, name.length() - 6));
                        if (c.isEnum()) {
                            enums.add(c);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return enums;
    }

    @Test
    void everyConstantHasALabelInEveryLanguage() throws IOException, URISyntaxException {
        List<Class<?>> enums = enums();
        assertThat(enums).contains(SituationKind.class, EthosCategory.class, Milestone.class, EvictionStage.class);
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    assertThat(Labels.find((Enum<?>) constant, language))
                            .as(type.getSimpleName() + "." + constant + " in " + language)
                            .hasValueSatisfying(label -> assertThat(label).isNotBlank());
                }
            }
        }
    }

    @Test
    void everyLabelNamesAnExistingConstant() throws IOException, URISyntaxException {
        Set<String> keys = enums().stream()
                .flatMap(t -> java.util.Arrays.stream(t.getEnumConstants())
                        .map(c -> t.getSimpleName() + "." + ((Enum<?>) c).name()))
                .collect(Collectors.toSet());
        for (Language language : Language.values()) {
            Properties p = new Properties();
            try (InputStream in =
                    SituationKind.class.getResourceAsStream("labels_" + language.code() + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(p.stringPropertyNames()).as(language.toString()).isEqualTo(keys);
        }
    }

    @Test
    void labelsDifferBetweenFrenchAndEnglish() {
        assertThat(Labels.of(SituationKind.EVICTION_THREAT, Language.FR)).isEqualTo("Menace d'expulsion");
        assertThat(Labels.of(SituationKind.EVICTION_THREAT, Language.EN)).isEqualTo("Threat of eviction");
        assertThat(Labels.of(EthosCategory.E12_1, Language.NL)).isEqualTo("12.1 Ongeschikte woning");
    }
}
