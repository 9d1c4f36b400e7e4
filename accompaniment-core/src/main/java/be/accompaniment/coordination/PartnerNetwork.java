package be.accompaniment.coordination;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The partnership network of a territory: an undirected graph whose nodes are actors and whose edges link two
 * actors that work together, weighted by a {@link Partnership} — the platforms they share and the passerelles they
 * exchanged.
 *
 * <p>Built from housing platforms (every two members of a platform are linked) and from declared collaborations.
 * Nodes, partners and edges iterate in {@link ActorId} order, so the same input gives the same network whatever the
 * order it was added in. Match-making ("speed dating") looks for complementary actors that are <em>not</em> linked.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartnerNetwork {
    private static final PartnerNetwork EMPTY = new Builder().build();

    private final ImmutableValueGraph<ActorId, Partnership> graph;
    private final ImmutableSortedSet<ActorId> nodes;
    private final ImmutableList<EndpointPair<ActorId>> edges;

    private PartnerNetwork(
            ImmutableValueGraph<ActorId, Partnership> graph, ImmutableList<EndpointPair<ActorId>> edges) {
        this.graph = graph;
        this.nodes = ImmutableSortedSet.copyOf(graph.nodes());
        this.edges = edges;
    }

    /**
     * The network of the members of some platforms: every two organisations that were ever members of the same
     * platform are linked.
     *
     * @param platforms the platforms, not null
     * @return the network
     */
    public static PartnerNetwork of(Collection<Platform> platforms) {
        Builder builder = builder();
        for (Platform p : Objects.requireNonNull(platforms, "platforms")) {
            builder.addPlatform(p);
        }
        return builder.build();
    }

    /** The network without any actor. */
    public static PartnerNetwork empty() {
        return EMPTY;
    }

    /** A builder, to add platforms, collaborations and lone actors. */
    public static Builder builder() {
        return new Builder();
    }

    /** The actors, in id order. */
    public ImmutableSortedSet<ActorId> nodes() {
        return nodes;
    }

    /**
     * The links, each once, as unordered pairs like those of {@link #graph()}; listed by smaller id, then larger id.
     * As with any unordered {@link EndpointPair}, {@code nodeU()} may be either end.
     */
    public ImmutableList<EndpointPair<ActorId>> edges() {
        return edges;
    }

    /**
     * The actors an actor works with, in id order.
     *
     * @param actor the actor, not null
     * @return its partners; none if the actor is not in the network
     */
    public ImmutableSortedSet<ActorId> partners(ActorId actor) {
        Objects.requireNonNull(actor, "actor");
        return graph.nodes().contains(actor)
                ? ImmutableSortedSet.copyOf(graph.adjacentNodes(actor))
                : ImmutableSortedSet.of();
    }

    /**
     * Whether two actors work together.
     *
     * @param a an actor, not null
     * @param b another actor, not null
     */
    public boolean worksWith(ActorId a, ActorId b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return graph.hasEdgeConnecting(a, b);
    }

    /**
     * What links two actors.
     *
     * @param a an actor, not null
     * @param b another actor, not null
     * @return the partnership, or empty if they do not work together
     */
    public Optional<Partnership> partnership(ActorId a, ActorId b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return graph.edgeValue(a, b);
    }

    /** The graph itself, for graph algorithms (components, centrality); nodes iterate in id order. */
    public ImmutableValueGraph<ActorId, Partnership> graph() {
        return graph;
    }

    /** Equal when both have the same actors and the same partnerships. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PartnerNetwork n && n.graph.equals(graph);
    }

    @Override
    public int hashCode() {
        return graph.hashCode();
    }

    /** The number of actors and links. */
    @Override
    public String toString() {
        return "PartnerNetwork{" + nodes.size() + " actors, " + edges.size() + " partnerships}";
    }

    /** Collects platforms and collaborations for a {@link PartnerNetwork}; not thread-safe. */
    public static final class Builder {
        private final Set<ActorId> actors = new TreeSet<>();
        // keyed by the pair with the smaller id first
        private final Map<ActorId, Map<ActorId, Link>> links = new TreeMap<>();

        Builder() {}

        /**
         * Adds an actor, linked to no one yet.
         *
         * @param actor the actor, not null
         * @return this builder
         */
        public Builder addActor(ActorId actor) {
            actors.add(Objects.requireNonNull(actor, "actor"));
            return this;
        }

        /**
         * Adds a platform: links every two organisations that were ever members of it, including resource persons'
         * organisations and members that left.
         *
         * @param platform the platform, not null
         * @return this builder
         */
        public Builder addPlatform(Platform platform) {
            Objects.requireNonNull(platform, "platform");
            return link(platform.id(), List.copyOf(platform.memberIds()));
        }

        /**
         * Adds a platform as it was on a day: links every two organisations that were members of it that day.
         *
         * @param platform the platform, not null
         * @param day the day, not null
         * @return this builder
         */
        public Builder addPlatform(Platform platform, LocalDate day) {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(day, "day");
            return link(platform.id(), List.copyOf(platform.membersOn(day)));
        }

        /**
         * Adds a collaboration between two actors, e.g. passerelles they exchanged; collaborations of the same two
         * actors add up.
         *
         * @param a an actor, not null
         * @param b another actor, not null
         * @param passerellesExchanged the number of passerelles exchanged, at least 0
         * @return this builder
         * @throws InvalidInputException if {@code a} equals {@code b} or the number is negative
         */
        public Builder addCollaboration(ActorId a, ActorId b, int passerellesExchanged) {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            if (a.equals(b)) {
                throw new InvalidInputException(
                        "partner network: collaboration", "must link two different actors, was " + a + " twice");
            }
            if (passerellesExchanged < 0) {
                throw new InvalidInputException(
                        "partner network: collaboration " + a + "-" + b + ": passerellesExchanged",
                        "must be >= 0, was " + passerellesExchanged);
            }
            link(a, b).passerelles += passerellesExchanged;
            return this;
        }

        private Builder link(PlatformId platform, List<ActorId> members) {
            actors.addAll(members);
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    link(members.get(i), members.get(j)).platforms.add(platform);
                }
            }
            return this;
        }

        private Link link(ActorId a, ActorId b) {
            actors.add(a);
            actors.add(b);
            ActorId low = a.compareTo(b) < 0 ? a : b;
            ActorId high = low == a ? b : a;
            return links.computeIfAbsent(low, k -> new TreeMap<>()).computeIfAbsent(high, k -> new Link());
        }

        /**
         * The network of what was added.
         *
         * @return the network
         */
        public PartnerNetwork build() {
            MutableValueGraph<ActorId, Partnership> graph = ValueGraphBuilder.undirected()
                    .allowsSelfLoops(false)
                    .nodeOrder(ElementOrder.<ActorId>natural())
                    .incidentEdgeOrder(ElementOrder.stable())
                    .build();
            actors.forEach(graph::addNode);
            ImmutableList.Builder<EndpointPair<ActorId>> edges = ImmutableList.builder();
            // links are visited in (smaller id, larger id) order, so the edge list needs no sorting
            links.forEach((low, highs) -> highs.forEach((high, link) -> {
                graph.putEdgeValue(
                        low,
                        high,
                        Partnership.builder()
                                .addAllSharedPlatforms(link.platforms)
                                .passerellesExchanged(link.passerelles)
                                .build());
                edges.add(EndpointPair.unordered(low, high));
            }));
            return new PartnerNetwork(ImmutableValueGraph.copyOf(graph), edges.build());
        }
    }

    /** Accumulates what links two actors while the network is built. */
    private static final class Link {
        private final Set<PlatformId> platforms = new TreeSet<>();
        private int passerelles;
    }
}
