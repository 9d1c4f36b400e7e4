package be.accompaniment.actor;

import be.accompaniment.i18n.Language;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated actors and directories for property tests, reusable by other packages. Synthetic data only: commune codes
 * are real, names are made up.
 */
public final class ActorGenerators {
    /** Walloon communes: Ourthe-Amblève, Liège, Namur, Gembloux-Fosses, Ath, Huy-Waremme, and German-speaking Eupen. */
    public static final ImmutableList<NisCode> WALLONIA_POOL =
            codes(62032, 62009, 62026, 62100, 62063, 62096, 92094, 92142, 92048, 51004, 61031, 64074, 63023);
    /** Brussels communes: Anderlecht, Brussels, Ixelles, Molenbeek, Saint-Gilles, Schaerbeek. */
    public static final ImmutableList<NisCode> BRUSSELS_POOL = codes(21001, 21004, 21009, 21012, 21013, 21015);
    /** Flemish communes: Antwerp, Leuven, Ghent. */
    public static final ImmutableList<NisCode> FLANDERS_POOL = codes(11002, 24062, 44021);

    private static final List<ActorKind> KINDS = List.of(ActorKind.values());
    private static final List<ServiceKind> SERVICES = List.of(ServiceKind.values());
    private static final List<Language> LANGUAGES = List.of(Language.values());
    private static final List<Sector> SECTORS = List.of(Sector.values());

    private ActorGenerators() {}

    /** The communes of the pool of a region. */
    public static ImmutableList<NisCode> pool(Region region) {
        return switch (region) {
            case WALLONIA -> WALLONIA_POOL;
            case BRUSSELS_CAPITAL -> BRUSSELS_POOL;
            case FLANDERS -> FLANDERS_POOL;
        };
    }

    /** Communes from the three pools. */
    public static Gen<NisCode> communes() {
        List<NisCode> all = new ArrayList<>(WALLONIA_POOL);
        all.addAll(BRUSSELS_POOL);
        all.addAll(FLANDERS_POOL);
        return Generate.pick(all);
    }

    /** Actor ids such as {@code "ais-417"}. */
    public static Gen<ActorId> actorIds() {
        return Generate.pick(KINDS)
                .zip(Generate.range(0, 999), (k, n) -> ActorId.of(k.name().toLowerCase() + "-" + n));
    }

    /** Valid actors with random ids, kinds, territories from the pools, and optional parts present or not. */
    public static Gen<Actor> actors() {
        return actors(actorIds());
    }

    /** Valid actors with ids from the given generator. */
    public static Gen<Actor> actors(Gen<ActorId> ids) {
        return in -> actor(in, ids.generate(in));
    }

    /** Lists of up to {@code max} valid actors with unique ids, in random id order. */
    public static Gen<List<Actor>> actorLists(int max) {
        return in -> {
            int size = Generate.range(0, max).generate(in);
            List<Actor> actors = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ActorKind kind = Generate.pick(KINDS).generate(in);
                // a random prefix keeps id order unrelated to generation order; the index keeps ids unique
                String prefix =
                        kind.name().toLowerCase() + Generate.range(0, 99).generate(in);
                actors.add(actor(in, ActorId.of(prefix + "-" + i), kind));
            }
            return actors;
        };
    }

    /** Directories of up to 40 actors serving communes of the pools, so that actors overlap. */
    public static Gen<ActorDirectory> directories() {
        return actorLists(40).map(ActorDirectory::of);
    }

    /**
     * Some distinct elements of a list, between {@code min} and {@code max} of them, in list order.
     *
     * @param from the candidates
     * @param min the fewest, at most {@code from.size()}
     * @param max the most; capped at {@code from.size()}
     */
    public static <T> Gen<List<T>> someOf(List<T> from, int min, int max) {
        return in -> {
            int count = Generate.range(min, Math.min(max, from.size())).generate(in);
            List<Integer> indexes =
                    new ArrayList<>(IntStream.range(0, from.size()).boxed().toList());
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int pick = Generate.range(0, indexes.size() - 1).generate(in);
                chosen.add(indexes.remove(pick));
            }
            Collections.sort(chosen);
            return chosen.stream().map(from::get).toList();
        };
    }

    private static Actor actor(RandomnessSource in, ActorId id) {
        return actor(in, id, Generate.pick(KINDS).generate(in));
    }

    private static Actor actor(RandomnessSource in, ActorId id, ActorKind kind) {
        Region region = Generate.pick(List.copyOf(kind.regions())).generate(in);
        List<NisCode> communes = someOf(pool(region), 1, 5).generate(in);
        Actor.Builder b = Actor.builder()
                .id(id)
                .name(kind.name() + " " + id.value())
                .kind(kind)
                .territory(Territory.of("served by " + id, communes))
                .seat(Generate.pick(communes).generate(in));
        if (Generate.range(0, 4).generate(in) == 0) {
            b.sector(Generate.pick(SECTORS).generate(in));
        }
        if (Generate.booleans().generate(in)) {
            b.addAllServices(someOf(SERVICES, 1, 4).generate(in));
        }
        if (Generate.booleans().generate(in)) {
            b.addAllLanguages(someOf(LANGUAGES, 1, 4).generate(in));
        }
        if (Generate.booleans().generate(in)) {
            int capacity = Generate.range(0, 60).generate(in);
            b.capacity(capacity);
            if (Generate.booleans().generate(in)) {
                b.openPlaces(Generate.range(0, capacity).generate(in));
            }
        } else if (Generate.range(0, 3).generate(in) == 0) {
            b.openPlaces(Generate.range(0, 10).generate(in));
        }
        return b.build();
    }

    /**
     * A large synthetic set of actors, reproducible from a seed: each actor serves a run of consecutive communes from
     * a synthetic list of codes of its region (Wallonia: 19 arrondissements of 40 communes each).
     *
     * @param count the number of actors, e.g. 20 000
     * @param communesPerActor the number of communes each serves, e.g. 20
     * @param seed the seed
     */
    public static List<Actor> synthetic(int count, int communesPerActor, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Region, List<NisCode>> pools = new EnumMap<>(Region.class);
        pools.put(
                Region.WALLONIA,
                syntheticCodes(25, 51, 52, 53, 55, 56, 57, 58, 61, 62, 63, 64, 81, 82, 83, 84, 85, 91, 92));
        pools.put(Region.FLANDERS, syntheticCodes(11, 12, 13, 23, 24, 31, 32, 33, 34, 35, 36, 37, 38, 41, 42, 43, 44));
        pools.put(
                Region.BRUSSELS_CAPITAL,
                IntStream.rangeClosed(1, 19)
                        .mapToObj(n -> NisCode.of(21_000 + n))
                        .toList());
        ActorKind[] kinds = ActorKind.values();
        List<Actor> actors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ActorKind kind = kinds[random.nextInt(kinds.length)];
            List<Region> regions = List.copyOf(kind.regions());
            List<NisCode> pool = pools.get(regions.get(random.nextInt(regions.size())));
            int size = Math.min(communesPerActor, pool.size());
            int start = random.nextInt(pool.size() - size + 1);
            List<NisCode> communes = pool.subList(start, start + size);
            int capacity = random.nextInt(100);
            actors.add(Actor.builder()
                    .id(ActorId.of(String.format("%s-%05d", kind.name().toLowerCase(), i)))
                    .name(kind + " " + i)
                    .kind(kind)
                    .territory(Territory.of("area " + i, communes))
                    .seat(communes.get(0))
                    .capacity(capacity)
                    .openPlaces(random.nextInt(capacity + 1))
                    .build());
        }
        return actors;
    }

    private static List<NisCode> syntheticCodes(int... arrondissements) {
        List<NisCode> codes = new ArrayList<>();
        for (int a : arrondissements) {
            for (int n = 1; n <= 40; n++) {
                codes.add(NisCode.of(a * 1000 + n));
            }
        }
        return codes;
    }

    private static ImmutableList<NisCode> codes(int... codes) {
        return Arrays.stream(codes).mapToObj(NisCode::of).collect(ImmutableList.toImmutableList());
    }
}
