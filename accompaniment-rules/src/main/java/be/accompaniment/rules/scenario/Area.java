package be.accompaniment.rules.scenario;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An area a simulation reports figures for: a commune (by NIS code), a basin (by name), a region (by constant) or
 * the whole territory (by name), with a name for people.
 *
 * <p>JSON: {@code {"type":"COMMUNE","id":"62063","name":"Liège"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArea.class)
@JsonDeserialize(as = ImmutableArea.class)
public abstract class Area {
    Area() {}

    /**
     * An area.
     *
     * @param type the kind of area, not null
     * @param id its identifier in exports, not blank
     * @param name its name for people, not blank
     * @return the area
     */
    public static Area of(AreaType type, String id, String name) {
        return ImmutableArea.builder().type(type).id(id).name(name).build();
    }

    /** The kind of area. */
    public abstract AreaType type();

    /** The identifier in exports: a NIS code, a basin's name, a region's constant, the territory's name. */
    public abstract String id();

    /** The name for people, e.g. a commune's French name. */
    public abstract String name();

    @Value.Check
    final void check() {
        Checks.notBlank(id(), "id", () -> "area");
        Checks.notBlank(name(), "name", () -> "area");
    }
}
