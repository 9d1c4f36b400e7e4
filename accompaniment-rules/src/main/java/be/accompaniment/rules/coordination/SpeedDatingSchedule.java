package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A speed-dating schedule ("speed dating" of the FLW forum): the encounters of each round, each at its table and
 * explained, among the participants of a basin or a platform, with the score of the greedy baseline it improves on.
 *
 * <p>Validation, so that a schedule read from JSON keeps the guarantees of one built by {@link MatchMaker}: every
 * encounter is within the rounds and tables, its two organisations are participants, no table hosts two encounters
 * in a round, no pair meets twice, and no organisation takes more seats in a round than it may. JSON form:
 * {@code {"name":"Liège","options":{…},"participants":[…],"encounters":[{…}],"greedyScore":52.5}}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableSpeedDatingSchedule.class)
@JsonDeserialize(as = ImmutableSpeedDatingSchedule.class)
public abstract class SpeedDatingSchedule {
    SpeedDatingSchedule() {}

    /** A builder; {@code name}, {@code options} and {@code greedyScore} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** What the session is for, e.g. the basin "Liège". */
    public abstract String name();

    /** Rounds, tables and representatives. */
    public abstract SpeedDatingOptions options();

    /** The participating organisations, in id order. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<ActorId> participants();

    /** The encounters, by round then table. */
    public abstract ImmutableList<Encounter> encounters();

    /** The score of the greedy baseline the schedule started from; the schedule's score is never lower. */
    public abstract double greedyScore();

    /** The score: the sum of the encounters' scores. */
    public double score() {
        return encounters().stream().mapToDouble(Encounter::score).sum();
    }

    /**
     * The encounters of a round, by table.
     *
     * @param round the round, from 1
     * @return the encounters, possibly none
     */
    public ImmutableList<Encounter> round(int round) {
        return encounters().stream().filter(e -> e.round() == round).collect(ImmutableList.toImmutableList());
    }

    /**
     * The organisations with a seat left in a round: a representative without a table.
     *
     * @param round the round, from 1
     * @return the organisations, in id order
     */
    public ImmutableSortedSet<ActorId> idle(int round) {
        Map<ActorId, Integer> taken = seatsTaken(round(round));
        return participants().stream()
                .filter(a -> taken.getOrDefault(a, 0) < options().seats(a))
                .collect(ImmutableSortedSet.toImmutableSortedSet(ActorId::compareTo));
    }

    /**
     * Whether two organisations meet in the schedule.
     *
     * @param a an organisation, not null
     * @param b another, not null
     */
    public boolean meets(ActorId a, ActorId b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return encounters().stream().anyMatch(e -> e.involves(a) && e.involves(b) && !a.equals(b));
    }

    /**
     * The schedule as text: a header, then each round with its tables and idle organisations.
     *
     * @param language the language, not null
     * @param name the name to show for an organisation, not null
     * @return the text, lines separated by {@code \n}, ending with one
     */
    public String report(Language language, Function<ActorId, String> name) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(name, "name");
        StringBuilder out = new StringBuilder();
        out.append(Messages.get(
                        language,
                        "speed.header",
                        "name",
                        name(),
                        "participants",
                        Messages.count(
                                language, "speed.organisations", participants().size()),
                        "rounds",
                        Messages.count(language, "speed.rounds", options().rounds()),
                        "tables",
                        Messages.count(language, "speed.tables", options().tables()),
                        "encounters",
                        Messages.count(
                                language, "speed.encounters", encounters().size()),
                        "score",
                        Formats.number(score(), language),
                        "greedy",
                        Formats.number(greedyScore(), language)))
                .append('\n');
        for (int r = 1; r <= options().rounds(); r++) {
            out.append(Messages.get(language, "speed.round", "round", Integer.toString(r)))
                    .append('\n');
            for (Encounter e : round(r)) {
                out.append("  ").append(e.explain(language, name)).append('\n');
            }
            Set<ActorId> idle = idle(r);
            if (!idle.isEmpty()) {
                out.append("  ")
                        .append(Messages.get(
                                language,
                                "speed.idle",
                                "actors",
                                idle.stream().map(name).collect(Collectors.joining(", "))))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static Map<ActorId, Integer> seatsTaken(List<Encounter> encounters) {
        Map<ActorId, Integer> taken = new HashMap<>();
        for (Encounter e : encounters) {
            taken.merge(e.first(), 1, Integer::sum);
            taken.merge(e.second(), 1, Integer::sum);
        }
        return taken;
    }

    @Value.Check
    final void check() {
        Checks.notBlank(name(), "name", this::where);
        Checks.that(
                Double.isFinite(greedyScore()) && greedyScore() >= 0,
                "greedyScore",
                this::where,
                () -> "must be a finite number >= 0, was " + greedyScore());
        Set<List<Integer>> tables = new HashSet<>();
        Set<Set<ActorId>> pairs = new HashSet<>();
        for (int i = 0; i < encounters().size(); i++) {
            Encounter e = encounters().get(i);
            String field = "encounters[" + i + "]";
            Checks.between(1, options().rounds(), e.round(), field + ".round", this::where);
            Checks.between(1, options().tables(), e.table(), field + ".table", this::where);
            Checks.that(
                    participants().contains(e.first()) && participants().contains(e.second()),
                    field,
                    this::where,
                    () -> "must pair participants, was " + e.first() + "-" + e.second());
            Checks.that(
                    tables.add(List.of(e.round(), e.table())),
                    field + ".table",
                    this::where,
                    () -> "must be free in round " + e.round() + ", was " + e.table() + " twice");
            Checks.that(
                    pairs.add(Set.of(e.first(), e.second())),
                    field,
                    this::where,
                    () -> "must not repeat a pair, was " + e.first() + "-" + e.second() + " twice");
            if (i > 0) {
                Encounter previous = encounters().get(i - 1);
                Checks.that(
                        previous.round() < e.round() || (previous.round() == e.round() && previous.table() < e.table()),
                        field,
                        this::where,
                        () -> "must be ordered by round then table, was " + e.round() + "/" + e.table() + " after "
                                + previous.round() + "/" + previous.table());
            }
        }
        for (int r = 1; r <= options().rounds(); r++) {
            int round = r;
            seatsTaken(round(r))
                    .forEach((actor, seats) -> Checks.that(
                            seats <= options().seats(actor),
                            "encounters",
                            this::where,
                            () -> "must give " + actor + " at most " + options().seats(actor) + " seats in round "
                                    + round + ", was " + seats));
        }
    }

    private String where() {
        return "speed-dating schedule " + name();
    }

    /** Name and counts. */
    @Override
    public String toString() {
        return "SpeedDatingSchedule{" + name() + ", " + participants().size() + " participants, "
                + encounters().size() + " encounters}";
    }

    /** Builds a {@link SpeedDatingSchedule}. */
    public static final class Builder extends ImmutableSpeedDatingSchedule.Builder {
        Builder() {}
    }
}
