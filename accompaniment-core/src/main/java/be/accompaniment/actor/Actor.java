package be.accompaniment.actor;

import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that takes part in housing pathways: a CPAS, an AIS, an SLSP, a régie de quartier, a justice de
 * paix… with the communes it serves, the services it offers, its capacity and its working languages.
 *
 * <p>An actor is always an organisation, never a person: its {@link #name()} is the organisation's name.
 * Example: the CPAS of Esneux, kind {@link ActorKind#CPAS}, serving the single commune {@code 62032}.
 *
 * <p>The kind must exist in every region the actor serves (an {@link ActorKind#SLSP} serving a Brussels commune is
 * refused). Sector, services and languages have defaults: the kind's sector, the kind's typical services, and the
 * official languages of the seat's language area.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public abstract class Actor {
    Actor() {}

    /** A builder; {@code id}, {@code name}, {@code kind}, {@code territory} and {@code seat} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The actor's identifier in its directory. */
    public abstract ActorId id();

    /** The organisation's name, e.g. "CPAS d'Esneux"; never the name of a person. */
    public abstract String name();

    /** The kind of organisation, e.g. {@link ActorKind#AIS}. */
    public abstract ActorKind kind();

    /** The sector; by default the sector of its kind, which an actor may override (e.g. a public-law association). */
    @Value.Default
    public Sector sector() {
        return kind().sector();
    }

    /** The communes the actor serves (its action territory). */
    public abstract Territory territory();

    /** The commune of its seat (siège); it may lie outside the territory served, e.g. a regional body. */
    public abstract NisCode seat();

    /** The services it offers; by default the {@linkplain ActorKind#typicalServices() typical services} of its kind. */
    @Value.Default
    public ImmutableSet<ServiceKind> services() {
        return kind().typicalServices();
    }

    /** The number of households it can follow at once, when known; at least 0. */
    public abstract Optional<Integer> capacity();

    /** The number of places currently free, when known; between 0 and the capacity. */
    public abstract Optional<Integer> openPlaces();

    /**
     * The languages in which it works; by default the official languages of its seat: Dutch in Flanders, French and
     * Dutch in Brussels, French in Wallonia except German in the nine communes of the German-speaking Community.
     */
    @Value.Default
    public ImmutableSet<Language> languages() {
        return LanguageArea.officialLanguages(seat());
    }

    /** The regions of the communes it serves. */
    @Value.Derived
    @JsonIgnore
    public ImmutableSet<Region> regions() {
        EnumSet<Region> regions = EnumSet.noneOf(Region.class);
        for (NisCode commune : territory().communes()) {
            regions.add(commune.region());
        }
        return Sets.immutableEnumSet(regions);
    }

    /**
     * Whether it can take a new household: false only when it declares no open place, or a capacity of 0 without a
     * count of open places. An actor that declares nothing is assumed open.
     */
    public boolean hasFreeCapacity() {
        if (openPlaces().isPresent()) {
            return openPlaces().get() > 0;
        }
        return capacity().map(c -> c > 0).orElse(true);
    }

    /**
     * Whether it serves the commune.
     *
     * @param commune a commune code, not null
     */
    public boolean serves(NisCode commune) {
        return territory().contains(Objects.requireNonNull(commune, "commune"));
    }

    /**
     * Whether it offers the service.
     *
     * @param service the service, not null
     */
    public boolean offers(ServiceKind service) {
        return services().contains(Objects.requireNonNull(service, "service"));
    }

    @Value.Check
    final void check() {
        Checks.notBlank(name(), "name", this::describe);
        Checks.that(
                !seat().isAggregate(),
                "seat",
                this::describe,
                () -> "must be a commune code, not an arrondissement or region, was " + seat());
        Checks.notEmpty(services(), "services", this::describe);
        Checks.notEmpty(languages(), "languages", this::describe);
        capacity().ifPresent(c -> Checks.atLeast(0, c, "capacity", this::describe));
        openPlaces().ifPresent(p -> {
            Checks.atLeast(0, p, "openPlaces", this::describe);
            capacity()
                    .ifPresent(c -> Checks.that(
                            p <= c, "openPlaces", this::describe, () -> "must be <= capacity " + c + ", was " + p));
        });
        for (NisCode commune : territory().communes()) {
            Region region = commune.region();
            Checks.that(
                    kind().existsIn(region),
                    "territory",
                    this::describe,
                    () -> "kind " + kind() + " does not exist in " + region + ", was commune " + commune);
        }
    }

    private String describe() {
        return "actor " + id();
    }

    /** Id, kind and number of communes: enough to recognise it in a log. */
    @Override
    public String toString() {
        return "Actor{" + id() + ", " + kind() + ", " + territory().communes().size() + " communes}";
    }

    /** Builds an {@link Actor}. */
    public static final class Builder extends ImmutableActor.Builder {
        Builder() {}
    }
}
