package be.accompaniment.rules.coordination;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds what a territory lacks: the actors and services its region's {@link CoverageModel} expects but no actor of
 * the directory provides (an AIS but no APL or régie de quartier in the basin; a commune with no actor offering
 * technical assistance), the communes that depend on a single actor for a service, and the unmet demand of a batch
 * of advice.
 *
 * <pre>{@code
 * Territory liege = Basins.bundled().require("Liège").territory(Gazetteer.belgium(), day);
 * CoverageReport report = CoverageAnalyzer.bundled().analyse(liege, directory);
 * }</pre>
 *
 * <p>A commune is served by an actor when it lies in the actor's territory. An expectation of every commune is
 * checked commune by commune; one of the territory is met when any commune of the territory is served. Each commune
 * is judged by the model of its region; communes of a region without a model are left out and reported.
 *
 * <p>Immutable and thread-safe; the same input gives the same report.
 */
public final class CoverageAnalyzer {
    private final Map<Region, CoverageModel> models;

    private CoverageAnalyzer(Map<Region, CoverageModel> models) {
        this.models = Maps.immutableEnumMap(models);
    }

    /**
     * An analyzer with the given models, at most one per region.
     *
     * @param models the models, not null
     * @return the analyzer
     * @throws InvalidInputException if two models are for the same region
     */
    public static CoverageAnalyzer of(Collection<CoverageModel> models) {
        Objects.requireNonNull(models, "models");
        Map<Region, CoverageModel> byRegion = new EnumMap<>(Region.class);
        for (CoverageModel m : models) {
            if (byRegion.put(m.region(), m) != null) {
                throw new InvalidInputException(
                        "coverage analyzer: models", "must have one model per region, was " + m.region() + " twice");
            }
        }
        return new CoverageAnalyzer(byRegion);
    }

    /** An analyzer with the {@linkplain CoverageModel#bundled() bundled models} of Wallonia and Brussels. */
    public static CoverageAnalyzer bundled() {
        return of(CoverageModel.bundled());
    }

    /** The models, by region. */
    public ImmutableList<CoverageModel> models() {
        return ImmutableList.copyOf(models.values());
    }

    /**
     * The coverage of a territory by the actors of a directory.
     *
     * @param territory the territory, not null
     * @param directory the actors, not null
     * @return the report, without unmet demand
     */
    public CoverageReport analyse(Territory territory, ActorDirectory directory) {
        return analyse(territory, directory, List.of());
    }

    /**
     * The coverage of a territory by the actors of a directory, with the unmet demand of its communes.
     *
     * @param territory the territory, not null
     * @param directory the actors, not null
     * @param demand unresolved suggestions of any communes; those outside the territory are left out, not null
     * @return the report
     */
    public CoverageReport analyse(Territory territory, ActorDirectory directory, Collection<UnresolvedDemand> demand) {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(demand, "demand");
        Map<Region, List<NisCode>> byRegion = new EnumMap<>(Region.class);
        for (NisCode commune : territory.communes()) {
            byRegion.computeIfAbsent(commune.region(), r -> new ArrayList<>()).add(commune);
        }
        CoverageReport.Builder report = CoverageReport.builder()
                .territory(territory.name())
                .communes(territory.communes().size());
        EnumSet<Region> unassessed = EnumSet.noneOf(Region.class);
        byRegion.forEach((region, communes) -> {
            CoverageModel model = models.get(region);
            if (model == null) {
                unassessed.add(region);
                return;
            }
            for (CoverageExpectation e : model.expectations()) {
                if (e.scope() == ExpectationScope.EVERY_COMMUNE) {
                    for (NisCode commune : communes) {
                        List<NisCode> one = List.of(commune);
                        SortedSet<ActorId> triggers = triggers(e, one, directory);
                        if (applies(e, triggers) && !met(e, one, directory)) {
                            report.addGaps(
                                    gap(e, region, triggers).commune(commune).build());
                        }
                    }
                } else {
                    SortedSet<ActorId> triggers = triggers(e, communes, directory);
                    if (applies(e, triggers) && !met(e, communes, directory)) {
                        report.addGaps(gap(e, region, triggers).build());
                    }
                }
            }
            for (NisCode commune : communes) {
                for (ServiceKind service : model.singleProviderServices()) {
                    List<Actor> providers = directory.serving(commune, service);
                    if (providers.size() == 1) {
                        report.addSingleProviders(SingleProvider.of(
                                commune, service, providers.get(0).id()));
                    }
                }
            }
        });
        report.unmetDemand(UnmetDemand.of(
                demand.stream().filter(d -> territory.contains(d.commune())).toList()));
        return report.addAllUnassessedRegions(unassessed).build();
    }

    private static CoverageGap.Builder gap(CoverageExpectation e, Region region, SortedSet<ActorId> triggers) {
        return CoverageGap.builder().expectation(e).region(region).addAllTriggeredBy(triggers);
    }

    private static boolean applies(CoverageExpectation e, SortedSet<ActorId> triggers) {
        return e.whenPresent().isEmpty() || !triggers.isEmpty();
    }

    private static SortedSet<ActorId> triggers(
            CoverageExpectation e, List<NisCode> communes, ActorDirectory directory) {
        SortedSet<ActorId> found = new TreeSet<>();
        e.whenPresent().ifPresent(kind -> {
            for (NisCode commune : communes) {
                directory.serving(commune, kind).forEach(a -> found.add(a.id()));
            }
        });
        return found;
    }

    private static boolean met(CoverageExpectation e, List<NisCode> communes, ActorDirectory directory) {
        for (NisCode commune : communes) {
            if (!providers(e, commune, directory).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<Actor> providers(CoverageExpectation e, NisCode commune, ActorDirectory directory) {
        ActorKind kind = e.kind().orElse(null);
        ServiceKind service = e.service().orElse(null);
        if (kind != null && service != null) {
            return directory.serving(commune, kind, service);
        }
        return kind != null ? directory.serving(commune, kind) : directory.serving(commune, service);
    }

    /** The regions that have a model. */
    @Override
    public String toString() {
        return "CoverageAnalyzer" + models.keySet();
    }
}
