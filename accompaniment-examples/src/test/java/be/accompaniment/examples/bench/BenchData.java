package be.accompaniment.examples.bench;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.rules.Case;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.RulesGenerators;
import be.accompaniment.territory.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The synthetic inputs the benchmarks and their agreement test share, all reproducible from fixed seeds: the directory
 * of every Walloon and Brussels commune, generated cases in it, the twenty-rule rulebook.
 */
final class BenchData {
    /** The as-of date of every benchmark: in the Walloon winter moratorium, so the legal calendar is consulted. */
    static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    /** The seed of the directory's capacities. */
    static final long DIRECTORY_SEED = 7;

    /** The seed of the generated cases. */
    static final long CASES_SEED = 42;

    /** The number of households of a benchmark invocation. */
    static final int HOUSEHOLDS = 100_000;

    private BenchData() {}

    /** Every Walloon and Brussels commune on {@link #DAY}, at least fifteen actors serving each. */
    static ActorDirectory directory() {
        return RulesGenerators.walloniaAndBrussels(DAY, DIRECTORY_SEED);
    }

    /** The Walloon part of a directory: the actors seated in Wallonia (they serve only Walloon communes). */
    static ActorDirectory walloon(ActorDirectory directory) {
        return ActorDirectory.of(directory.all().stream()
                .filter(a -> a.seat().region() == Region.WALLONIA)
                .collect(Collectors.toList()));
    }

    /**
     * Generated cases in the communes of a directory, around {@link #DAY}: one in five with a situation of every kind,
     * four in five referred by an actor serving the commune.
     *
     * @param directory the directory whose communes to live in
     * @param count the number of cases
     * @param seed the seed
     */
    static List<Case> cases(ActorDirectory directory, int count, long seed) {
        return RulesGenerators.batch(directory, DAY, count, seed);
    }

    /** The twenty bundled-style Walloon rules of {@code twenty-rules.json}. */
    static Rulebook twentyRules() {
        try (InputStream in = BenchData.class.getResourceAsStream("twenty-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource twenty-rules.json");
            }
            return Rulebook.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
