package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.rules.Advice;
import be.accompaniment.rules.Suggestion;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The unmet demand of a batch of advice: the suggestions that found no actor, merged by commune, kind, service and
 * rule, and counted by commune, by kind and by service.
 *
 * <p>JSON form: {@code {"demand":[{unresolved demand}, …]}}, rows merged and ordered by commune, kind, service and
 * rule. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableUnmetDemand.class)
@JsonDeserialize(as = ImmutableUnmetDemand.class)
public abstract class UnmetDemand {
    private static final Comparator<UnresolvedDemand> ORDER = Comparator.comparing(UnresolvedDemand::commune)
            .thenComparing(d -> d.kind().map(k -> k.ordinal() + 1).orElse(0))
            .thenComparing(d -> d.service().map(s -> s.ordinal() + 1).orElse(0))
            .thenComparing(UnresolvedDemand::rule);

    UnmetDemand() {}

    /**
     * The unmet demand of some unresolved suggestions; rows of the same commune, kind, service and rule add up.
     *
     * @param demand the rows, not null
     * @return the summary
     */
    public static UnmetDemand of(Collection<UnresolvedDemand> demand) {
        return builder().addAllDemand(demand).build();
    }

    /**
     * The unmet demand of a batch of advice: every suggestion that no actor other than the referrer could take,
     * merged by commune, kind, service and rule. Suggestions the referrer can act on itself are left out.
     *
     * @param batch the advice, e.g. of {@link be.accompaniment.rules.PasserelleAdvisor#adviseAll(List, java.time.LocalDate, boolean)}, not null
     * @return the summary
     */
    public static UnmetDemand fromAdvice(Collection<Advice> batch) {
        Objects.requireNonNull(batch, "batch");
        Builder b = builder();
        for (Advice advice : batch) {
            for (Suggestion s : advice.suggestions()) {
                UnresolvedDemand.from(s).ifPresent(b::addDemand);
            }
        }
        return b.build();
    }

    /** No unmet demand. */
    public static UnmetDemand none() {
        return builder().build();
    }

    /** A builder; rows may be added in any order and are merged on build. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rows, merged and in order of commune, kind, service and rule. */
    public abstract ImmutableList<UnresolvedDemand> demand();

    /** The number of suggestions without an actor. */
    public int total() {
        return demand().stream().mapToInt(UnresolvedDemand::count).sum();
    }

    /** The number of suggestions without an actor, by commune, in code order. */
    public ImmutableSortedMap<NisCode, Integer> byCommune() {
        return count(d -> Optional.of(d.commune()), Comparator.<NisCode>naturalOrder());
    }

    /** The number of suggestions without an actor that named a kind, by kind. */
    public ImmutableSortedMap<ActorKind, Integer> byKind() {
        return count(UnresolvedDemand::kind, Comparator.<ActorKind>naturalOrder());
    }

    /** The number of suggestions without an actor that named a service, by service. */
    public ImmutableSortedMap<ServiceKind, Integer> byService() {
        return count(UnresolvedDemand::service, Comparator.<ServiceKind>naturalOrder());
    }

    private <K> ImmutableSortedMap<K, Integer> count(Function<UnresolvedDemand, Optional<K>> key, Comparator<K> order) {
        Map<K, Integer> counts = new TreeMap<>(order);
        for (UnresolvedDemand d : demand()) {
            key.apply(d).ifPresent(k -> counts.merge(k, d.count(), Integer::sum));
        }
        return ImmutableSortedMap.copyOfSorted((TreeMap<K, Integer>) counts);
    }

    @Value.Check
    final UnmetDemand merge() {
        Map<List<Object>, UnresolvedDemand> merged = new LinkedHashMap<>();
        for (UnresolvedDemand d : demand()) {
            merged.merge(
                    List.of(d.commune(), d.kind(), d.service(), d.rule()),
                    d,
                    (a, b) -> UnresolvedDemand.builder()
                            .from(a)
                            .count(Math.addExact(a.count(), b.count()))
                            .build());
        }
        ImmutableList<UnresolvedDemand> normal = ImmutableList.sortedCopyOf(ORDER, merged.values());
        return normal.equals(demand()) ? this : builder().addAllDemand(normal).build();
    }

    /** The total and the number of rows. */
    @Override
    public String toString() {
        return "UnmetDemand{" + total() + " suggestions, " + demand().size() + " rows}";
    }

    /** Builds an {@link UnmetDemand}. */
    public static final class Builder extends ImmutableUnmetDemand.Builder {
        Builder() {}
    }
}
