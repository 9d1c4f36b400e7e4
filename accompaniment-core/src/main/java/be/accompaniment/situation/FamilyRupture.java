package be.accompaniment.situation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A family rupture (rupture familiale) that leaves a member of the household without a secure home: separation,
 * domestic violence, a young person put out of the parental home.
 *
 * <p>{@link #openedOn()} is the day of the rupture as far as known. Dates: left home ≤ rehoused.
 *
 * <p>ETHOS has no category for a rupture as such; it is classified by the insecure accommodation it produces:
 * 10.1 (living under threat of violence) for a victim of domestic violence who is not staying elsewhere, else 8.1
 * (temporarily with family or friends), where most people land after a rupture. ETHOS Light 6 only while
 * {@link #hosted()}. Record a {@link Homelessness} as well when the person sleeps rough or in a shelter. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableFamilyRupture.class)
@JsonDeserialize(as = ImmutableFamilyRupture.class)
public abstract non-sealed class FamilyRupture implements Situation {
    FamilyRupture() {}

    /**
     * A rupture with no departure recorded yet.
     *
     * @param cause the cause, not null
     * @param openedOn the day of the rupture, not null
     * @return the situation
     */
    public static FamilyRupture of(FamilyRuptureCause cause, LocalDate openedOn) {
        return builder().cause(cause).openedOn(openedOn).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract LocalDate openedOn();

    /** The cause of the rupture. */
    public abstract FamilyRuptureCause cause();

    /** Whether the person now stays temporarily with family or friends. */
    @Value.Default
    public boolean hosted() {
        return false;
    }

    /** The day the person left the family home. */
    public abstract Optional<LocalDate> leftHomeOn();

    /** The day the person moved into a home of their own. */
    public abstract Optional<LocalDate> rehousedOn();

    /** {@link SituationKind#FAMILY_RUPTURE}. */
    @Override
    @JsonIgnore
    public final SituationKind kind() {
        return SituationKind.FAMILY_RUPTURE;
    }

    /** Rehoused, else left home (a departure recorded, or hosted), else at home. */
    @Override
    @Value.Derived
    @JsonIgnore
    public FamilyRuptureStage stage() {
        if (rehousedOn().isPresent()) {
            return FamilyRuptureStage.REHOUSED;
        }
        return leftHomeOn().isPresent() || hosted() ? FamilyRuptureStage.LEFT_HOME : FamilyRuptureStage.AT_HOME;
    }

    @Override
    @Value.Derived
    @JsonIgnore
    public ImmutableMap<Milestone, LocalDate> milestones() {
        return MilestoneMap.opened(openedOn())
                .with(Milestone.DEPARTURE, leftHomeOn())
                .with(Milestone.HOUSING, rehousedOn())
                .build();
    }

    /** 10.1 for domestic violence when not hosted elsewhere, else 8.1. */
    @Override
    @JsonIgnore
    public EthosCategory ethos() {
        return cause() == FamilyRuptureCause.DOMESTIC_VIOLENCE && !hosted() ? EthosCategory.E10_1 : EthosCategory.E8_1;
    }

    /** ETHOS Light 6 (with family or friends) while hosted, else none. */
    @Override
    @JsonIgnore
    public Optional<EthosLight> ethosLight() {
        return hosted() ? Optional.of(EthosLight.FAMILY_OR_FRIENDS) : Optional.empty();
    }

    @Value.Check
    final void check() {
        DateOrder.of(this::describe).then("leftHomeOn", leftHomeOn()).then("rehousedOn", rehousedOn());
    }

    private String describe() {
        return "family rupture opened " + openedOn();
    }

    /** Builds a {@link FamilyRupture}. */
    public static final class Builder extends ImmutableFamilyRupture.Builder {
        Builder() {}
    }
}
