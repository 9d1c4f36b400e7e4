package be.accompaniment.rules;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.Sector;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.territory.NisCode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors a suggestion template can target in one commune, ranked once at compile time by their fit without a
 * referrer: primitive sort keys (smaller is better) beside the targets. Immutable and thread-safe.
 */
final class Candidates {
    static final Candidates NONE = new Candidates(ImmutableList.of(), new long[0]);

    // key layout: tier (2 bits) | no capacity | not a partner | not the preferred sector | communes served | actor
    // index
    private static final int TIER_SHIFT = 60;
    private static final long NO_CAPACITY = 1L << 59;
    static final long NOT_PARTNER = 1L << 58;
    private static final long NOT_PREFERRED = 1L << 57;
    private static final int SIZE_SHIFT = 32;
    static final long UNRESOLVED = Long.MAX_VALUE;

    final ImmutableList<TargetActor> targets;
    // sorted; the low 32 bits of a key are the actor's position in the directory
    final long[] keys;

    Candidates(ImmutableList<TargetActor> targets, long[] keys) {
        this.targets = targets;
        this.keys = keys;
    }

    static int actor(long key) {
        return (int) key;
    }

    /** The directory positions of the actors among any of these candidates. */
    static BitSet actors(Candidates[] all) {
        BitSet actors = new BitSet();
        for (Candidates c : all) {
            for (long key : c.keys) {
                actors.set(actor(key));
            }
        }
        return actors;
    }

    long bestKey() {
        return keys.length == 0 ? UNRESOLVED : keys[0];
    }

    /** Bit 1: the referrer is among the candidates; bit 2: a platform partner of the referrer is. */
    int scan(int referrerIndex, BitSet partners) {
        int found = 0;
        for (long key : keys) {
            int a = actor(key);
            if (a == referrerIndex) {
                found |= 1;
            } else if (partners.get(a)) {
                found |= 2;
            }
        }
        return found;
    }

    /**
     * These candidates for a referrer: without the referrer itself, its platform partners marked and moved up. Called
     * only when {@link #scan} found either, so the common case allocates nothing.
     */
    Candidates forReferrer(int referrerIndex, BitSet partners) {
        int n = 0;
        long[] newKeys = new long[keys.length];
        TargetActor[] newTargets = new TargetActor[keys.length];
        for (int i = 0; i < keys.length; i++) {
            int a = actor(keys[i]);
            if (a == referrerIndex) {
                continue;
            }
            if (partners.get(a)) {
                TargetActor t = targets.get(i);
                EnumSet<FitReason> reasons = EnumSet.of(FitReason.PLATFORM_PARTNER_OF_REFERRER);
                reasons.addAll(t.reasons());
                newTargets[n] = TargetActor.of(t.actor(), reasons);
                newKeys[n] = keys[i] & ~NOT_PARTNER;
            } else {
                newTargets[n] = targets.get(i);
                newKeys[n] = keys[i];
            }
            n++;
        }
        // insertion sort by key: lists are short
        for (int i = 1; i < n; i++) {
            long k = newKeys[i];
            TargetActor t = newTargets[i];
            int j = i - 1;
            while (j >= 0 && newKeys[j] > k) {
                newKeys[j + 1] = newKeys[j];
                newTargets[j + 1] = newTargets[j];
                j--;
            }
            newKeys[j + 1] = k;
            newTargets[j + 1] = t;
        }
        ImmutableList.Builder<TargetActor> list = ImmutableList.builderWithExpectedSize(n);
        for (int i = 0; i < n; i++) {
            list.add(newTargets[i]);
        }
        return new Candidates(list.build(), Arrays.copyOf(newKeys, n));
    }

    /** The index of every (template, commune) pair: computed once when the advisor is compiled. */
    static final class Index {
        private final ActorDirectory directory;
        private final int[] communes;
        private final Map<ActorId, Integer> actorIndex = new HashMap<>();
        // by directory position: the actor and its kind's ordinal, read without touching the actor
        private final Actor[] actors;
        private final byte[] kinds;
        // the directory's own instances, found without hashing their ids
        private final IdentityHashMap<Actor, Integer> instanceIndex = new IdentityHashMap<>();
        // shared and never written: the partners of a referrer that has none
        static final BitSet NO_PARTNERS = new BitSet(0);

        // the platform partners of a referrer: by directory position, and by id for a referrer outside the directory
        private final Map<ActorId, BitSet> partners = new HashMap<>();
        private final BitSet[] partnersByIndex;
        private final Map<List<Object>, Candidates[]> cache = new HashMap<>();

        Index(ActorDirectory directory, PartnerNetwork network) {
            this.directory = directory;
            this.communes =
                    directory.communes().stream().mapToInt(NisCode::intValue).toArray();
            ImmutableList<Actor> all = directory.all();
            this.actors = all.toArray(new Actor[0]);
            this.kinds = new byte[actors.length];
            for (int i = 0; i < actors.length; i++) {
                actorIndex.put(actors[i].id(), i);
                instanceIndex.put(actors[i], i);
                kinds[i] = (byte) actors[i].kind().ordinal();
            }
            for (ActorId node : network.nodes()) {
                BitSet bits = new BitSet();
                for (ActorId partner : network.partners(node)) {
                    Integer index = actorIndex.get(partner);
                    boolean onPlatform = network.partnership(node, partner)
                            .map(p -> !p.sharedPlatforms().isEmpty())
                            .orElse(false);
                    if (index != null && onPlatform) {
                        bits.set(index);
                    }
                }
                if (!bits.isEmpty()) {
                    partners.put(node, bits);
                }
            }
            this.partnersByIndex = new BitSet[all.size()];
            for (int i = 0; i < all.size(); i++) {
                partnersByIndex[i] = partners.getOrDefault(all.get(i).id(), NO_PARTNERS);
            }
        }

        /** The actor at a directory position. */
        Actor actor(int index) {
            return actors[index];
        }

        /** The ordinal of the kind of the actor at a directory position. */
        int kind(int index) {
            return kinds[index];
        }

        int slot(NisCode commune) {
            return Arrays.binarySearch(communes, commune.intValue());
        }

        /** The position of an actor in the directory, or -1; an actor of the directory is found by identity. */
        int actorIndex(Actor actor) {
            Integer index = instanceIndex.get(actor);
            if (index == null) {
                index = actorIndex.get(actor.id());
            }
            return index == null ? -1 : index;
        }

        /**
         * The platform partners of a referrer among the directory's actors, {@link #NO_PARTNERS} when it has none.
         *
         * @param referrer the referrer
         * @param index its {@link #actorIndex}
         */
        BitSet partners(Actor referrer, int index) {
            if (partners.isEmpty()) {
                return NO_PARTNERS;
            }
            return index >= 0 ? partnersByIndex[index] : partners.getOrDefault(referrer.id(), NO_PARTNERS);
        }

        /**
         * Candidates by commune slot, then by variant, in one array: at {@code slot * variants + variant}, variant 0
         * without sector bridge, 1 for a public referrer, 2 for an associative one (three variants for a bridge, one
         * otherwise).
         */
        Candidates[] compile(SuggestionTemplate template) {
            List<Object> key = Arrays.asList(
                    template.actorKind().orElse(null),
                    template.service().orElse(null),
                    template.sector().orElse(null));
            return cache.computeIfAbsent(key, k -> build(template));
        }

        private Candidates[] build(SuggestionTemplate template) {
            Optional<SectorPreference> preference = template.sector();
            int variants = variants(template);
            Candidates[] bySlot = new Candidates[communes.length * variants];
            for (int slot = 0; slot < communes.length; slot++) {
                NisCode commune = NisCode.of(communes[slot]);
                ImmutableList<Actor> actors = query(commune, template.actorKind(), template.service());
                for (int v = 0; v < variants; v++) {
                    Sector preferred = preferred(preference, v);
                    FitReason sectorReason = variants == 3 ? FitReason.BRIDGES_SECTORS : FitReason.PREFERRED_SECTOR;
                    bySlot[slot * variants + v] = actors.isEmpty() ? NONE : rank(actors, preferred, sectorReason);
                }
            }
            return bySlot;
        }

        /** The number of variants of a template's candidates: three for a sector bridge, one otherwise. */
        static int variants(SuggestionTemplate template) {
            return template.sector().equals(Optional.of(SectorPreference.BRIDGE)) ? 3 : 1;
        }

        private static Sector preferred(Optional<SectorPreference> preference, int variant) {
            if (preference.isEmpty()) {
                return null;
            }
            return switch (preference.get()) {
                case PUBLIC -> Sector.PUBLIC;
                case ASSOCIATIVE -> Sector.ASSOCIATIVE;
                case BRIDGE -> variant == 1 ? Sector.ASSOCIATIVE : variant == 2 ? Sector.PUBLIC : null;
            };
        }

        private ImmutableList<Actor> query(NisCode commune, Optional<ActorKind> kind, Optional<ServiceKind> service) {
            if (kind.isPresent() && service.isPresent()) {
                return directory.serving(commune, kind.get(), service.get());
            }
            return kind.isPresent()
                    ? directory.serving(commune, kind.get())
                    : directory.serving(commune, service.get());
        }

        private Candidates rank(ImmutableList<Actor> actors, Sector preferred, FitReason sectorReason) {
            int n = actors.size();
            long[] keys = new long[n];
            Integer[] order = new Integer[n];
            TargetActor[] targets = new TargetActor[n];
            for (int i = 0; i < n; i++) {
                Actor a = actors.get(i);
                int size = a.territory().communes().size();
                EnumSet<FitReason> reasons = EnumSet.noneOf(FitReason.class);
                long tier;
                if (size == 1) {
                    tier = 0;
                    reasons.add(FitReason.SERVES_COMMUNE_ONLY);
                } else if (size <= TargetActor.SMALL_TERRITORY) {
                    tier = 1;
                    reasons.add(FitReason.SMALL_TERRITORY);
                } else {
                    tier = 2;
                }
                long key = tier << TIER_SHIFT | NOT_PARTNER;
                if (a.hasFreeCapacity()) {
                    reasons.add(FitReason.HAS_CAPACITY);
                } else {
                    key |= NO_CAPACITY;
                }
                if (preferred != null && a.sector() == preferred) {
                    reasons.add(sectorReason);
                } else if (preferred != null) {
                    key |= NOT_PREFERRED;
                }
                key |= ((long) Math.min(size, (1 << 24) - 1)) << SIZE_SHIFT;
                key |= actorIndex.get(a.id());
                keys[i] = key;
                targets[i] = TargetActor.of(a, reasons);
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
            long[] sortedKeys = new long[n];
            List<TargetActor> sortedTargets = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sortedKeys[i] = keys[order[i]];
                sortedTargets.add(targets[order[i]]);
            }
            return new Candidates(ImmutableList.copyOf(sortedTargets), sortedKeys);
        }
    }
}
