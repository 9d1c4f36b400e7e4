package be.accompaniment.rules.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Labels of the package's enums and the sentences of its reports, in the four languages. */
class CoordinationLabelsTest {
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            Severity.class, SuccessCondition.class, HealthFindingKind.class, ExpectationScope.class, ReasonKind.class);

    @Test
    void everyConstantHasALabelInEveryLanguage() {
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    assertThat(Labels.find(constant, language))
                            .as("%s label of %s.%s", language, type.getSimpleName(), constant)
                            .hasValueSatisfying(label -> assertThat(label).isNotBlank());
                }
            }
        }
    }

    @Test
    void labelsDifferWithinAnEnum() {
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Language language : Language.values()) {
                assertThat(Arrays.stream(type.getEnumConstants()).map(c -> Labels.of(c, language)))
                        .as("%s labels of %s", language, type.getSimpleName())
                        .doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void everyLanguageHasTheSameSentences() {
        Set<String> english = Messages.keys(Language.EN);
        assertThat(english).hasSizeGreaterThan(60);
        for (Language language : Language.values()) {
            assertThat(Messages.keys(language)).as("%s sentences", language).isEqualTo(english);
            for (String key : english) {
                assertThat(Messages.get(language, key))
                        .as("%s %s", language, key)
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyFindingKindHasASentenceAndASuggestion() {
        for (HealthFindingKind kind : HealthFindingKind.values()) {
            for (Language language : Language.values()) {
                assertThat(Messages.has(language, "finding." + kind.name())).isTrue();
                assertThat(Messages.has(language, "suggestion." + kind.name())).isTrue();
            }
        }
        for (ReasonKind kind : ReasonKind.values()) {
            assertThat(Messages.has(Language.DE, "reason." + kind.name())).isTrue();
        }
        assertThat(Messages.has(Language.DE, "reason.UNKNOWN")).isFalse();
    }

    /** The singular for one, and in French for zero; the plural from two on, and for zero elsewhere. */
    @Test
    void countsTakeTheNumberOfTheirNoun() {
        assertThat(IntStream.of(0, 1, 2, 24).mapToObj(n -> Messages.count(Language.EN, "diagram.passerelles", n)))
                .containsExactly("0 passerelles", "1 passerelle", "2 passerelles", "24 passerelles");
        assertThat(IntStream.of(0, 1, 2).mapToObj(n -> Messages.count(Language.FR, "speed.rounds", n)))
                .containsExactly("0 tour", "1 tour", "2 tours");
        assertThat(IntStream.of(0, 1, 2).mapToObj(n -> Messages.count(Language.NL, "speed.tables", n)))
                .containsExactly("0 tafels", "1 tafel", "2 tafels");
        assertThat(IntStream.of(0, 1, 2).mapToObj(n -> Messages.count(Language.DE, "diagram.platforms", n)))
                .containsExactly("0 gemeinsame Plattformen", "1 gemeinsame Plattform", "2 gemeinsame Plattformen");
        // every counted noun has both forms in every language, and they differ
        for (Language language : Language.values()) {
            for (String key : Messages.keys(language)) {
                if (key.endsWith(".one")) {
                    String noun = key.substring(0, key.length() - ".one".length());
                    assertThat(Messages.count(language, noun, 1))
                            .as("%s %s", language, noun)
                            .isNotEqualTo(Messages.count(language, noun, 2).replace("2", "1"));
                }
            }
        }
    }

    @Test
    void placeholdersAreTheSameInEveryLanguage() {
        for (String key : Messages.keys(Language.EN)) {
            List<String> english = placeholders(Messages.get(Language.EN, key));
            for (Language language : Language.values()) {
                assertThat(placeholders(Messages.get(language, key)))
                        .as("%s %s", language, key)
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    private static List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{[a-z]+\\}")
                .matcher(text)
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList();
    }
}
