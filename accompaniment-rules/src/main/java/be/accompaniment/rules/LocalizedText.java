package be.accompaniment.rules;

import be.accompaniment.i18n.Language;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A short text in the four languages the library speaks — French, Dutch, German and English — such as the title of
 * a rule or of a rulebook.
 *
 * <p>JSON: {@code {"fr":"Contacter le CPAS","nl":"Contact opnemen met het OCMW","de":"Das ÖSHZ kontaktieren",
 * "en":"Contact the CPAS"}}; all four are required and none may be blank. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocalizedText.class)
@JsonDeserialize(as = ImmutableLocalizedText.class)
public abstract class LocalizedText {
    LocalizedText() {}

    /**
     * A text in the four languages.
     *
     * @param fr the French text, not blank
     * @param nl the Dutch text, not blank
     * @param de the German text, not blank
     * @param en the English text, not blank
     * @return the text
     * @throws be.accompaniment.InvalidInputException if one of them is blank
     */
    public static LocalizedText of(String fr, String nl, String de, String en) {
        return ImmutableLocalizedText.builder().fr(fr).nl(nl).de(de).en(en).build();
    }

    /** The French text. */
    public abstract String fr();

    /** The Dutch text. */
    public abstract String nl();

    /** The German text. */
    public abstract String de();

    /** The English text. */
    public abstract String en();

    /**
     * The text in a language.
     *
     * @param language the language, not null
     * @return the text
     */
    public String in(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case FR -> fr();
            case NL -> nl();
            case DE -> de();
            case EN -> en();
        };
    }

    @Value.Check
    final void check() {
        Checks.notBlank(fr(), "fr", () -> "labels");
        Checks.notBlank(nl(), "nl", () -> "labels");
        Checks.notBlank(de(), "de", () -> "labels");
        Checks.notBlank(en(), "en", () -> "labels");
    }
}
