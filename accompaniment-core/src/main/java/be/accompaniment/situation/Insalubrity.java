package be.accompaniment.situation;

import be.accompaniment.internal.Checks;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An insalubrious dwelling (logement insalubre): unfit for habitation or overcrowded, followed through the regional
 * procedure of the region where it lies.
 *
 * <p>Wallonia (Code wallon de l'habitation durable; criteria of the AGW of 30 August 2007): a salubrity survey
 * classifies the dwelling {@link WalloonSurveyOutcome salubre, améliorable or non améliorable} and may find it
 * {@link #uninhabitable()} or {@link #overcrowded()}; the bourgmestre then takes {@link WalloonDecision decisions}
 * (works, uninhabitability decree, demolition, withdrawal of the letting permit). Brussels (Code bruxellois du
 * Logement): the DIRL's inspection ends in a {@link BrusselsInspectionOutcome} (conforme, mise en demeure, letting
 * ban, immediate letting ban). Region-specific outcomes are refused in the other region; a Flemish dwelling carries
 * dates and findings only. A bourgmestre's decree under general police (NLC art. 135 §2) may be recorded in any
 * region.
 *
 * <p>Dates follow the procedure: survey requested ≤ surveyed ≤ works ordered ≤ works deadline and ≤ works
 * completed; surveyed ≤ letting ban and ≤ decree. The {@link #stage()} is the furthest step recorded, by date or by outcome.
 *
 * <p>ETHOS: 12.1 (occupied dwelling unfit for habitation), or 13.1 (extreme overcrowding) when the dwelling is found
 * overcrowded and nothing recorded makes it unfit; no ETHOS Light category. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableInsalubrity.class)
@JsonDeserialize(as = ImmutableInsalubrity.class)
public abstract non-sealed class Insalubrity implements Situation {
    Insalubrity() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract LocalDate openedOn();

    /** The region where the dwelling lies, whose housing code applies. */
    public abstract Region region();

    /** Classification by a Walloon salubrity survey; Wallonia only. */
    public abstract Optional<WalloonSurveyOutcome> walloonOutcome();

    /** Whether a Walloon survey declared the dwelling uninhabitable; Wallonia only, never with SALUBRE. */
    @Value.Default
    public boolean uninhabitable() {
        return false;
    }

    /** Whether the dwelling was found overcrowded for its occupants (surpeuplé); any region. */
    @Value.Default
    public boolean overcrowded() {
        return false;
    }

    /** Decisions of the bourgmestre after a Walloon survey; Wallonia only. */
    public abstract ImmutableSet<WalloonDecision> walloonDecisions();

    /** Outcome of the DIRL's inspection; Brussels-Capital only. */
    public abstract Optional<BrusselsInspectionOutcome> brusselsOutcome();

    /** Request for a survey or complaint to the inspectorate. */
    public abstract Optional<LocalDate> surveyRequestedOn();

    /** Visit of the dwelling by the inspector. */
    public abstract Optional<LocalDate> surveyedOn();

    /** Order to carry out works (Brussels: mise en demeure). */
    public abstract Optional<LocalDate> worksOrderedOn();

    /** Deadline for the works. */
    public abstract Optional<LocalDate> worksDeadlineOn();

    /** Ban on letting, or withdrawal of the letting permit. */
    public abstract Optional<LocalDate> lettingBanOn();

    /** The bourgmestre's decree declaring the dwelling uninhabitable. */
    public abstract Optional<LocalDate> decreeOn();

    /** Completion of the works. */
    public abstract Optional<LocalDate> worksCompletedOn();

    /** The household's move into other housing. */
    public abstract Optional<LocalDate> relocatedOn();

    /** {@link SituationKind#INSALUBRITY}. */
    @Override
    @JsonIgnore
    public final SituationKind kind() {
        return SituationKind.INSALUBRITY;
    }

    /** The furthest step recorded, by its date or by an outcome that implies it. */
    @Override
    @Value.Derived
    @JsonIgnore
    public InsalubrityStage stage() {
        if (relocatedOn().isPresent()) {
            return InsalubrityStage.RELOCATED;
        }
        if (worksCompletedOn().isPresent()) {
            return InsalubrityStage.WORKS_COMPLETED;
        }
        if (decreeOn().isPresent()
                || walloonDecisions().contains(WalloonDecision.UNINHABITABILITY_DECREE)
                || walloonDecisions().contains(WalloonDecision.DEMOLITION)) {
            return InsalubrityStage.UNINHABITABILITY_DECREE;
        }
        if (lettingBanOn().isPresent()
                || walloonDecisions().contains(WalloonDecision.LETTING_PERMIT_WITHDRAWN)
                || brusselsOutcome().filter(Insalubrity::bansLetting).isPresent()) {
            return InsalubrityStage.LETTING_BAN;
        }
        if (worksOrderedOn().isPresent()
                || walloonDecisions().contains(WalloonDecision.WORKS_ORDER)
                || brusselsOutcome()
                        .filter(o -> o == BrusselsInspectionOutcome.MISE_EN_DEMEURE)
                        .isPresent()) {
            return InsalubrityStage.WORKS_ORDERED;
        }
        if (surveyedOn().isPresent()
                || walloonOutcome().isPresent()
                || brusselsOutcome().isPresent()) {
            return InsalubrityStage.SURVEYED;
        }
        if (surveyRequestedOn().isPresent()) {
            return InsalubrityStage.SURVEY_REQUESTED;
        }
        return InsalubrityStage.REPORTED;
    }

    @Override
    @Value.Derived
    @JsonIgnore
    public ImmutableMap<Milestone, LocalDate> milestones() {
        return MilestoneMap.opened(openedOn())
                .with(Milestone.SURVEY_REQUEST, surveyRequestedOn())
                .with(Milestone.SURVEY, surveyedOn())
                .with(Milestone.WORKS_ORDER, worksOrderedOn())
                .with(Milestone.WORKS_DEADLINE, worksDeadlineOn())
                .with(Milestone.LETTING_BAN, lettingBanOn())
                .with(Milestone.DECREE, decreeOn())
                .with(Milestone.WORKS_COMPLETION, worksCompletedOn())
                .with(Milestone.RELOCATION, relocatedOn())
                .build();
    }

    /**
     * The survey outcome, the findings ({@link InsalubrityFinding#UNINHABITABLE}, {@link InsalubrityFinding#OVERCROWDED}),
     * the Walloon decisions and the Brussels outcome, in that order.
     */
    @Override
    @Value.Derived
    @JsonIgnore
    public ImmutableSet<SituationOutcome> outcomes() {
        ImmutableSet.Builder<SituationOutcome> b = ImmutableSet.builder();
        walloonOutcome().ifPresent(b::add);
        if (uninhabitable()) {
            b.add(InsalubrityFinding.UNINHABITABLE);
        }
        if (overcrowded()) {
            b.add(InsalubrityFinding.OVERCROWDED);
        }
        b.addAll(walloonDecisions());
        brusselsOutcome().ifPresent(b::add);
        return b.build();
    }

    /** ETHOS 12.1, or 13.1 when overcrowding is the only problem recorded. */
    @Override
    @JsonIgnore
    public EthosCategory ethos() {
        return overcrowded() && !unfitRecorded() ? EthosCategory.E13_1 : EthosCategory.E12_1;
    }

    private boolean unfitRecorded() {
        return uninhabitable()
                || walloonOutcome()
                        .filter(o -> o != WalloonSurveyOutcome.SALUBRE)
                        .isPresent()
                || brusselsOutcome()
                        .filter(o -> o != BrusselsInspectionOutcome.CONFORME)
                        .isPresent()
                || !walloonDecisions().isEmpty()
                || worksOrderedOn().isPresent()
                || lettingBanOn().isPresent()
                || decreeOn().isPresent();
    }

    private static boolean bansLetting(BrusselsInspectionOutcome o) {
        return o == BrusselsInspectionOutcome.INTERDICTION_LOCATION
                || o == BrusselsInspectionOutcome.INTERDICTION_IMMEDIATE;
    }

    @Value.Check
    final void check() {
        boolean wallonia = region() == Region.WALLONIA;
        Checks.that(
                wallonia || walloonOutcome().isEmpty(),
                "walloonOutcome",
                this::describe,
                () -> "is a Walloon survey outcome, but the region is " + region() + ", was "
                        + walloonOutcome().get());
        Checks.that(
                wallonia || walloonDecisions().isEmpty(),
                "walloonDecisions",
                this::describe,
                () -> "are Walloon decisions, but the region is " + region() + ", was " + walloonDecisions());
        Checks.that(
                wallonia || !uninhabitable(),
                "uninhabitable",
                this::describe,
                () -> "is a Walloon survey finding, but the region is " + region() + ", was true");
        Checks.that(
                region() == Region.BRUSSELS_CAPITAL || brusselsOutcome().isEmpty(),
                "brusselsOutcome",
                this::describe,
                () -> "is a Brussels inspection outcome, but the region is " + region() + ", was "
                        + brusselsOutcome().get());
        Checks.that(
                !(uninhabitable() && walloonOutcome().equals(Optional.of(WalloonSurveyOutcome.SALUBRE))),
                "uninhabitable",
                this::describe,
                () -> "cannot be true for a dwelling surveyed SALUBRE, was true");
        Checks.that(
                !(lettingBanOn().isPresent()
                        && brusselsOutcome().equals(Optional.of(BrusselsInspectionOutcome.CONFORME))),
                "lettingBanOn",
                this::describe,
                () -> "must be absent for a dwelling inspected CONFORME, was "
                        + lettingBanOn().get());
        DateOrder.of(this::describe)
                .then("surveyRequestedOn", surveyRequestedOn())
                .then("surveyedOn", surveyedOn())
                .then("worksOrderedOn", worksOrderedOn())
                .then("worksDeadlineOn", worksDeadlineOn());
        DateOrder.of(this::describe)
                .then("surveyRequestedOn", surveyRequestedOn())
                .then("surveyedOn", surveyedOn())
                .then("worksOrderedOn", worksOrderedOn())
                .then("worksCompletedOn", worksCompletedOn());
        DateOrder.of(this::describe)
                .then("surveyRequestedOn", surveyRequestedOn())
                .then("surveyedOn", surveyedOn())
                .then("lettingBanOn", lettingBanOn());
        DateOrder.of(this::describe)
                .then("surveyRequestedOn", surveyRequestedOn())
                .then("surveyedOn", surveyedOn())
                .then("decreeOn", decreeOn());
    }

    private String describe() {
        return "insalubrity opened " + openedOn();
    }

    /** Builds an {@link Insalubrity}. */
    public static final class Builder extends ImmutableInsalubrity.Builder {
        Builder() {}
    }
}
