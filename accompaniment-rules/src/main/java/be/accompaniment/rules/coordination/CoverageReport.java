package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The coverage of a territory by its actors: the gaps against the regional models, the communes that depend on a
 * single actor for a service, and the unmet demand of a batch of advice. Produced by {@link CoverageAnalyzer}.
 *
 * <p>JSON form: {@code {"territory":"Ourthe-Amblève","communes":4,"gaps":[…],"singleProviders":[…],
 * "unmetDemand":{"demand":[…]},"unassessedRegions":[]}}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableCoverageReport.class)
@JsonDeserialize(as = ImmutableCoverageReport.class)
public abstract class CoverageReport {
    CoverageReport() {}

    /** A builder; {@code territory} and {@code communes} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The name of the territory analysed. */
    public abstract String territory();

    /** The number of its communes. */
    public abstract int communes();

    /** The gaps, in the order of the models' expectations, then by commune. */
    public abstract ImmutableList<CoverageGap> gaps();

    /** The communes that depend on a single actor for a watched service, by commune then service. */
    public abstract ImmutableList<SingleProvider> singleProviders();

    /** The suggestions of the territory's communes that found no actor. */
    @Value.Default
    public UnmetDemand unmetDemand() {
        return UnmetDemand.none();
    }

    /** The regions of communes of the territory for which no model was given, so that they were not assessed. */
    public abstract ImmutableSet<Region> unassessedRegions();

    /** Whether no gap, no single provider and no unmet demand was found. */
    @JsonIgnore
    public boolean isComplete() {
        return gaps().isEmpty()
                && singleProviders().isEmpty()
                && unmetDemand().demand().isEmpty();
    }

    /**
     * The report as text, communes by code.
     *
     * @param language the language, not null
     * @return the report, lines separated by {@code \n}, ending with one
     */
    public String report(Language language) {
        return report(language, NisCode::toString, ActorId::value);
    }

    /**
     * The report as text.
     *
     * @param language the language, not null
     * @param communeName the name to show for a commune code, not null
     * @param actorName the name to show for an actor, not null
     * @return the report, lines separated by {@code \n}, ending with one
     */
    public String report(
            Language language, Function<NisCode, String> communeName, Function<ActorId, String> actorName) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(communeName, "communeName");
        Objects.requireNonNull(actorName, "actorName");
        StringBuilder out = new StringBuilder();
        out.append(Messages.get(
                        language,
                        "coverage.header",
                        "territory",
                        territory(),
                        "communes",
                        Integer.toString(communes())))
                .append('\n');
        out.append("  ")
                .append(Messages.get(language, "coverage.gaps", "count", Integer.toString(gaps().size())))
                .append('\n');
        for (CoverageGap gap : gaps()) {
            out.append("    - ")
                    .append(gap.describe(language, communeName, actorName))
                    .append('\n');
        }
        out.append("  ")
                .append(Messages.get(
                        language,
                        "coverage.single",
                        "count",
                        Integer.toString(singleProviders().size())))
                .append('\n');
        for (SingleProvider s : singleProviders()) {
            out.append("    - ")
                    .append(s.describe(language, communeName, actorName))
                    .append('\n');
        }
        UnmetDemand demand = unmetDemand();
        out.append("  ")
                .append(Messages.get(language, "coverage.demand", "count", Integer.toString(demand.total())))
                .append('\n');
        if (demand.total() > 0) {
            out.append("    ")
                    .append(Messages.get(
                            language, "coverage.byCommune", "counts", join(demand.byCommune(), communeName)))
                    .append('\n');
            if (!demand.byKind().isEmpty()) {
                out.append("    ")
                        .append(Messages.get(
                                language,
                                "coverage.byKind",
                                "counts",
                                join(demand.byKind(), k -> Labels.of(k, language))))
                        .append('\n');
            }
            if (!demand.byService().isEmpty()) {
                out.append("    ")
                        .append(Messages.get(
                                language,
                                "coverage.byService",
                                "counts",
                                join(demand.byService(), s -> Labels.of(s, language))))
                        .append('\n');
            }
        }
        if (!unassessedRegions().isEmpty()) {
            out.append("  ")
                    .append(Messages.get(
                            language,
                            "coverage.unassessed",
                            "regions",
                            unassessedRegions().stream()
                                    .map(r -> Labels.of(r, language))
                                    .collect(Collectors.joining(", "))))
                    .append('\n');
        }
        return out.toString();
    }

    private static <K> String join(Map<K, Integer> counts, Function<K, String> name) {
        return counts.entrySet().stream()
                .map(e -> name.apply(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    @Value.Check
    final void check() {
        Checks.notBlank(territory(), "territory", () -> "coverage report");
        Checks.atLeast(1, communes(), "communes", () -> "coverage report " + territory());
    }

    /** Territory and counts. */
    @Override
    public String toString() {
        return "CoverageReport{" + territory() + ", " + gaps().size() + " gaps, "
                + singleProviders().size() + " single providers, "
                + unmetDemand().total() + " unmet}";
    }

    /** Builds a {@link CoverageReport}. */
    public static final class Builder extends ImmutableCoverageReport.Builder {
        Builder() {}
    }
}
