package be.accompaniment.situation;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Homelessness (sans-abrisme, absence de chez-soi): the household, or one of its members, is roofless, houseless or
 * in insecure accommodation, as the ETHOS living situation given says.
 *
 * <p>{@link #openedOn()} is the first known day of homelessness. The ETHOS category is given, since it is what the
 * social worker observes; it must lie in operational categories 1 to 8 (roofless, houseless, or insecure
 * accommodation with family or friends, without tenancy, or on occupied land) — a threat of eviction, violence or an
 * unfit dwelling are other situations. Dates: reference address ≤ housed.
 *
 * <p>ETHOS: as given; ETHOS Light: that of the category ({@link EthosCategory#light()}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableHomelessness.class)
@JsonDeserialize(as = ImmutableHomelessness.class)
public abstract non-sealed class Homelessness implements Situation {
    Homelessness() {}

    /**
     * Homelessness in a given living situation since a day.
     *
     * @param ethos the living situation, operational category 1 to 8, not null
     * @param openedOn the first known day of homelessness, not null
     * @return the situation
     */
    public static Homelessness of(EthosCategory ethos, LocalDate openedOn) {
        return builder().ethos(ethos).openedOn(openedOn).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract LocalDate openedOn();

    /** The ETHOS living situation observed, in operational categories 1 to 8. */
    @Override
    public abstract EthosCategory ethos();

    /** Registration at a reference address with a CPAS. */
    public abstract Optional<LocalDate> referenceAddressOn();

    /** Entry into housing, ending homelessness. */
    public abstract Optional<LocalDate> housedOn();

    /** {@link SituationKind#HOMELESSNESS}. */
    @Override
    @JsonIgnore
    public final SituationKind kind() {
        return SituationKind.HOMELESSNESS;
    }

    /** Housed, else at a reference address, else homeless. */
    @Override
    @Value.Derived
    @JsonIgnore
    public HomelessnessStage stage() {
        if (housedOn().isPresent()) {
            return HomelessnessStage.HOUSED;
        }
        return referenceAddressOn().isPresent() ? HomelessnessStage.REFERENCE_ADDRESS : HomelessnessStage.HOMELESS;
    }

    @Override
    @Value.Derived
    @JsonIgnore
    public ImmutableMap<Milestone, LocalDate> milestones() {
        return MilestoneMap.opened(openedOn())
                .with(Milestone.REFERENCE_ADDRESS, referenceAddressOn())
                .with(Milestone.HOUSING, housedOn())
                .build();
    }

    @Value.Check
    final void check() {
        Checks.that(
                ethos().operationalCategory() <= 8,
                "ethos",
                this::describe,
                () -> "must be in operational categories 1 to 8, was " + ethos().code());
        DateOrder.of(this::describe)
                .then("referenceAddressOn", referenceAddressOn())
                .then("housedOn", housedOn());
    }

    private String describe() {
        return "homelessness opened " + openedOn();
    }

    /** Builds a {@link Homelessness}. */
    public static final class Builder extends ImmutableHomelessness.Builder {
        Builder() {}
    }
}
