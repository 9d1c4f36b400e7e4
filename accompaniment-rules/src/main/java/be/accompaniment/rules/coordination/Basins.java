package be.accompaniment.rules.coordination;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of named {@link Basin}s: the bundled basins of the FLW forum, to which a user may add or substitute their
 * own.
 *
 * <p>The bundled basins ({@code basins.json} beside this class) are the four of the speed-dating rounds of the FLW
 * forum of June 2014: Hainaut oriental (arrondissements of Charleroi, Soignies, Thuin and La Louvière), Hainaut
 * occidental (Ath, Mons, Mouscron, Tournai-Mouscron), Liège (the province) and Bra-Na-Lux (the provinces of Walloon
 * Brabant, Namur and Luxembourg). The forum named the basins without listing their communes: the split of Hainaut
 * by arrondissement is this library's reading and is marked so in each basin's note.
 *
 * <p>Names are matched ignoring case. Immutable and thread-safe.
 */
public final class Basins {
    private static final Basins BUNDLED = load();

    private final ImmutableList<Basin> basins;
    private final Map<String, Basin> byName;

    private Basins(Collection<Basin> basins) {
        Map<String, Basin> named = new LinkedHashMap<>();
        for (Basin b : basins) {
            named.put(key(b.name()), b);
        }
        this.byName = named;
        this.basins = ImmutableList.copyOf(named.values());
    }

    /** The bundled basins of the FLW forum. */
    public static Basins bundled() {
        return BUNDLED;
    }

    /**
     * A set of basins; a later basin replaces an earlier one of the same name.
     *
     * @param basins the basins, not null
     * @return the set
     */
    public static Basins of(Collection<Basin> basins) {
        return new Basins(List.copyOf(Objects.requireNonNull(basins, "basins")));
    }

    /**
     * This set with more basins, such as a user's own; a basin with the name of an existing one replaces it.
     *
     * @param more the basins to add, not null
     * @return the new set
     */
    public Basins with(Collection<Basin> more) {
        Objects.requireNonNull(more, "more");
        return new Basins(
                ImmutableList.<Basin>builder().addAll(basins).addAll(more).build());
    }

    /** Every basin, in the order they were defined. */
    public ImmutableList<Basin> all() {
        return basins;
    }

    /**
     * The basin of a name, ignoring case.
     *
     * @param name the name, not null
     * @return the basin, or empty if none has that name
     */
    public Optional<Basin> named(String name) {
        return Optional.ofNullable(byName.get(key(Objects.requireNonNull(name, "name"))));
    }

    /**
     * The basin of a name, ignoring case.
     *
     * @param name the name, not null
     * @return the basin
     * @throws InvalidInputException if none has that name; the message lists the known names
     */
    public Basin require(String name) {
        return named(name)
                .orElseThrow(() -> new InvalidInputException(
                        "basin",
                        "must be one of " + basins.stream().map(Basin::name).toList() + ", was \"" + name + "\""));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The names of the basins. */
    @Override
    public String toString() {
        return "Basins" + basins.stream().map(Basin::name).toList();
    }

    private static Basins load() {
        try (InputStream in = Basins.class.getResourceAsStream("basins.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource basins.json");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return of(AccompanimentJson.read(json, new TypeReference<List<Basin>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read basins.json", e);
        }
    }
}
