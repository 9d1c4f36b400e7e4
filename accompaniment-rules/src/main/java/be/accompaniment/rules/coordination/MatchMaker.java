package be.accompaniment.rules.coordination;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.coordination.PartnerNetwork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Schedules speed-dating rounds between the actors of a basin or the invitees of a platform, as the FLW forum did in
 * 2014 for the OFS of each basin: each round pairs organisations at tables so as to maximise new, complementary
 * encounters.
 *
 * <pre>{@code
 * SpeedDatingSchedule s = MatchMaker.withDefaults()
 *         .schedule("Liège", directory.servingAny(liege), network, SpeedDatingOptions.of(4, 6));
 * }</pre>
 *
 * <p>Rules: two organisations that already work together (linked in the {@link PartnerNetwork}: a shared platform
 * or passerelles exchanged) never meet; no pair meets twice; a table hosts one encounter per round; an organisation
 * takes in each round at most as many seats as it sends representatives, within the cap. The objective is the sum
 * of the encounters' {@linkplain Complementarity#score(Actor, Actor) scores}, then the number of encounters (which
 * keeps organisations busy when scores tie).
 *
 * <p>Method: a greedy construction fills each round, in turn, with the best-scoring pairs still allowed; then a
 * local search applies, until none improves the objective, moves that add an encounter at a free table, replace an
 * encounter by a better one among the seats it frees, exchange partners between two encounters of a round, or move
 * an encounter to another round to make room for a new one. Only improving moves are accepted, so the schedule is
 * never worse than the greedy baseline. Then an iterated local search perturbs the best schedule (drops a random
 * fifth of its encounters, refills, improves) a set number of times and keeps a result only if it is better. Moves
 * are visited in a fixed order and the random choices come from a seeded {@link SplittableRandom}, so the same
 * input always gives the same schedule.
 *
 * <p>Immutable and thread-safe.
 */
public final class MatchMaker {
    private static final double EPSILON = 1e-9;
    private static final int MAX_PASSES = 1000;
    /** Perturbations tried after the first local optimum, by default. */
    private static final int DEFAULT_PERTURBATIONS = 40;
    /** The seed of the perturbations, by default: the day of the FLW forum's speed dating, 26 June 2014. */
    private static final long DEFAULT_SEED = 20140626L;

    private final Complementarity complementarity;
    private final int perturbations;
    private final long seed;

    private MatchMaker(Complementarity complementarity, int perturbations, long seed) {
        this.complementarity = complementarity;
        this.perturbations = perturbations;
        this.seed = seed;
    }

    /**
     * A match-maker with a complementarity table.
     *
     * @param complementarity the table, not null
     * @return the match-maker
     */
    public static MatchMaker of(Complementarity complementarity) {
        return new MatchMaker(
                Objects.requireNonNull(complementarity, "complementarity"), DEFAULT_PERTURBATIONS, DEFAULT_SEED);
    }

    /** A match-maker with the {@linkplain Complementarity#bundled() bundled table}. */
    public static MatchMaker withDefaults() {
        return of(Complementarity.bundled());
    }

    /**
     * This match-maker with another search effort: after the first local optimum, the search removes a random
     * fifth of the encounters, refills and improves again, as many times as asked, and keeps the best schedule
     * seen. The random choices come from a {@link SplittableRandom} with the given seed, so the same seed gives the
     * same schedule.
     *
     * @param perturbations how many times to perturb, 0 to 10 000; 0 keeps the first local optimum
     * @param seed the seed of the random choices
     * @return the match-maker
     * @throws InvalidInputException if {@code perturbations} is out of range
     */
    public MatchMaker withSearch(int perturbations, long seed) {
        if (perturbations < 0 || perturbations > 10_000) {
            throw new InvalidInputException(
                    "match maker: perturbations", "must be between 0 and 10000, was " + perturbations);
        }
        return new MatchMaker(complementarity, perturbations, seed);
    }

    /** Its complementarity table. */
    public Complementarity complementarity() {
        return complementarity;
    }

    /** How many perturbations the search tries after its first local optimum. */
    public int perturbations() {
        return perturbations;
    }

    /** The seed of the search's random choices. */
    public long seed() {
        return seed;
    }

    /**
     * The schedule of a session.
     *
     * @param name what the session is for, e.g. a basin's name, not blank
     * @param participants the organisations taking part, with unique ids, not null
     * @param network who already works with whom, not null
     * @param options rounds, tables and representatives, not null
     * @return the schedule; in each round, table 1 hosts the best-scoring encounter, and so on down (ties in id
     *     order)
     * @throws InvalidInputException if two participants share an id
     */
    public SpeedDatingSchedule schedule(
            String name, Collection<Actor> participants, PartnerNetwork network, SpeedDatingOptions options) {
        Session session = new Session(participants, network, options);
        session.greedy();
        double greedy = session.score();
        session.improve();
        session.perturb(perturbations, new SplittableRandom(seed));
        return session.toSchedule(name, greedy);
    }

    /** The greedy baseline alone, without local improvement; for comparisons. */
    SpeedDatingSchedule greedy(
            String name, Collection<Actor> participants, PartnerNetwork network, SpeedDatingOptions options) {
        Session session = new Session(participants, network, options);
        session.greedy();
        return session.toSchedule(name, session.score());
    }

    /** A candidate encounter: two participants by index ({@code i < j}) and its score. */
    private record Pair(int i, int j, double score) {}

    /** The state of one scheduling: participants by index, allowed pairs, and the encounters of each round. */
    private final class Session {
        private final List<Actor> actors;
        private final SpeedDatingOptions options;
        private final int[] seats;
        private final Pair[][] pairAt;
        private final List<Pair> candidates = new ArrayList<>();
        private final List<List<Pair>> rounds = new ArrayList<>();
        private final boolean[][] used;
        private final int[][] seatsTaken;

        Session(Collection<Actor> participants, PartnerNetwork network, SpeedDatingOptions options) {
            Objects.requireNonNull(participants, "participants");
            Objects.requireNonNull(network, "network");
            this.options = Objects.requireNonNull(options, "options");
            this.actors = participants.stream()
                    .sorted(Comparator.comparing(Actor::id))
                    .toList();
            for (int i = 1; i < actors.size(); i++) {
                if (actors.get(i).id().equals(actors.get(i - 1).id())) {
                    throw new InvalidInputException(
                            "speed dating: participants",
                            "must have unique ids, was \"" + actors.get(i).id() + "\" more than once");
                }
            }
            int n = actors.size();
            seats = new int[n];
            pairAt = new Pair[n][n];
            used = new boolean[n][n];
            seatsTaken = new int[options.rounds()][n];
            for (int i = 0; i < n; i++) {
                seats[i] = options.seats(actors.get(i).id());
                for (int j = i + 1; j < n; j++) {
                    Actor a = actors.get(i);
                    Actor b = actors.get(j);
                    if (!network.worksWith(a.id(), b.id())) {
                        Pair p = new Pair(i, j, complementarity.score(a, b));
                        pairAt[i][j] = p;
                        candidates.add(p);
                    }
                }
            }
            // best first; ties in id order, so that the greedy and the search are deterministic
            candidates.sort(Comparator.comparingDouble(Pair::score)
                    .reversed()
                    .thenComparingInt(Pair::i)
                    .thenComparingInt(Pair::j));
            for (int r = 0; r < options.rounds(); r++) {
                rounds.add(new ArrayList<>());
            }
        }

        /** The sum of the scores of the encounters scheduled so far. */
        double score() {
            double sum = 0;
            for (List<Pair> round : rounds) {
                for (Pair p : round) {
                    sum += p.score();
                }
            }
            return sum;
        }

        void greedy() {
            for (int r = 0; r < options.rounds(); r++) {
                fill(r);
            }
        }

        /** Adds the best allowed pairs to a round while tables are free; whether any was added. */
        private boolean fill(int r) {
            boolean added = false;
            for (Pair p : candidates) {
                if (rounds.get(r).size() >= options.tables()) {
                    break;
                }
                if (fits(r, p)) {
                    add(r, p);
                    added = true;
                }
            }
            return added;
        }

        void improve() {
            boolean improved = true;
            for (int pass = 0; improved && pass < MAX_PASSES; pass++) {
                improved = false;
                for (int r = 0; r < options.rounds(); r++) {
                    improved |= fill(r);
                }
                improved |= replace();
                improved |= exchange();
                improved |= relocate();
            }
        }

        /**
         * Iterated local search: from the best schedule so far, drop a random fifth of the encounters (at least one),
         * refill and improve; keep the result only when it beats the best on the objective.
         */
        void perturb(int times, SplittableRandom random) {
            List<List<Pair>> best = copy();
            double bestScore = score();
            int bestCount = count();
            for (int t = 0; t < times && bestCount > 0; t++) {
                List<int[]> places = new ArrayList<>();
                for (int r = 0; r < rounds.size(); r++) {
                    for (int k = 0; k < rounds.get(r).size(); k++) {
                        places.add(new int[] {r, k});
                    }
                }
                int drop = Math.max(1, places.size() / 5);
                for (int d = 0; d < drop; d++) {
                    int pick = d + random.nextInt(places.size() - d);
                    int[] swap = places.get(d);
                    places.set(d, places.get(pick));
                    places.set(pick, swap);
                }
                List<Pair> dropped = new ArrayList<>();
                for (int d = 0; d < drop; d++) {
                    int[] place = places.get(d);
                    dropped.add(rounds.get(place[0]).get(place[1]));
                }
                for (Pair p : dropped) {
                    for (int r = 0; r < rounds.size(); r++) {
                        if (rounds.get(r).contains(p)) {
                            remove(r, p);
                        }
                    }
                }
                // the dropped pairs may not come back at once, so that the refill explores other pairs first
                dropped.forEach(p -> used[p.i()][p.j()] = true);
                greedy();
                dropped.forEach(p -> used[p.i()][p.j()] = false);
                improve();
                double s = score();
                int c = count();
                if (s > bestScore + EPSILON || (s > bestScore - EPSILON && c > bestCount)) {
                    best = copy();
                    bestScore = s;
                    bestCount = c;
                } else {
                    // so every turn, and the search, ends on the best schedule seen
                    restore(best);
                }
            }
        }

        private int count() {
            return rounds.stream().mapToInt(List::size).sum();
        }

        private List<List<Pair>> copy() {
            List<List<Pair>> copy = new ArrayList<>();
            rounds.forEach(r -> copy.add(new ArrayList<>(r)));
            return copy;
        }

        private void restore(List<List<Pair>> saved) {
            for (int r = 0; r < rounds.size(); r++) {
                for (Pair p : new ArrayList<>(rounds.get(r))) {
                    remove(r, p);
                }
            }
            for (int r = 0; r < saved.size(); r++) {
                for (Pair p : saved.get(r)) {
                    add(r, p);
                }
            }
        }

        /** Replaces an encounter by the best allowed pair among the seats it frees, when that scores higher. */
        private boolean replace() {
            boolean improved = false;
            for (int r = 0; r < options.rounds(); r++) {
                List<Pair> round = rounds.get(r);
                for (int k = 0; k < round.size(); k++) {
                    Pair current = round.get(k);
                    remove(r, current);
                    Pair better = best(r, current.score() + EPSILON);
                    if (better != null) {
                        add(r, better);
                        improved = true;
                        k = -1; // the round changed: look at it again from the start
                    } else {
                        // back in its place, so that the scan meets every encounter once
                        insert(r, k, current);
                    }
                }
            }
            return improved;
        }

        /** Exchanges partners between two encounters of a round, (a,b)+(c,d) into (a,c)+(b,d) or (a,d)+(b,c). */
        private boolean exchange() {
            boolean improved = false;
            for (int r = 0; r < options.rounds(); r++) {
                List<Pair> round = rounds.get(r);
                boolean again = true;
                while (again) {
                    again = false;
                    scan:
                    for (int x = 0; x < round.size(); x++) {
                        for (int y = x + 1; y < round.size(); y++) {
                            Pair p = round.get(x);
                            Pair q = round.get(y);
                            double before = p.score() + q.score();
                            int[][] options = {{p.i(), q.i(), p.j(), q.j()}, {p.i(), q.j(), p.j(), q.i()}};
                            for (int[] o : options) {
                                Pair u = pair(o[0], o[1]);
                                Pair v = pair(o[2], o[3]);
                                // u and v never have the same ends: that would make p and q one pair
                                if (u != null && v != null && u.score() + v.score() > before + EPSILON) {
                                    remove(r, p);
                                    remove(r, q);
                                    add(r, u);
                                    add(r, v);
                                    improved = true;
                                    again = true;
                                    break scan;
                                }
                            }
                        }
                    }
                }
            }
            return improved;
        }

        /** Moves an encounter to another round with room for it, when that lets a new encounter in. */
        private boolean relocate() {
            boolean improved = false;
            for (int r = 0; r < options.rounds(); r++) {
                List<Pair> round = rounds.get(r);
                for (int k = 0; k < round.size(); k++) {
                    Pair moved = round.get(k);
                    for (int other = 0; other < options.rounds(); other++) {
                        if (other == r
                                || rounds.get(other).size() >= options.tables()
                                || !seatFree(other, moved.i())
                                || !seatFree(other, moved.j())) {
                            continue;
                        }
                        // move first, so that the pair is used while a newcomer is sought for the freed seats
                        remove(r, moved);
                        add(other, moved);
                        Pair added = best(r, 0);
                        if (added != null) {
                            add(r, added);
                            improved = true;
                            k = -1;
                            break;
                        }
                        remove(other, moved);
                        insert(r, k, moved);
                    }
                }
            }
            return improved;
        }

        /** The best allowed pair that fits in a round and scores at least {@code minimum}, or null. */
        private Pair best(int r, double minimum) {
            if (rounds.get(r).size() >= options.tables()) {
                return null;
            }
            for (Pair p : candidates) {
                if (p.score() < minimum) {
                    return null;
                }
                if (fits(r, p)) {
                    return p;
                }
            }
            return null;
        }

        /** The allowed, unused pair of two participants in either order, or null. */
        private Pair pair(int a, int b) {
            if (a == b) {
                return null;
            }
            Pair p = pairAt[Math.min(a, b)][Math.max(a, b)];
            return p == null || used[p.i()][p.j()] ? null : p;
        }

        private boolean fits(int r, Pair p) {
            return !used[p.i()][p.j()] && seatFree(r, p.i()) && seatFree(r, p.j());
        }

        private boolean seatFree(int r, int participant) {
            return seatsTaken[r][participant] < seats[participant];
        }

        private void add(int r, Pair p) {
            insert(r, rounds.get(r).size(), p);
        }

        private void insert(int r, int position, Pair p) {
            rounds.get(r).add(position, p);
            used[p.i()][p.j()] = true;
            seatsTaken[r][p.i()]++;
            seatsTaken[r][p.j()]++;
        }

        private void remove(int r, Pair p) {
            rounds.get(r).remove(p);
            used[p.i()][p.j()] = false;
            seatsTaken[r][p.i()]--;
            seatsTaken[r][p.j()]--;
        }

        SpeedDatingSchedule toSchedule(String name, double greedyScore) {
            SpeedDatingSchedule.Builder schedule =
                    SpeedDatingSchedule.builder().name(name).options(options).greedyScore(Math.max(0, greedyScore));
            actors.forEach(a -> schedule.addParticipants(a.id()));
            for (int r = 0; r < options.rounds(); r++) {
                List<Pair> round = new ArrayList<>(rounds.get(r));
                round.sort(Comparator.comparingDouble(Pair::score)
                        .reversed()
                        .thenComparingInt(Pair::i)
                        .thenComparingInt(Pair::j));
                for (int t = 0; t < round.size(); t++) {
                    Actor a = actors.get(round.get(t).i());
                    Actor b = actors.get(round.get(t).j());
                    schedule.addEncounters(Encounter.builder()
                            .round(r + 1)
                            .table(t + 1)
                            .first(a.id())
                            .second(b.id())
                            .firstKind(a.kind())
                            .secondKind(b.kind())
                            .firstSector(a.sector())
                            .secondSector(b.sector())
                            .addAllReasons(complementarity.reasons(a, b))
                            .build());
                }
            }
            return schedule.build();
        }
    }

    /** The complementarity table's size and the search effort. */
    @Override
    public String toString() {
        return "MatchMaker{" + complementarity + ", " + perturbations + " perturbations, seed " + seed + "}";
    }
}
