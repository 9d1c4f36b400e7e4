package be.accompaniment.law;

import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a legal or official text: its title, optionally the article and a public address.
 *
 * <p>Example: {@code LegalReference.of("Code judiciaire", "art. 1344ter")}. {@code verified} is false for values
 * the project has not checked against the official text (they are flagged "unverified" in rulebooks).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableLegalReference.class)
@JsonDeserialize(as = ImmutableLegalReference.class)
public abstract class LegalReference {
    LegalReference() {}

    /**
     * A reference to a whole text.
     *
     * @param title the title of the text, not blank
     * @return the reference
     */
    public static LegalReference of(String title) {
        return builder().title(title).build();
    }

    /**
     * A reference to an article of a text.
     *
     * @param title the title of the text, not blank
     * @param article the article, e.g. {@code "art. 1344ter"}, not blank
     * @return the reference
     */
    public static LegalReference of(String title, String article) {
        return builder().title(title).article(article).build();
    }

    /** A builder for references with an address or the unverified flag. */
    public static Builder builder() {
        return new Builder();
    }

    /** Title of the text, e.g. "Code bruxellois du Logement". */
    public abstract String title();

    /** Article or section, e.g. "art. 233duodecies". */
    public abstract Optional<String> article();

    /** Public address of the text or of the source that states it. */
    public abstract Optional<String> url();

    /** Whether the project checked this reference against the official text; false means "unverified". */
    @Value.Default
    public boolean verified() {
        return true;
    }

    /** Title and article, as a citation: {@code "Code judiciaire, art. 1344ter"}. */
    public String citation() {
        return article().map(a -> title() + ", " + a).orElse(title());
    }

    @Value.Check
    final void check() {
        Checks.notBlank(title(), "title", () -> "legal reference");
        article().ifPresent(a -> Checks.notBlank(a, "article", () -> "legal reference " + title()));
        url().ifPresent(u -> Checks.notBlank(u, "url", () -> "legal reference " + title()));
    }

    @Override
    public String toString() {
        return verified() ? citation() : citation() + " (unverified)";
    }

    /** Builds a {@link LegalReference}. */
    public static final class Builder extends ImmutableLegalReference.Builder {
        Builder() {}
    }
}
