package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ServiceKind;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The actors and services a region's model of housing accompaniment expects in a territory, as data: a CPAS in
 * every commune, an AIS in the basin and, where there is one, an APL and a régie de quartier… plus the services for
 * which a commune should not depend on a single actor.
 *
 * <p>{@link #bundled()} holds the models of Wallonia and Brussels-Capital ({@code coverage-models.json} beside this
 * class), each expectation with its note and, where one exists, its legal reference; values marked [M] in a note
 * are unverified. A vendor can copy the file, adapt it and read it with {@link AccompanimentJson}.
 *
 * <p>JSON form: {@code {"region":"WALLONIA","name":"…","expectations":[{…}],"singleProviderServices":[…]}}.
 * Validation: expectation ids are unique, and every kind named exists in the region. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableCoverageModel.class)
@JsonDeserialize(as = ImmutableCoverageModel.class)
public abstract class CoverageModel {
    CoverageModel() {}

    /** A builder; {@code region} and {@code name} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The bundled models, one per region that has one: Wallonia and Brussels-Capital. */
    public static ImmutableList<CoverageModel> bundled() {
        return Bundled.MODELS;
    }

    /**
     * The bundled model of a region.
     *
     * @param region the region, not null
     * @return the model, or empty if none is bundled (Flanders)
     */
    public static Optional<CoverageModel> bundled(Region region) {
        Objects.requireNonNull(region, "region");
        return Bundled.MODELS.stream().filter(m -> m.region() == region).findFirst();
    }

    /** The region whose communes it applies to. */
    public abstract Region region();

    /** Its name, e.g. "Wallonia: social accompaniment in housing". */
    public abstract String name();

    /** What it expects, in the order reports list the gaps. */
    public abstract ImmutableList<CoverageExpectation> expectations();

    /** The services for which a commune served by a single actor is reported. */
    public abstract ImmutableSet<ServiceKind> singleProviderServices();

    @Value.Check
    final void check() {
        Checks.notBlank(name(), "name", this::where);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < expectations().size(); i++) {
            CoverageExpectation e = expectations().get(i);
            String field = "expectations[" + i + "]";
            Checks.that(
                    ids.add(e.id()), field + ".id", this::where, () -> "must be unique, was \"" + e.id() + "\" twice");
            e.kind()
                    .ifPresent(k -> Checks.that(
                            k.existsIn(region()),
                            field + ".kind",
                            this::where,
                            () -> "must exist in " + region() + ", was " + k));
            e.whenPresent()
                    .ifPresent(k -> Checks.that(
                            k.existsIn(region()),
                            field + ".whenPresent",
                            this::where,
                            () -> "must exist in " + region() + ", was " + k));
        }
    }

    private String where() {
        return "coverage model " + region();
    }

    /** Region and number of expectations. */
    @Override
    public String toString() {
        return "CoverageModel{" + region() + ", " + expectations().size() + " expectations}";
    }

    private static ImmutableList<CoverageModel> load() {
        try (InputStream in = CoverageModel.class.getResourceAsStream("coverage-models.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource coverage-models.json");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ImmutableList.copyOf(AccompanimentJson.read(json, new TypeReference<List<CoverageModel>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read coverage-models.json", e);
        }
    }

    /** The bundled models, read on first use. */
    private static final class Bundled {
        static final ImmutableList<CoverageModel> MODELS = load();
    }

    /** Builds a {@link CoverageModel}. */
    public static final class Builder extends ImmutableCoverageModel.Builder {
        Builder() {}
    }
}
