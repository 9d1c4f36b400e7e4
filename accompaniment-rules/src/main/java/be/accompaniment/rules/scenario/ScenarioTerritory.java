package be.accompaniment.rules.scenario;

import be.accompaniment.internal.Checks;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The territory a scenario simulates: an administrative arrondissement, a region, or an explicit list of communes,
 * resolved against the gazetteer on the scenario's first day.
 *
 * <p>Exactly one of the three is given. JSON: {@code {"arrondissement":"62000"}}, {@code {"region":"WALLONIA"}} or
 * {@code {"name":"Ourthe-Amblève","communes":["62009","62026","62032","62100"]}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableScenarioTerritory.class)
@JsonDeserialize(as = ImmutableScenarioTerritory.class)
public abstract class ScenarioTerritory {
    ScenarioTerritory() {}

    /**
     * The territory of an administrative arrondissement.
     *
     * @param arrondissement the arrondissement's NIS code, e.g. {@code 62000} for Liège
     * @return the territory
     */
    public static ScenarioTerritory ofArrondissement(NisCode arrondissement) {
        return builder().arrondissement(arrondissement).build();
    }

    /**
     * The territory of a region.
     *
     * @param region the region, not null
     * @return the territory
     */
    public static ScenarioTerritory ofRegion(Region region) {
        return builder().region(region).build();
    }

    /**
     * A territory of named communes.
     *
     * @param name the name, not blank
     * @param communes at least one commune code
     * @return the territory
     */
    public static ScenarioTerritory ofCommunes(String name, NisCode... communes) {
        return builder().name(name).addCommunes(communes).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The name; by default the arrondissement's or region's French name, or "territory" for a list. */
    public abstract Optional<String> name();

    /** The arrondissement whose communes form the territory. */
    public abstract Optional<NisCode> arrondissement();

    /** The region whose communes form the territory. */
    public abstract Optional<Region> region();

    /** The communes forming the territory, when listed. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<NisCode> communes();

    /**
     * The territory as a set of communes on a day.
     *
     * @param gazetteer the gazetteer to resolve arrondissements and regions with, not null
     * @param on the day, not null
     * @return the territory
     * @throws be.accompaniment.InvalidInputException if a code is not a commune or arrondissement on that day
     */
    public Territory resolve(Gazetteer gazetteer, LocalDate on) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(on, "on");
        if (arrondissement().isPresent()) {
            Territory t = gazetteer.territoryOfArrondissement(arrondissement().get(), on);
            return name().map(n -> Territory.of(n, t.communes())).orElse(t);
        }
        if (region().isPresent()) {
            Territory t = gazetteer.territoryOfRegion(region().get(), on);
            return name().map(n -> Territory.of(n, t.communes())).orElse(t);
        }
        return gazetteer.territory(name().orElse("territory"), communes(), on);
    }

    @Value.Check
    final void check() {
        int given = (arrondissement().isPresent() ? 1 : 0)
                + (region().isPresent() ? 1 : 0)
                + (communes().isEmpty() ? 0 : 1);
        Checks.that(
                given == 1,
                "arrondissement",
                () -> "scenario territory",
                () -> "exactly one of arrondissement, region or communes must be given, was " + given);
        name().ifPresent(n -> Checks.notBlank(n, "name", () -> "scenario territory"));
        arrondissement()
                .ifPresent(a -> Checks.that(
                        a.isAggregate() && a.intValue() / 1000 % 10 != 0,
                        "arrondissement",
                        () -> "scenario territory",
                        () -> "must be an arrondissement code such as 62000, was " + a));
    }

    /** Builds a {@link ScenarioTerritory}. */
    public static final class Builder extends ImmutableScenarioTerritory.Builder {
        Builder() {}
    }
}
