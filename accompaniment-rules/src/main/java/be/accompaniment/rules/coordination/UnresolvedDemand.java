package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.rules.Suggestion;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Demand the advisor could not resolve to any actor: a number of suggestions, for households of a commune, that
 * called for an actor of a kind or offering a service that no actor of the directory provides there — the unmet
 * demand a housing platform should hear about.
 *
 * <p>Example: {@code UnresolvedDemand.of(NisCode.parse("62026"), Optional.of(ActorKind.APL),
 * Optional.of(ServiceKind.TECHNICAL_ASSISTANCE), "wal-insalubrity-technical-help", 3)}. {@link #from(Suggestion)}
 * and {@link UnmetDemand#fromAdvice(java.util.Collection)} fill them from the passerelle advisor's advice; they carry
 * no household, only counts. JSON form: {@code {"commune":"62026","kind":"APL",
 * "service":"TECHNICAL_ASSISTANCE","rule":"wal-insalubrity-technical-help","count":3}}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableUnresolvedDemand.class)
@JsonDeserialize(as = ImmutableUnresolvedDemand.class)
public abstract class UnresolvedDemand {
    UnresolvedDemand() {}

    /**
     * Unresolved demand.
     *
     * @param commune the commune of the households, not null
     * @param kind the kind of actor sought, or empty, not null
     * @param service the service sought, or empty, not null; a kind or a service must be given
     * @param rule the id of the rule that made the suggestions, not blank
     * @param count the number of suggestions, at least 1
     * @return the demand
     */
    public static UnresolvedDemand of(
            NisCode commune, Optional<ActorKind> kind, Optional<ServiceKind> service, String rule, int count) {
        return builder()
                .commune(commune)
                .kind(kind)
                .service(service)
                .rule(rule)
                .count(count)
                .build();
    }

    /**
     * The unmet demand of one suggestion of the passerelle advisor: one suggestion, in the commune whose actors were
     * searched, for the kind and service its rule's template asks for.
     *
     * @param suggestion the suggestion, not null
     * @return the demand with a count of 1, or empty if an actor serves (the suggestion is resolved) or the referrer
     *     itself is one of the actors sought and can act on it
     */
    public static Optional<UnresolvedDemand> from(Suggestion suggestion) {
        Objects.requireNonNull(suggestion, "suggestion");
        if (!suggestion.unresolved() || suggestion.referrerIsCandidate()) {
            return Optional.empty();
        }
        return Optional.of(of(
                suggestion.commune(),
                suggestion.template().actorKind(),
                suggestion.template().service(),
                suggestion.ruleId(),
                1));
    }

    /** A builder; {@code commune}, {@code rule}, {@code count} and a kind or a service are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The commune of the households. */
    public abstract NisCode commune();

    /** The kind of actor sought, if the rule named one. */
    public abstract Optional<ActorKind> kind();

    /** The service sought, if the rule named one. */
    public abstract Optional<ServiceKind> service();

    /** The id of the rule that made the suggestions. */
    public abstract String rule();

    /** The number of suggestions left without an actor, at least 1. */
    public abstract int count();

    @Value.Check
    final void check() {
        String where = "unresolved demand " + commune();
        Checks.notBlank(rule(), "rule", () -> where);
        Checks.atLeast(1, count(), "count", () -> where);
        Checks.that(!commune().isAggregate(), "commune", () -> where, () -> "must be a commune code, was " + commune());
        Checks.that(
                kind().isPresent() || service().isPresent(),
                "kind",
                () -> where,
                () -> "must name a kind or a service, was neither");
    }

    /** Builds an {@link UnresolvedDemand}. */
    public static final class Builder extends ImmutableUnresolvedDemand.Builder {
        Builder() {}
    }
}
