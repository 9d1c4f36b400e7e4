package be.accompaniment.actor;

import be.accompaniment.InvalidInputException;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A directory of actors, indexed to answer "who serves commune X (with service Y, of kind Z)?" in constant time.
 *
 * <p>Every query returns an immutable list ordered by {@link ActorId}, so that the same directory gives the same
 * answers whatever order the actors were added in. Building costs time proportional to the total number of
 * (actor, commune) pairs, times the services offered, plus sorting the actors once — no quadratic step — so a
 * directory of 20 000 actors serving about 20 communes each is built once and then shared between threads.
 *
 * <p>JSON form: {@code {"actors": [ {actor}, … ]}}, actors in id order. Ids must be unique.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorDirectory {
    private static final Comparator<Actor> BY_ID = Comparator.comparing(Actor::id);
    private static final ActorDirectory EMPTY = new ActorDirectory(ImmutableList.of());

    private final ImmutableList<Actor> actors;
    private final ImmutableMap<ActorId, Actor> byId;
    private final ImmutableMap<NisCode, CommuneIndex> byCommune;
    private final ImmutableSortedSet<NisCode> communes;
    private final ImmutableMap<ActorKind, ImmutableList<Actor>> byKind;
    private final int hash;

    private ActorDirectory(ImmutableList<Actor> sortedActors) {
        this.actors = sortedActors;
        ImmutableMap.Builder<ActorId, Actor> ids = ImmutableMap.builderWithExpectedSize(sortedActors.size());
        Map<NisCode, CommuneIndex.Accumulator> communes = new HashMap<>();
        EnumMap<ActorKind, ImmutableList.Builder<Actor>> kinds = new EnumMap<>(ActorKind.class);
        // actors arrive in id order, so every list built below is in id order without further sorting
        for (Actor actor : sortedActors) {
            ids.put(actor.id(), actor);
            kinds.computeIfAbsent(actor.kind(), k -> ImmutableList.builder()).add(actor);
            for (NisCode commune : actor.territory().communes()) {
                communes.computeIfAbsent(commune, c -> new CommuneIndex.Accumulator())
                        .add(actor);
            }
        }
        this.byId = ids.buildOrThrow();
        ImmutableMap.Builder<NisCode, CommuneIndex> index = ImmutableMap.builderWithExpectedSize(communes.size());
        communes.forEach((commune, acc) -> index.put(commune, acc.build()));
        this.byCommune = index.buildOrThrow();
        this.communes = ImmutableSortedSet.copyOf(byCommune.keySet());
        this.byKind = Maps.immutableEnumMap(Maps.transformValues(kinds, ImmutableList.Builder::build));
        this.hash = actors.hashCode();
    }

    /**
     * A directory of the given actors.
     *
     * @param actors the actors, in any order, with unique ids, not null
     * @return the directory
     * @throws InvalidInputException if two actors share an id; the message names the id
     */
    public static ActorDirectory of(Collection<Actor> actors) {
        Objects.requireNonNull(actors, "actors");
        if (actors.isEmpty()) {
            return EMPTY;
        }
        ImmutableList<Actor> sorted = ImmutableList.sortedCopyOf(BY_ID, actors);
        for (int i = 1; i < sorted.size(); i++) {
            ActorId id = sorted.get(i).id();
            if (id.equals(sorted.get(i - 1).id())) {
                throw new InvalidInputException(
                        "actor directory: actors", "must have unique ids, was \"" + id + "\" more than once");
            }
        }
        return new ActorDirectory(sorted);
    }

    /** The directory without any actor. */
    public static ActorDirectory empty() {
        return EMPTY;
    }

    /** A builder, to add actors one by one. */
    public static Builder builder() {
        return new Builder();
    }

    @JsonCreator
    static ActorDirectory json(@JsonProperty(value = "actors", required = true) List<Actor> actors) {
        return of(actors);
    }

    /**
     * The actor with this id.
     *
     * @param id the id, not null
     * @return the actor, or empty if the directory has none with this id
     */
    public Optional<Actor> actor(ActorId id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /** Every actor, in id order. */
    @JsonProperty("actors")
    public ImmutableList<Actor> all() {
        return actors;
    }

    /** The number of actors. */
    public int size() {
        return actors.size();
    }

    /** The communes served by at least one actor, in code order. */
    public ImmutableSortedSet<NisCode> communes() {
        return communes;
    }

    /**
     * The actors of a kind, wherever they serve, in id order.
     *
     * @param kind the kind, not null
     * @return the actors, possibly none
     */
    public ImmutableList<Actor> ofKind(ActorKind kind) {
        ImmutableList<Actor> found = byKind.get(Objects.requireNonNull(kind, "kind"));
        return found == null ? ImmutableList.of() : found;
    }

    /**
     * The actors that serve a commune, in id order.
     *
     * @param commune the commune code, not null
     * @return the actors, possibly none
     */
    public ImmutableList<Actor> serving(NisCode commune) {
        CommuneIndex index = index(commune);
        return index == null ? ImmutableList.of() : index.all;
    }

    /**
     * The actors that serve a commune with a service, in id order.
     *
     * @param commune the commune code, not null
     * @param service the service, not null
     * @return the actors, possibly none
     */
    public ImmutableList<Actor> serving(NisCode commune, ServiceKind service) {
        Objects.requireNonNull(service, "service");
        CommuneIndex index = index(commune);
        return index == null ? ImmutableList.of() : orEmpty(index.byService.get(service));
    }

    /**
     * The actors of a kind that serve a commune, in id order.
     *
     * @param commune the commune code, not null
     * @param kind the kind, not null
     * @return the actors, possibly none
     */
    public ImmutableList<Actor> serving(NisCode commune, ActorKind kind) {
        Objects.requireNonNull(kind, "kind");
        CommuneIndex index = index(commune);
        return index == null ? ImmutableList.of() : orEmpty(index.byKind.get(kind));
    }

    /**
     * The actors of a kind that serve a commune with a service, in id order.
     *
     * @param commune the commune code, not null
     * @param kind the kind, not null
     * @param service the service, not null
     * @return the actors, possibly none
     */
    public ImmutableList<Actor> serving(NisCode commune, ActorKind kind, ServiceKind service) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        CommuneIndex index = index(commune);
        if (index == null) {
            return ImmutableList.of();
        }
        Map<ServiceKind, ImmutableList<Actor>> services = index.byKindAndService.get(kind);
        return services == null ? ImmutableList.of() : orEmpty(services.get(service));
    }

    /**
     * The actors that serve at least one commune of a territory, such as a platform's area or a geographic basin, in
     * id order and each once. Takes time proportional to the answers, not constant time.
     *
     * @param territory the territory, not null
     * @return the actors, possibly none
     */
    public ImmutableList<Actor> servingAny(Territory territory) {
        Objects.requireNonNull(territory, "territory");
        Set<ActorId> seen = new HashSet<>();
        List<Actor> found = new ArrayList<>();
        for (NisCode commune : territory.communes()) {
            for (Actor actor : serving(commune)) {
                if (seen.add(actor.id())) {
                    found.add(actor);
                }
            }
        }
        return ImmutableList.sortedCopyOf(BY_ID, found);
    }

    private CommuneIndex index(NisCode commune) {
        return byCommune.get(Objects.requireNonNull(commune, "commune"));
    }

    private static ImmutableList<Actor> orEmpty(ImmutableList<Actor> list) {
        return list == null ? ImmutableList.of() : list;
    }

    /** Equal when both hold equal actors. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ActorDirectory d && d.hash == hash && d.actors.equals(actors);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The number of actors and communes served, never the actors themselves. */
    @Override
    public String toString() {
        return "ActorDirectory{" + actors.size() + " actors, " + byCommune.size() + " communes}";
    }

    /** The answers for one commune, computed once when the directory is built. */
    private static final class CommuneIndex {
        private final ImmutableList<Actor> all;
        private final Map<ActorKind, ImmutableList<Actor>> byKind;
        private final Map<ServiceKind, ImmutableList<Actor>> byService;
        private final Map<ActorKind, Map<ServiceKind, ImmutableList<Actor>>> byKindAndService;

        private CommuneIndex(Accumulator acc) {
            this.all = acc.all.build();
            this.byKind = Maps.immutableEnumMap(Maps.transformValues(acc.byKind, ImmutableList.Builder::build));
            this.byService = Maps.immutableEnumMap(Maps.transformValues(acc.byService, ImmutableList.Builder::build));
            EnumMap<ActorKind, Map<ServiceKind, ImmutableList<Actor>>> both = new EnumMap<>(ActorKind.class);
            acc.byKindAndService.forEach((kind, services) -> both.put(
                    kind, Maps.immutableEnumMap(Maps.transformValues(services, ImmutableList.Builder::build))));
            this.byKindAndService = Maps.immutableEnumMap(both);
        }

        /** Collects the actors of one commune while the directory is built. */
        private static final class Accumulator {
            private final ImmutableList.Builder<Actor> all = ImmutableList.builder();
            private final EnumMap<ActorKind, ImmutableList.Builder<Actor>> byKind = new EnumMap<>(ActorKind.class);
            private final EnumMap<ServiceKind, ImmutableList.Builder<Actor>> byService =
                    new EnumMap<>(ServiceKind.class);
            private final EnumMap<ActorKind, EnumMap<ServiceKind, ImmutableList.Builder<Actor>>> byKindAndService =
                    new EnumMap<>(ActorKind.class);

            void add(Actor actor) {
                all.add(actor);
                byKind.computeIfAbsent(actor.kind(), k -> ImmutableList.builder())
                        .add(actor);
                EnumMap<ServiceKind, ImmutableList.Builder<Actor>> ofKind =
                        byKindAndService.computeIfAbsent(actor.kind(), k -> new EnumMap<>(ServiceKind.class));
                for (ServiceKind service : actor.services()) {
                    byService
                            .computeIfAbsent(service, s -> ImmutableList.builder())
                            .add(actor);
                    ofKind.computeIfAbsent(service, s -> ImmutableList.builder())
                            .add(actor);
                }
            }

            CommuneIndex build() {
                return new CommuneIndex(this);
            }
        }
    }

    /** Collects actors for a {@link ActorDirectory}; not thread-safe. */
    public static final class Builder {
        private final List<Actor> actors = new ArrayList<>();

        Builder() {}

        /**
         * Adds an actor.
         *
         * @param actor the actor, not null
         * @return this builder
         */
        public Builder add(Actor actor) {
            actors.add(Objects.requireNonNull(actor, "actor"));
            return this;
        }

        /**
         * Adds actors.
         *
         * @param actors the actors, not null, without null elements
         * @return this builder
         */
        public Builder addAll(Iterable<Actor> actors) {
            for (Actor actor : Objects.requireNonNull(actors, "actors")) {
                add(actor);
            }
            return this;
        }

        /**
         * The directory of the actors added.
         *
         * @return the directory
         * @throws InvalidInputException if two actors share an id
         */
        public ActorDirectory build() {
            return of(actors);
        }
    }
}
