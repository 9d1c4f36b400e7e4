package be.accompaniment.rules.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;

/**
 * A change a researcher applies to a scenario from a day on, as data: add an actor, scale the capacity of a kind of
 * actor, or extend the winter moratorium. Comparing a scenario with and without one intervention, with the same seed,
 * isolates its effect (common random numbers).
 *
 * <p>JSON: an object tagged by {@code "kind"}: {@code add-actor} ({@link AddActor}), {@code scale-capacity}
 * ({@link ScaleCapacity}), {@code extend-moratorium} ({@link ExtendMoratorium}). Implementations are immutable and
 * thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ImmutableAddActor.class, name = "add-actor"),
    @JsonSubTypes.Type(value = ImmutableScaleCapacity.class, name = "scale-capacity"),
    @JsonSubTypes.Type(value = ImmutableExtendMoratorium.class, name = "extend-moratorium")
})
public sealed interface Intervention permits AddActor, ScaleCapacity, ExtendMoratorium {
    /** The first day the intervention applies. */
    LocalDate effectiveFrom();
}
