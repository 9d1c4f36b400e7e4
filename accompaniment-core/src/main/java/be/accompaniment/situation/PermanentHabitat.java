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
 * Permanent living in a tourist facility — a camping, a holiday park, a chalet village (habitat permanent dans les
 * équipements touristiques), covered in Wallonia by the Plan HP (2002; convention extended to 31 December 2026).
 *
 * <p>ETHOS: that of the {@link HabitatStructure structure} — 11.1 mobile home, 11.2 non-conventional building, 11.3
 * temporary structure; ETHOS Light 5 (non-conventional dwellings used for lack of housing), the Plan HP's premise.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePermanentHabitat.class)
@JsonDeserialize(as = ImmutablePermanentHabitat.class)
public abstract non-sealed class PermanentHabitat implements Situation {
    PermanentHabitat() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract LocalDate openedOn();

    /** The structure lived in. */
    public abstract HabitatStructure structure();

    /** The Plan HP phase covering the facility, in Wallonia; empty when not covered. */
    public abstract Optional<PlanHpPhase> planHpPhase();

    /** Whether the household is registered (domiciled) at the facility's address. */
    @Value.Default
    public boolean domiciledOnSite() {
        return false;
    }

    /** A planned move into other housing. */
    public abstract Optional<LocalDate> expectedRelocationOn();

    /** The move into other housing. */
    public abstract Optional<LocalDate> relocatedOn();

    /** {@link SituationKind#PERMANENT_HABITAT}. */
    @Override
    @JsonIgnore
    public final SituationKind kind() {
        return SituationKind.PERMANENT_HABITAT;
    }

    /** Relocated, else relocation planned, else resident. */
    @Override
    @Value.Derived
    @JsonIgnore
    public PermanentHabitatStage stage() {
        if (relocatedOn().isPresent()) {
            return PermanentHabitatStage.RELOCATED;
        }
        return expectedRelocationOn().isPresent()
                ? PermanentHabitatStage.RELOCATION_PLANNED
                : PermanentHabitatStage.RESIDENT;
    }

    @Override
    @Value.Derived
    @JsonIgnore
    public ImmutableMap<Milestone, LocalDate> milestones() {
        return MilestoneMap.opened(openedOn())
                .with(Milestone.EXPECTED_RELOCATION, expectedRelocationOn())
                .with(Milestone.RELOCATION, relocatedOn())
                .build();
    }

    /** The structure's ETHOS category, 11.1 to 11.3. */
    @Override
    @JsonIgnore
    public EthosCategory ethos() {
        return structure().ethos();
    }

    /** Builds a {@link PermanentHabitat}. */
    public static final class Builder extends ImmutablePermanentHabitat.Builder {
        Builder() {}
    }
}
