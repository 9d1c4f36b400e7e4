package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The frame of a speed-dating session: how many rounds, how many tables (one encounter of two organisations per
 * table and round), and how many representatives an organisation may send — each representative can sit at one
 * table per round.
 *
 * <p>Example: {@code SpeedDatingOptions.of(4, 6)}: four rounds at six tables, one representative each. JSON form:
 * {@code {"rounds":4,"tables":6,"maxRepresentatives":2,"representatives":{"cpas-liege":2}}}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableSpeedDatingOptions.class)
@JsonDeserialize(as = ImmutableSpeedDatingOptions.class)
public abstract class SpeedDatingOptions {
    SpeedDatingOptions() {}

    /**
     * Rounds and tables, one representative per organisation.
     *
     * @param rounds the number of rounds, 1 to 100
     * @param tables the number of tables, 1 to 1000
     * @return the options
     */
    public static SpeedDatingOptions of(int rounds, int tables) {
        return builder().rounds(rounds).tables(tables).build();
    }

    /** A builder; {@code rounds} and {@code tables} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of rounds, 1 to 100. */
    public abstract int rounds();

    /** The number of tables, each hosting one encounter per round, 1 to 1000. */
    public abstract int tables();

    /** The cap of representatives per organisation, at least 1; default 1. */
    @Value.Default
    public int maxRepresentatives() {
        return 1;
    }

    /** The representatives each organisation would send, at least 1; an organisation not listed sends 1. */
    public abstract ImmutableMap<ActorId, Integer> representatives();

    /**
     * The seats an organisation takes in each round: the representatives it sends, capped.
     *
     * @param actor the organisation, not null
     * @return between 1 and {@link #maxRepresentatives()}
     */
    public int seats(ActorId actor) {
        Objects.requireNonNull(actor, "actor");
        return Math.min(representatives().getOrDefault(actor, 1), maxRepresentatives());
    }

    @Value.Check
    final void check() {
        Checks.between(1, 100, rounds(), "rounds", () -> "speed dating");
        Checks.between(1, 1000, tables(), "tables", () -> "speed dating");
        Checks.between(1, 100, maxRepresentatives(), "maxRepresentatives", () -> "speed dating");
        representatives()
                .forEach((actor, n) -> Checks.between(1, 100, n, "representatives." + actor, () -> "speed dating"));
    }

    /** Builds {@link SpeedDatingOptions}. */
    public static final class Builder extends ImmutableSpeedDatingOptions.Builder {
        Builder() {}
    }
}
