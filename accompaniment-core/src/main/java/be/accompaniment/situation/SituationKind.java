package be.accompaniment.situation;

import static be.accompaniment.situation.Milestone.*;

import be.accompaniment.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kind of housing situation a household is in; each {@link Situation} type has one.
 *
 * <p>Its JSON form is its {@link #code() code}, the same name that tags a situation's {@code "kind"} property, e.g.
 * {@code "eviction-threat"}; the constant name ({@code "EVICTION_THREAT"}) is also read. Each kind lists its
 * {@link #stages() stages}, {@link #milestones() milestones} and {@link #outcomes() outcomes}, so that a rulebook can
 * be checked against them once, when it is compiled.
 */
public enum SituationKind {
    /** Threat of eviction from a rented or owned dwelling (expulsion domiciliaire). */
    EVICTION_THREAT("eviction-threat"),
    /** Dwelling unfit for habitation or overcrowded (insalubrité). */
    INSALUBRITY("insalubrity"),
    /** Coming release from an institution: prison, hospital, IHP, youth care, shelter. */
    INSTITUTION_EXIT("institution-exit"),
    /** Homelessness: roofless or houseless. */
    HOMELESSNESS("homelessness"),
    /** Permanent living in a tourist facility such as a camping (habitat permanent). */
    PERMANENT_HABITAT("permanent-habitat"),
    /** Rent arrears not (yet) before a court. */
    RENT_ARREARS("rent-arrears"),
    /** Family rupture: separation, violence, a young person put out of the home. */
    FAMILY_RUPTURE("family-rupture");

    private final String code;

    SituationKind(String code) {
        this.code = code;
    }

    /**
     * The kind with the given code or constant name.
     *
     * @param code a code such as {@code "eviction-threat"} or a constant name such as {@code "EVICTION_THREAT"}
     * @return the kind
     * @throws InvalidInputException if no kind has that code or name
     */
    @JsonCreator
    public static SituationKind parse(String code) {
        Objects.requireNonNull(code, "code");
        for (SituationKind k : values()) {
            if (k.code.equals(code) || k.name().equals(code)) {
                return k;
            }
        }
        throw new InvalidInputException(
                "situation kind",
                "unknown value \"" + code + "\"; expected one of "
                        + Arrays.stream(values()).map(SituationKind::code).collect(Collectors.toList()));
    }

    /**
     * The logical name of the kind, e.g. {@code "eviction-threat"}: the {@code "kind"} tag of a situation in JSON. As a
     * value, a kind is written by its constant name like every enum of the library, and read in either form.
     */
    public String code() {
        return code;
    }

    /**
     * Whether a situation of this kind concerns one member rather than the whole household — an institution exit, a
     * family rupture — so that a household may be in several of this kind at once.
     */
    public boolean isPerMember() {
        return this == INSTITUTION_EXIT || this == FAMILY_RUPTURE;
    }

    /** The {@link Situation} type of this kind, e.g. {@code EvictionThreat.class}. */
    public Class<? extends Situation> type() {
        return switch (this) {
            case EVICTION_THREAT -> EvictionThreat.class;
            case INSALUBRITY -> Insalubrity.class;
            case INSTITUTION_EXIT -> InstitutionExit.class;
            case HOMELESSNESS -> Homelessness.class;
            case PERMANENT_HABITAT -> PermanentHabitat.class;
            case RENT_ARREARS -> RentArrears.class;
            case FAMILY_RUPTURE -> FamilyRupture.class;
        };
    }

    /** The stages of this kind, in order: the constants of its stage enum, e.g. {@link EvictionStage}. */
    public ImmutableList<SituationStage> stages() {
        return switch (this) {
            case EVICTION_THREAT -> ImmutableList.copyOf(EvictionStage.values());
            case INSALUBRITY -> ImmutableList.copyOf(InsalubrityStage.values());
            case INSTITUTION_EXIT -> ImmutableList.copyOf(InstitutionExitStage.values());
            case HOMELESSNESS -> ImmutableList.copyOf(HomelessnessStage.values());
            case PERMANENT_HABITAT -> ImmutableList.copyOf(PermanentHabitatStage.values());
            case RENT_ARREARS -> ImmutableList.copyOf(RentArrearsStage.values());
            case FAMILY_RUPTURE -> ImmutableList.copyOf(FamilyRuptureStage.values());
        };
    }

    /**
     * The stage of this kind with the given name.
     *
     * @param name a constant name of this kind's stage enum, e.g. {@code "HEARING_SET"}, not null
     * @return the stage, or empty if this kind has no stage of that name
     */
    public Optional<SituationStage> stage(String name) {
        Objects.requireNonNull(name, "name");
        return stages().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The milestones a situation of this kind can have, in {@link Milestone} order; always includes OPENED. */
    public ImmutableSet<Milestone> milestones() {
        return switch (this) {
            case EVICTION_THREAT ->
                Sets.immutableEnumSet(
                        OPENED,
                        DEMAND,
                        FILING,
                        CPAS_NOTIFICATION,
                        HEARING,
                        JUDGMENT,
                        SERVICE_OF_JUDGMENT,
                        EXECUTION_NOTICE,
                        EXECUTION,
                        EXECUTED,
                        SETTLEMENT);
            case INSALUBRITY ->
                Sets.immutableEnumSet(
                        OPENED,
                        SURVEY_REQUEST,
                        SURVEY,
                        WORKS_ORDER,
                        WORKS_DEADLINE,
                        LETTING_BAN,
                        DECREE,
                        WORKS_COMPLETION,
                        RELOCATION);
            case INSTITUTION_EXIT -> Sets.immutableEnumSet(OPENED, ADMISSION, EXPECTED_RELEASE, RELEASE);
            case HOMELESSNESS -> Sets.immutableEnumSet(OPENED, REFERENCE_ADDRESS, HOUSING);
            case PERMANENT_HABITAT -> Sets.immutableEnumSet(OPENED, EXPECTED_RELOCATION, RELOCATION);
            case RENT_ARREARS -> Sets.immutableEnumSet(OPENED, DEMAND, PAYMENT_PLAN, SETTLEMENT);
            case FAMILY_RUPTURE -> Sets.immutableEnumSet(OPENED, DEPARTURE, HOUSING);
        };
    }

    /**
     * The outcomes an authority can record on a situation of this kind; only {@link #INSALUBRITY} has any today
     * (the constants of {@link WalloonSurveyOutcome}, {@link InsalubrityFinding}, {@link WalloonDecision} and
     * {@link BrusselsInspectionOutcome}).
     */
    public ImmutableList<SituationOutcome> outcomes() {
        if (this != INSALUBRITY) {
            return ImmutableList.of();
        }
        return ImmutableList.<SituationOutcome>builder()
                .add(WalloonSurveyOutcome.values())
                .add(InsalubrityFinding.values())
                .add(WalloonDecision.values())
                .add(BrusselsInspectionOutcome.values())
                .build();
    }

    /**
     * The outcome of this kind with the given name.
     *
     * @param name a constant name such as {@code "NON_AMELIORABLE"}, not null
     * @return the outcome, or empty if this kind has no outcome of that name
     */
    public Optional<SituationOutcome> outcome(String name) {
        Objects.requireNonNull(name, "name");
        return outcomes().stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
