package be.accompaniment.rules.coordination;

import be.accompaniment.InvalidInputException;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.territory.Commune;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A geographic basin (bassin): a named group of communes where housing actors meet, such as the basins of the
 * speed-dating rounds of the FLW forum (Hainaut oriental, Hainaut occidental, Liège, Bra-Na-Lux), defined by the
 * NIS codes of whole provinces, arrondissements or single communes.
 *
 * <p>Example: {@code Basin.of("Bra-Na-Lux", NisCode.parse("20002"), NisCode.parse("80000"),
 * NisCode.parse("90000"))} — Walloon Brabant, Luxembourg and Namur. A basin becomes a {@link Territory} on a day
 * through the {@link Gazetteer}, so that the 2019 and 2025 changes of arrondissements and communes are followed.
 *
 * <p>JSON form: {@code {"name":"Liège","units":["60000"],"note":"…"}}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableBasin.class)
@JsonDeserialize(as = ImmutableBasin.class)
public abstract class Basin {
    Basin() {}

    /**
     * A basin of the given units.
     *
     * @param name the name, not blank
     * @param units the NIS codes of regions, provinces, arrondissements or communes, at least one
     * @return the basin
     */
    public static Basin of(String name, Collection<NisCode> units) {
        return builder().name(name).addAllUnits(units).build();
    }

    /**
     * A basin of the given units.
     *
     * @param name the name, not blank
     * @param units the NIS codes of regions, provinces, arrondissements or communes, at least one
     * @return the basin
     */
    public static Basin of(String name, NisCode... units) {
        return of(name, Arrays.asList(units));
    }

    /** A builder; {@code name} and at least one unit are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The name, e.g. "Hainaut oriental". */
    public abstract String name();

    /** The NIS codes of the regions, provinces, arrondissements or communes it is made of, in code order. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<NisCode> units();

    /** Where the definition comes from and what is uncertain about it. */
    public abstract Optional<String> note();

    /**
     * The communes of the basin on a day. A unit code that names no region, province, arrondissement or commune
     * that day contributes nothing, so that one definition can list the arrondissements of before and after the
     * reform of 1 January 2019 (Mouscron {@code 54000}, La Louvière {@code 58000}).
     *
     * @param gazetteer the gazetteer, not null
     * @param on the day, not null
     * @return the territory, named as the basin
     * @throws InvalidInputException if no unit names anything that day, or the day is outside the gazetteer's
     *     coverage
     */
    public Territory territory(Gazetteer gazetteer, LocalDate on) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(on, "on");
        TreeSet<NisCode> communes = new TreeSet<>();
        for (NisCode unit : units()) {
            // provinces of Brabant (20001, 20002) do not end in 000: ask the gazetteer what each code names
            if (gazetteer.unit(unit, on).isPresent()) {
                gazetteer.communesOf(unit, on).stream().map(Commune::code).forEach(communes::add);
            } else {
                gazetteer.commune(unit, on).map(Commune::code).ifPresent(communes::add);
            }
        }
        if (communes.isEmpty()) {
            throw new InvalidInputException(
                    "basin " + name() + ": units", "must name at least one commune on " + on + ", was " + units());
        }
        return Territory.of(name(), communes);
    }

    @Value.Check
    final void check() {
        Checks.notBlank(name(), "name", () -> "basin");
        Checks.notEmpty(units(), "units", () -> "basin " + name());
        note().ifPresent(n -> Checks.notBlank(n, "note", () -> "basin " + name()));
    }

    /** Builds a {@link Basin}. */
    public static final class Builder extends ImmutableBasin.Builder {
        Builder() {}
    }
}
