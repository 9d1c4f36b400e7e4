package be.accompaniment.territory;

import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A territory: a named set of communes, such as the area an actor serves or a transcommunal platform covers.
 *
 * <p>Example: {@code Territory.of("Ourthe-Amblève", List.of(aywaille, comblain, esneux, sprimont))}. Use the
 * {@link Gazetteer} for the territory of a commune, an arrondissement, a province or a region on a date, and
 * {@link Gazetteer#territory(String, Collection, java.time.LocalDate)} for a list checked against the communes of a date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableTerritory.class)
@JsonDeserialize(as = ImmutableTerritory.class)
public abstract class Territory {
    Territory() {}

    /**
     * A territory from an explicit list of communes.
     *
     * @param name the name, not blank
     * @param communes at least one commune code
     * @return the territory
     */
    public static Territory of(String name, Collection<NisCode> communes) {
        return builder().name(name).addAllCommunes(communes).build();
    }

    /**
     * A territory from an explicit list of communes.
     *
     * @param name the name, not blank
     * @param communes at least one commune code
     * @return the territory
     */
    public static Territory of(String name, NisCode... communes) {
        return of(name, Arrays.asList(communes));
    }

    /** A territory of a single commune, named by its code. */
    public static Territory ofCommune(NisCode commune) {
        return of(commune.toString(), commune);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The name, e.g. "Plate-forme logement Ourthe-Amblève". */
    public abstract String name();

    /** The communes, by code. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<NisCode> communes();

    /** Whether the commune is part of this territory. */
    public boolean contains(NisCode commune) {
        return communes().contains(Objects.requireNonNull(commune, "commune"));
    }

    @Value.Check
    final void check() {
        Checks.notBlank(name(), "name", () -> "territory");
        Checks.notEmpty(communes(), "communes", () -> "territory " + name());
        for (NisCode c : communes()) {
            Checks.that(
                    c.isCommune(),
                    "communes",
                    () -> "territory " + name(),
                    () -> "must list communes, not provinces, arrondissements or regions, was " + c);
        }
    }

    /** Builds a {@link Territory}. */
    public static final class Builder extends ImmutableTerritory.Builder {
        Builder() {}
    }
}
