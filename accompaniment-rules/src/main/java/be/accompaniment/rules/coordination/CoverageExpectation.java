package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.law.LegalReference;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What a regional coverage model expects to find in a territory: an actor of a kind, an actor offering a service, or
 * both, in every commune or somewhere in the territory, possibly only where an actor of another kind is present.
 *
 * <p>Example: "where an AIS serves the basin, an APL should serve it too" is {@code kind APL, scope TERRITORY,
 * whenPresent AIS}, after the wish of the Bra-Na-Lux OFS at the FLW forum of 2014. JSON form:
 * {@code {"id":"wal-apl-where-ais","scope":"TERRITORY","kind":"APL","whenPresent":"AIS","note":"…",
 * "reference":{…}}}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableCoverageExpectation.class)
@JsonDeserialize(as = ImmutableCoverageExpectation.class)
public abstract class CoverageExpectation {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    CoverageExpectation() {}

    /** A builder; {@code id}, {@code scope}, {@code note} and a kind or a service are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The identifier, unique in its model: lower-case letters, digits, {@code .} and {@code -}. */
    public abstract String id();

    /** In every commune or somewhere in the territory. */
    public abstract ExpectationScope scope();

    /** The kind of actor expected, if the expectation names one. */
    public abstract Optional<ActorKind> kind();

    /** The service expected, if the expectation names one; with a kind, an actor of that kind offering it. */
    public abstract Optional<ServiceKind> service();

    /**
     * The kind whose presence makes the expectation apply: in the commune for {@link ExpectationScope#EVERY_COMMUNE},
     * in the territory for {@link ExpectationScope#TERRITORY}; empty when it always applies.
     */
    public abstract Optional<ActorKind> whenPresent();

    /** Why it is expected and where that comes from, in a sentence. */
    public abstract String note();

    /** The legal or official text behind it, if one. */
    public abstract Optional<LegalReference> reference();

    /**
     * What is expected, in words: the kind's label, "actor offering" the service's label, or both.
     *
     * @param language the language, not null
     * @return the words
     */
    public String what(Language language) {
        Objects.requireNonNull(language, "language");
        if (kind().isPresent() && service().isPresent()) {
            return Messages.get(
                    language,
                    "what.kindAndService",
                    "kind",
                    Labels.of(kind().get(), language),
                    "service",
                    Labels.of(service().get(), language));
        }
        if (kind().isPresent()) {
            return Labels.of(kind().get(), language);
        }
        return Messages.get(
                language, "what.service", "service", Labels.of(service().orElseThrow(), language));
    }

    @Value.Check
    final void check() {
        Checks.that(
                ID.matcher(id()).matches(),
                "id",
                () -> "coverage expectation",
                () -> "must be 1-64 lower-case letters, digits, . or - , was \"" + id() + "\"");
        Checks.that(
                kind().isPresent() || service().isPresent(),
                "kind",
                this::where,
                () -> "must name a kind or a service, was neither");
        Checks.notBlank(note(), "note", this::where);
    }

    private String where() {
        return "coverage expectation " + id();
    }

    /** Builds a {@link CoverageExpectation}. */
    public static final class Builder extends ImmutableCoverageExpectation.Builder {
        Builder() {}
    }
}
