package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.Sector;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One encounter of a speed-dating schedule: two organisations at a table in a round, with their kinds and sectors
 * and the reasons that make up its score.
 *
 * <p>The first organisation has the smaller id. JSON form: {@code {"round":1,"table":2,"first":"ais-ourthe",
 * "second":"apl-liege","firstKind":"AIS","secondKind":"APL","firstSector":"ASSOCIATIVE",
 * "secondSector":"ASSOCIATIVE","reasons":[{…}]}}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableEncounter.class)
@JsonDeserialize(as = ImmutableEncounter.class)
public abstract class Encounter {
    Encounter() {}

    /** A builder; every attribute but the reasons is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The round, from 1. */
    public abstract int round();

    /** The table, from 1. */
    public abstract int table();

    /** The organisation with the smaller id. */
    public abstract ActorId first();

    /** The organisation with the larger id. */
    public abstract ActorId second();

    /** The kind of the first. */
    public abstract ActorKind firstKind();

    /** The kind of the second. */
    public abstract ActorKind secondKind();

    /** The sector of the first. */
    public abstract Sector firstSector();

    /** The sector of the second. */
    public abstract Sector secondSector();

    /** Why they meet: the parts of the score. */
    public abstract ImmutableList<EncounterReason> reasons();

    /** The score: the sum of the reasons' weights. */
    public double score() {
        return reasons().stream().mapToDouble(EncounterReason::weight).sum();
    }

    /**
     * Whether an organisation takes part.
     *
     * @param actor the organisation, not null
     */
    public boolean involves(ActorId actor) {
        Objects.requireNonNull(actor, "actor");
        return first().equals(actor) || second().equals(actor);
    }

    /**
     * The encounter and its reasons in a line, e.g. "Table 1: AIS X ↔ APL Y — 4: new encounter +1, AIS ↔ APL +3".
     *
     * @param language the language, not null
     * @param name the name to show for an organisation, not null
     * @return the line
     */
    public String explain(Language language, Function<ActorId, String> name) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(name, "name");
        String reasons = reasons().stream()
                .map(r -> Messages.get(
                        language,
                        "reason." + r.kind().name(),
                        "a",
                        r.kind() == ReasonKind.SECTOR_BRIDGE
                                ? Labels.of(firstSector(), language)
                                : firstKind().name(),
                        "b",
                        r.kind() == ReasonKind.SECTOR_BRIDGE
                                ? Labels.of(secondSector(), language)
                                : secondKind().name(),
                        "weight",
                        Formats.number(r.weight(), language)))
                .collect(Collectors.joining(", "));
        return Messages.get(
                language,
                "speed.encounter",
                "table",
                Integer.toString(table()),
                "first",
                name.apply(first()),
                "second",
                name.apply(second()),
                "score",
                Formats.number(score(), language),
                "reasons",
                reasons);
    }

    @Value.Check
    final void check() {
        String where = "encounter " + first() + "-" + second();
        Checks.atLeast(1, round(), "round", () -> where);
        Checks.atLeast(1, table(), "table", () -> where);
        Checks.that(
                first().compareTo(second()) < 0,
                "second",
                () -> where,
                () -> "must come after first in id order, was " + second());
    }

    /** Round, table and the two organisations. */
    @Override
    public String toString() {
        return "Encounter{" + round() + "/" + table() + ", " + first() + "-" + second() + "}";
    }

    /** Builds an {@link Encounter}. */
    public static final class Builder extends ImmutableEncounter.Builder {
        Builder() {}
    }
}
