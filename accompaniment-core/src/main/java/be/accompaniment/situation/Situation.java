package be.accompaniment.situation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A housing situation a household is in: an eviction threat, an insalubrious dwelling, a coming release from an
 * institution, or one of the neighbouring situations pathways run through.
 *
 * <p>Every situation answers the same questions, so that rules can read any of them the same way: its
 * {@link #kind()}, the day it {@link #openedOn() opened}, the {@link #stage()} it has reached, its dated
 * {@link #milestones()}, the {@link #outcomes()} recorded by an authority, and its {@link #ethos() ETHOS} and
 * {@link #ethosLight() ETHOS Light} categories. Days until or since a milestone are
 * {@link #daysUntil(Milestone, LocalDate)}.
 *
 * <p>JSON: an object tagged by a {@code "kind"} property holding the kind's {@link SituationKind#code() code}, e.g.
 * {@code {"kind":"eviction-threat","openedOn":"2024-02-01","hearingOn":"2024-03-12",…}}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ImmutableEvictionThreat.class, name = "eviction-threat"),
    @JsonSubTypes.Type(value = ImmutableInsalubrity.class, name = "insalubrity"),
    @JsonSubTypes.Type(value = ImmutableInstitutionExit.class, name = "institution-exit"),
    @JsonSubTypes.Type(value = ImmutableHomelessness.class, name = "homelessness"),
    @JsonSubTypes.Type(value = ImmutablePermanentHabitat.class, name = "permanent-habitat"),
    @JsonSubTypes.Type(value = ImmutableRentArrears.class, name = "rent-arrears"),
    @JsonSubTypes.Type(value = ImmutableFamilyRupture.class, name = "family-rupture")
})
public sealed interface Situation
        permits EvictionThreat,
                Insalubrity,
                InstitutionExit,
                Homelessness,
                PermanentHabitat,
                RentArrears,
                FamilyRupture {

    /** The kind of situation. */
    SituationKind kind();

    /**
     * The day the situation was first known to have begun: the day the social worker learnt of it when its start is
     * unknown. Milestones may fall before it.
     */
    LocalDate openedOn();

    /** The stage reached, derived from the milestones and outcomes recorded; a constant of the kind's stage enum. */
    SituationStage stage();

    /**
     * The dated milestones recorded, in {@link Milestone} order; always includes {@link Milestone#OPENED}. Dates may
     * lie in the future (a hearing set, a release expected).
     */
    ImmutableMap<Milestone, LocalDate> milestones();

    /**
     * The outcomes and decisions an authority recorded, e.g. {@code NON_AMELIORABLE}; empty for kinds without
     * outcomes (all but {@link SituationKind#INSALUBRITY}).
     */
    default ImmutableSet<SituationOutcome> outcomes() {
        return ImmutableSet.of();
    }

    /**
     * The ETHOS living situation this situation is classified in (FEANTSA). Each type documents its mapping and
     * where FEANTSA's strict definition is narrower.
     */
    EthosCategory ethos();

    /**
     * The ETHOS Light category the situation counts in for homelessness statistics, if any. By default that of
     * {@link #ethos()}; types narrow it where ETHOS Light asks for a lack of housing.
     */
    default Optional<EthosLight> ethosLight() {
        return ethos().light();
    }

    /**
     * The date of a milestone.
     *
     * @param milestone the milestone, not null
     * @return its date, or empty if not recorded or not a milestone of this kind
     */
    default Optional<LocalDate> milestone(Milestone milestone) {
        Objects.requireNonNull(milestone, "milestone");
        return Optional.ofNullable(milestones().get(milestone));
    }

    /**
     * Days from a day to a milestone: positive when the milestone lies ahead, zero on the day, negative when it has
     * passed ("days since" is the opposite).
     *
     * @param milestone the milestone, not null
     * @param on the day to count from, not null
     * @return the number of days, or empty if the milestone is not recorded
     */
    default OptionalLong daysUntil(Milestone milestone, LocalDate on) {
        Objects.requireNonNull(on, "on");
        Optional<LocalDate> date = milestone(milestone);
        return date.isPresent() ? OptionalLong.of(ChronoUnit.DAYS.between(on, date.get())) : OptionalLong.empty();
    }
}
