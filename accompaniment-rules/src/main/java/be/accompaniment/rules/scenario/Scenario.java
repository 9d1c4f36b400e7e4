package be.accompaniment.rules.scenario;

import be.accompaniment.actor.Actor;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.internal.Checks;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.Territory;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A scenario a researcher simulates: a territory and its basins, the actors (listed, generated, or both), a
 * population (listed households, generated ones, or both), a first day, a number of steps of a day, a week or a
 * month, a random seed, behaviour parameters and interventions.
 *
 * <p>The same scenario gives the same result, byte for byte, whatever the number of threads: every random draw
 * derives from {@link #seed()}. The rulebook is the bundled one of each region of the territory unless the
 * {@link Simulation} is given another.
 *
 * <p>JSON (see each type for its fields):
 *
 * <pre>{@code
 * {"name":"liege-24-months","startOn":"2026-01-05","step":"MONTH","steps":24,"seed":62000,
 *  "territory":{"arrondissement":"62000"},
 *  "basins":[{"name":"Ourthe-Amblève","communes":["62009","62026","62032","62100"]}],
 *  "actorModel":{"perCommune":[{"kind":"CPAS","capacityPerThousandHouseholds":8}]},
 *  "actors":[…Actor…],
 *  "population":{"households":30000,"incidence":[…]},
 *  "households":[…Household…],
 *  "behaviour":{"whenFull":"WAIT"},
 *  "interventions":[{"kind":"add-actor","effectiveFrom":"2026-07-01","actorKind":"APL","basin":"Ourthe-Amblève"}]}
 * }</pre>
 *
 * Communes of the territory in no listed basin form one basin per arrondissement, named after it. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableScenario.class)
@JsonDeserialize(as = ImmutableScenario.class)
public abstract class Scenario {
    /** The most steps a scenario may have. */
    public static final int MAX_STEPS = 10_000;

    Scenario() {}

    /** A builder; {@code name}, {@code territory}, {@code startOn}, {@code steps} and {@code seed} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a scenario from its JSON form.
     *
     * @param json the JSON text, not null
     * @return the scenario
     * @throws be.accompaniment.InvalidInputException naming the JSON path of what is wrong
     */
    public static Scenario parse(String json) {
        return AccompanimentJson.read(json, Scenario.class);
    }

    /**
     * Reads a scenario from a JSON stream, which it leaves open.
     *
     * @param json the JSON, not null
     * @return the scenario
     * @throws be.accompaniment.InvalidInputException naming the JSON path of what is wrong
     */
    public static Scenario read(InputStream json) {
        return AccompanimentJson.read(json, Scenario.class);
    }

    /** The scenario's name, e.g. "liege-24-months"; used to name output files. */
    public abstract String name();

    /** What the scenario is about, for people. */
    public abstract Optional<String> description();

    /** The territory simulated. */
    public abstract ScenarioTerritory territory();

    /** Named groups of communes of the territory that figures are aggregated over, disjoint. */
    public abstract ImmutableList<Territory> basins();

    /** The first day of the first step. */
    public abstract LocalDate startOn();

    /** The length of a step; a month by default. */
    @Value.Default
    public StepUnit step() {
        return StepUnit.MONTH;
    }

    /** The number of steps, 1 to {@value #MAX_STEPS}. */
    public abstract int steps();

    /** The random seed every draw derives from. */
    public abstract long seed();

    /** Actors listed one by one, added to the generated ones. */
    public abstract ImmutableList<Actor> actors();

    /** How to generate actors for the territory, if any. */
    public abstract Optional<ActorModel> actorModel();

    /** How to generate households, if any. */
    public abstract Optional<PopulationModel> population();

    /** Households listed one by one, simulated before the generated ones, each with a distinct id. */
    public abstract ImmutableList<Household> households();

    /** The behaviour parameters; {@link Behaviour#defaults()} by default. */
    @Value.Default
    public Behaviour behaviour() {
        return Behaviour.defaults();
    }

    /** The interventions, applied from their first day on. */
    public abstract ImmutableList<Intervention> interventions();

    /** The day after the last step: the end of the simulated period, exclusive. */
    public LocalDate endOn() {
        return step().dayOf(startOn(), steps());
    }

    /**
     * This scenario with another seed.
     *
     * @param seed the seed
     * @return the scenario
     */
    public Scenario withSeed(long seed) {
        return builder().from(this).seed(seed).build();
    }

    /**
     * This scenario with one more intervention.
     *
     * @param intervention the intervention, not null
     * @return the scenario
     */
    public Scenario withIntervention(Intervention intervention) {
        Objects.requireNonNull(intervention, "intervention");
        return builder().from(this).addInterventions(intervention).build();
    }

    /** This scenario without its interventions: the baseline to compare them with. */
    public Scenario withoutInterventions() {
        return builder().from(this).interventions(ImmutableList.of()).build();
    }

    /** The JSON form, indented. */
    public String toJson() {
        return AccompanimentJson.writePretty(this);
    }

    @Value.Check
    final void check() {
        Checks.notBlank(name(), "name", this::describe);
        Checks.between(1, MAX_STEPS, steps(), "steps", this::describe);
        Map<String, Integer> names = new HashMap<>();
        Map<Object, Integer> communes = new HashMap<>();
        for (int i = 0; i < basins().size(); i++) {
            int index = i;
            Territory b = basins().get(i);
            Integer first = names.putIfAbsent(b.name(), i);
            Checks.that(
                    first == null,
                    "basins[" + index + "].name",
                    this::describe,
                    () -> "must differ from basins[" + first + "].name, was " + b.name());
            for (Object c : b.communes()) {
                Integer other = communes.putIfAbsent(c, i);
                Checks.that(
                        other == null,
                        "basins[" + index + "].communes",
                        this::describe,
                        () -> "must not hold commune " + c + ", already in basins[" + other + "]");
            }
        }
        Set<HouseholdId> ids = new HashSet<>();
        for (int i = 0; i < households().size(); i++) {
            int index = i;
            HouseholdId id = households().get(i).id();
            Checks.that(
                    ids.add(id),
                    "households[" + index + "].id",
                    this::describe,
                    () -> "must be unique, was repeated: " + id);
        }
    }

    private String describe() {
        return "scenario " + name();
    }

    /** Builds a {@link Scenario}. */
    public static final class Builder extends ImmutableScenario.Builder {
        Builder() {}
    }
}
