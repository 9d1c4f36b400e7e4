package be.accompaniment.rules.coordination;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.Sector;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.json.AccompanimentJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The complementarity table of speed-dating match-making: what an encounter between two actors that do not yet
 * work together is worth, as a weight for any new encounter plus weights by pair of kinds (AIS ↔ APL, AIS ↔ régie
 * de quartier, OFS ↔ commune…) and by pair of sectors (public ↔ associative…).
 *
 * <p>The score of an encounter is {@code newEncounterWeight + kind weight + sector weight}; a pair not listed adds
 * 0. {@link #bundled()} holds defaults drawn from the source documents ({@code complementarity.json} beside this
 * class): the FLW forum of 2014 for the OFS (AIS, APL, régies de quartier) and the FLW, the practice guide on housing
 * platforms for PCS, communes and citizens' collectives, the memorandum on social accompaniment for public ↔
 * associative bridges; each entry has its note, and guesses are marked [M].
 *
 * <p>JSON form: {@code {"newEncounterWeight":1.0,"kindPairs":[{…}],"sectorPairs":[{…}]}}. Validation: weights are
 * finite and at least 0, and no pair is listed twice, in either order. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableComplementarity.class)
@JsonDeserialize(as = ImmutableComplementarity.class)
public abstract class Complementarity {
    Complementarity() {}

    /** The bundled table. */
    public static Complementarity bundled() {
        return Bundled.TABLE;
    }

    /** A builder; without pairs, every new encounter is worth {@link #newEncounterWeight()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The worth of any encounter between two actors that do not work together yet; at least 0, default 1. */
    @Value.Default
    public double newEncounterWeight() {
        return 1.0;
    }

    /** Weights by pair of kinds. */
    public abstract ImmutableList<KindPairWeight> kindPairs();

    /** Weights by pair of sectors. */
    public abstract ImmutableList<SectorPairWeight> sectorPairs();

    /** The kind weights by {@link #key(ActorKind, ActorKind)}, both orders, built once. */
    @Value.Lazy
    @JsonIgnore
    ImmutableMap<Integer, KindPairWeight> kindTable() {
        Map<Integer, KindPairWeight> table = new HashMap<>();
        for (KindPairWeight w : kindPairs()) {
            table.put(key(w.a(), w.b()), w);
            table.put(key(w.b(), w.a()), w);
        }
        return ImmutableMap.copyOf(table);
    }

    private static int key(ActorKind a, ActorKind b) {
        return a.ordinal() * 1024 + b.ordinal();
    }

    /**
     * The weight of an encounter between two kinds, in either order.
     *
     * @param a a kind, not null
     * @param b another kind, not null
     * @return the weight, 0 if the pair is not listed
     */
    public double kindWeight(ActorKind a, ActorKind b) {
        KindPairWeight w = kindTable().get(key(a, b));
        return w == null ? 0 : w.weight();
    }

    /**
     * The weight of an encounter across two sectors, in either order.
     *
     * @param a a sector, not null
     * @param b another sector, not null
     * @return the weight, 0 if the pair is not listed
     */
    public double sectorWeight(Sector a, Sector b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return sectorPairs().stream()
                .filter(w -> w.matches(a, b))
                .mapToDouble(SectorPairWeight::weight)
                .findFirst()
                .orElse(0);
    }

    /**
     * The parts of the score of an encounter between two actors, each with its weight and note; parts of weight 0
     * are left out.
     *
     * @param a an actor, not null
     * @param b another actor, not null
     * @return the reasons: new encounter, then complementary kinds, then sector bridge
     */
    public ImmutableList<EncounterReason> reasons(Actor a, Actor b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        ImmutableList.Builder<EncounterReason> reasons = ImmutableList.builder();
        if (newEncounterWeight() > 0) {
            reasons.add(EncounterReason.of(ReasonKind.NEW_ENCOUNTER, newEncounterWeight()));
        }
        KindPairWeight kinds = kindTable().get(key(a.kind(), b.kind()));
        if (kinds != null && kinds.weight() > 0) {
            reasons.add(EncounterReason.builder()
                    .kind(ReasonKind.COMPLEMENTARY_KINDS)
                    .weight(kinds.weight())
                    .note(kinds.note())
                    .build());
        }
        sectorPairs().stream()
                .filter(w -> w.matches(a.sector(), b.sector()) && w.weight() > 0)
                .findFirst()
                .ifPresent(w -> reasons.add(EncounterReason.builder()
                        .kind(ReasonKind.SECTOR_BRIDGE)
                        .weight(w.weight())
                        .note(w.note())
                        .build()));
        return reasons.build();
    }

    /**
     * The score of an encounter between two actors: the sum of its {@linkplain #reasons(Actor, Actor) reasons}.
     *
     * @param a an actor, not null
     * @param b another actor, not null
     * @return the score, at least 0
     */
    public double score(Actor a, Actor b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return newEncounterWeight() + kindWeight(a.kind(), b.kind()) + sectorWeight(a.sector(), b.sector());
    }

    @Value.Check
    final void check() {
        Checks.that(
                Double.isFinite(newEncounterWeight()) && newEncounterWeight() >= 0,
                "newEncounterWeight",
                () -> "complementarity",
                () -> "must be a finite number >= 0, was " + newEncounterWeight());
        for (int i = 0; i < kindPairs().size(); i++) {
            KindPairWeight w = kindPairs().get(i);
            for (int j = 0; j < i; j++) {
                Checks.that(
                        !kindPairs().get(j).matches(w.a(), w.b()),
                        "kindPairs[" + i + "]",
                        () -> "complementarity",
                        () -> "must list each pair of kinds once, was " + w.a() + "-" + w.b() + " twice");
            }
        }
        for (int i = 0; i < sectorPairs().size(); i++) {
            SectorPairWeight w = sectorPairs().get(i);
            for (int j = 0; j < i; j++) {
                Checks.that(
                        !sectorPairs().get(j).matches(w.a(), w.b()),
                        "sectorPairs[" + i + "]",
                        () -> "complementarity",
                        () -> "must list each pair of sectors once, was " + w.a() + "-" + w.b() + " twice");
            }
        }
    }

    /** The number of pairs listed. */
    @Override
    public String toString() {
        return "Complementarity{" + kindPairs().size() + " kind pairs, "
                + sectorPairs().size() + " sector pairs}";
    }

    private static Complementarity load() {
        try (InputStream in = Complementarity.class.getResourceAsStream("complementarity.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource complementarity.json");
            }
            return AccompanimentJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Complementarity.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read complementarity.json", e);
        }
    }

    /** The bundled table, read on first use. */
    private static final class Bundled {
        static final Complementarity TABLE = load();
    }

    /** Builds a {@link Complementarity}. */
    public static final class Builder extends ImmutableComplementarity.Builder {
        Builder() {}
    }
}
