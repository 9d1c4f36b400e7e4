package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A coverage gap: an expectation of a regional model that a territory does not meet — in one commune, or in the
 * whole territory — with the actors whose presence made it apply.
 *
 * <p>Example: no APL serves the basin although an AIS does. JSON form: {@code {"expectation":{…},
 * "region":"WALLONIA","commune":"62026","triggeredBy":["ais-ourthe"]}}, {@code commune} only for an expectation of
 * every commune. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableCoverageGap.class)
@JsonDeserialize(as = ImmutableCoverageGap.class)
public abstract class CoverageGap {
    CoverageGap() {}

    /** A builder; {@code expectation} and {@code region} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The expectation not met. */
    public abstract CoverageExpectation expectation();

    /** The region of the model it comes from. */
    public abstract Region region();

    /** The commune not served, for an expectation of {@link ExpectationScope#EVERY_COMMUNE every commune}. */
    public abstract Optional<NisCode> commune();

    /** The actors of the {@linkplain CoverageExpectation#whenPresent() triggering kind}, in id order; often none. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<ActorId> triggeredBy();

    /**
     * The gap in a sentence, communes by code.
     *
     * @param language the language, not null
     * @return the sentence
     */
    public String describe(Language language) {
        return describe(language, NisCode::toString, ActorId::value);
    }

    /**
     * The gap in a sentence.
     *
     * @param language the language, not null
     * @param communeName the name to show for a commune code, not null
     * @param actorName the name to show for an actor, not null
     * @return the sentence
     */
    public String describe(
            Language language, Function<NisCode, String> communeName, Function<ActorId, String> actorName) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(communeName, "communeName");
        Objects.requireNonNull(actorName, "actorName");
        String what = expectation().what(language);
        String sentence = commune().isPresent()
                ? Messages.get(
                        language,
                        "gap.commune",
                        "what",
                        what,
                        "commune",
                        communeName.apply(commune().get()))
                : Messages.get(language, "gap.territory", "what", what);
        if (!triggeredBy().isEmpty()) {
            sentence += " "
                    + Messages.get(
                            language,
                            "gap.trigger",
                            "kind",
                            Labels.of(expectation().whenPresent().orElseThrow(), language),
                            "actors",
                            triggeredBy().stream().map(actorName).collect(Collectors.joining(", ")));
        }
        return sentence;
    }

    @Value.Check
    final void check() {
        String where = "coverage gap " + expectation().id();
        Checks.that(
                commune().isPresent() == (expectation().scope() == ExpectationScope.EVERY_COMMUNE),
                "commune",
                () -> where,
                () -> "must be given exactly for an expectation of every commune, was "
                        + commune().map(NisCode::toString).orElse("none") + " for scope "
                        + expectation().scope());
        Checks.that(
                triggeredBy().isEmpty() || expectation().whenPresent().isPresent(),
                "triggeredBy",
                () -> where,
                () -> "must be empty for an expectation without whenPresent, was " + triggeredBy());
    }

    /** Builds a {@link CoverageGap}. */
    public static final class Builder extends ImmutableCoverageGap.Builder {
        Builder() {}
    }
}
