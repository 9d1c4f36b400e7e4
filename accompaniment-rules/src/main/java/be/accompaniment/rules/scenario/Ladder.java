package be.accompaniment.rules.scenario;

import be.accompaniment.household.Tenure;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.rules.calendar.MoratoriumDecision;
import be.accompaniment.situation.BrusselsInspectionOutcome;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.FamilyRuptureCause;
import be.accompaniment.situation.HabitatStructure;
import be.accompaniment.situation.Homelessness;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.PermanentHabitat;
import be.accompaniment.situation.RentArrears;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.WalloonDecision;
import be.accompaniment.situation.WalloonSurveyOutcome;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The stages a simulated situation goes through, kind by kind: how a situation is built in a given stage, which
 * stages move on by chance (the dynamics' "worsen" probability) and which on a legal date (the legal clock: a CPAS
 * notified four days after filing, a judgment on the hearing day, an eviction on the day set, never inside an
 * applicable moratorium; a release on the day planned).
 *
 * <p>Every detail drawn (an outcome, a delay, an institution) comes from {@link Draws} keyed by the household, its
 * episode and the detail, so that it is the same in two scenarios that differ by an intervention.
 */
final class Ladder {
    static final int NONE = 0;
    static final int CPAS_NOTIFICATION = 1;
    static final int HEARING_SET = 2;
    static final int JUDGMENT = 3;
    static final int SERVICE = 4;
    static final int NOTICE = 5;
    static final int EXECUTION = 6;
    static final int RELEASE = 7;

    private static final int K_FUTURE_HEARING = 1;
    private static final int K_FUTURE_EXECUTION = 2;
    private static final int K_SURVEY_OUTCOME = 3;
    private static final int K_INSTITUTION = 4;
    private static final int K_ADMITTED_BACK = 5;
    private static final int K_RELEASE_DELAY = 6;
    private static final int K_HOMELESS_ETHOS = 7;
    private static final int K_STRUCTURE = 8;
    private static final int K_CAUSE = 9;
    private static final int K_ARREARS = 10;
    private static final int K_OBJECTION = 11;
    private static final int K_HEARING_DELAY = 12;
    private static final int K_SERVICE_DELAY = 13;
    private static final int K_EXECUTION_DELAY = 14;
    private static final int K_BRUSSELS_OUTCOME = 15;

    private static final InstitutionType[] INSTITUTIONS = {
        InstitutionType.PRISON,
        InstitutionType.PRISON,
        InstitutionType.PRISON,
        InstitutionType.PSYCHIATRIC_HOSPITAL,
        InstitutionType.PSYCHIATRIC_HOSPITAL,
        InstitutionType.HOSPITAL,
        InstitutionType.HOSPITAL,
        InstitutionType.YOUTH_CARE,
        InstitutionType.SHELTER,
        InstitutionType.IHP
    };

    private final long seed;
    private final Behaviour behaviour;
    private final LegalCalendar calendar;

    Ladder(long seed, Behaviour behaviour, LegalCalendar calendar) {
        this.seed = seed;
        this.behaviour = behaviour;
        this.calendar = calendar;
    }

    private double u(HouseholdRun r, int detail) {
        return Draws.uniform(seed, r.index, Draws.DETAIL, r.episode, detail);
    }

    private int pick(HouseholdRun r, int detail, DayRange range) {
        return range.pick(u(r, detail));
    }

    /** Evenly spaced days from {@code first} to {@code last}, {@code n} of them. */
    private static LocalDate[] spread(LocalDate first, LocalDate last, int n) {
        LocalDate[] days = new LocalDate[n];
        long span = Math.max(0, ChronoUnit.DAYS.between(first, last));
        for (int i = 0; i < n; i++) {
            days[i] = n == 1 ? first : first.plusDays(span * i / (n - 1));
        }
        return days;
    }

    /**
     * A situation of a kind opened in the past and now in a stage: milestones of earlier stages are spread between
     * its opening and today, milestones that lie ahead (a hearing, an eviction day, a release) come after today.
     *
     * @param r the household
     * @param kind the kind
     * @param stage the name of an open stage of the kind
     * @param openedOn the day it opened, not after today
     * @param today the day it is built
     */
    Situation build(HouseholdRun r, SituationKind kind, String stage, LocalDate openedOn, LocalDate today) {
        int rank = SituationIncidence.openStages(kind).indexOf(stage);
        Region region = r.region();
        switch (kind) {
            case EVICTION_THREAT: {
                int past = Math.min(rank, 2) + 1 + (rank >= 4 ? rank - 3 : 0);
                LocalDate[] d = spread(openedOn, today, past);
                EvictionThreat.Builder b =
                        EvictionThreat.builder().openedOn(openedOn).demandOn(d[0]);
                if (rank >= 1) {
                    b.procedure(EvictionProcedure.REQUETE).filedOn(d[1]);
                }
                if (rank >= 2) {
                    b.cpasNotifiedOn(d[2]);
                }
                if (rank == 3) {
                    b.hearingOn(today.plusDays(1 + (int) (u(r, K_FUTURE_HEARING) * 40)));
                }
                if (rank >= 4) {
                    b.hearingOn(d[3]).judgmentOn(d[3]);
                }
                if (rank >= 5) {
                    b.judgmentServedOn(d[4]);
                }
                if (rank >= 6) {
                    LocalDate execution =
                            outsideMoratorium(r, today.plusDays(1 + (int) (u(r, K_FUTURE_EXECUTION) * 21)), region);
                    b.executionNoticeOn(d[5]).executionOn(execution);
                }
                return b.build();
            }
            case INSALUBRITY: {
                LocalDate[] d = spread(openedOn, today, Math.max(1, rank));
                Insalubrity.Builder b = Insalubrity.builder().openedOn(openedOn).region(region);
                boolean improvable = stage.equals("WORKS_ORDERED")
                        || (!stage.equals("UNINHABITABILITY_DECREE") && u(r, K_SURVEY_OUTCOME) < 0.7);
                if (rank >= 1) {
                    b.surveyRequestedOn(d[0]);
                }
                if (rank >= 2) {
                    b.surveyedOn(d[1]);
                    if (region == Region.WALLONIA) {
                        b.walloonOutcome(
                                improvable ? WalloonSurveyOutcome.AMELIORABLE : WalloonSurveyOutcome.NON_AMELIORABLE);
                    }
                }
                if (rank >= 3) {
                    surveyDecision(b, stage, region, d[2]);
                }
                return b.build();
            }
            case INSTITUTION_EXIT: {
                InstitutionType type = INSTITUTIONS[(int) (u(r, K_INSTITUTION) * INSTITUTIONS.length)];
                LocalDate admitted = openedOn.minusDays(30 + (int) (u(r, K_ADMITTED_BACK) * 700));
                InstitutionExit.Builder b = InstitutionExit.builder()
                        .openedOn(openedOn)
                        .institution(type)
                        .admittedOn(admitted)
                        .institutionCommune(r.commune())
                        .registrationAtAdmission(r.commune());
                if (rank >= 1) {
                    b.expectedReleaseOn(today.plusDays(pick(r, K_RELEASE_DELAY, behaviour.releaseAfterPlanningDays())));
                }
                return b.build();
            }
            case HOMELESSNESS: {
                Homelessness.Builder b =
                        Homelessness.builder().openedOn(openedOn).ethos(homelessEthos(r));
                if (rank >= 1) {
                    b.referenceAddressOn(today);
                }
                return b.build();
            }
            case PERMANENT_HABITAT: {
                PermanentHabitat.Builder b = PermanentHabitat.builder()
                        .openedOn(openedOn)
                        .structure(
                                u(r, K_STRUCTURE) < 0.6
                                        ? HabitatStructure.MOBILE_HOME
                                        : HabitatStructure.NON_CONVENTIONAL_BUILDING);
                if (rank >= 1) {
                    b.expectedRelocationOn(today.plusDays(90));
                }
                return b.build();
            }
            case RENT_ARREARS: {
                int months = 1 + (int) (u(r, K_ARREARS) * 4);
                RentArrears.Builder b = RentArrears.builder()
                        .openedOn(openedOn)
                        .monthsOfArrears(months)
                        .arrearsCents(months * 55_000L);
                if (rank >= 1) {
                    b.demandOn(today);
                }
                if (rank >= 2) {
                    b.paymentPlanOn(today);
                }
                return b.build();
            }
            case FAMILY_RUPTURE: {
                FamilyRuptureCause[] causes = FamilyRuptureCause.values();
                FamilyRupture.Builder b =
                        FamilyRupture.builder().openedOn(openedOn).cause(causes[(int) (u(r, K_CAUSE) * causes.length)]);
                if (rank >= 1) {
                    b.leftHomeOn(today).hosted(true);
                }
                return b.build();
            }
        }
        throw new AssertionError(kind);
    }

    private static void surveyDecision(Insalubrity.Builder b, String stage, Region region, LocalDate on) {
        switch (stage) {
            case "WORKS_ORDERED" -> {
                b.worksOrderedOn(on);
                if (region == Region.WALLONIA) {
                    b.addWalloonDecisions(WalloonDecision.WORKS_ORDER);
                } else if (region == Region.BRUSSELS_CAPITAL) {
                    b.brusselsOutcome(BrusselsInspectionOutcome.MISE_EN_DEMEURE);
                }
            }
            case "LETTING_BAN" -> {
                b.lettingBanOn(on);
                if (region == Region.WALLONIA) {
                    b.addWalloonDecisions(WalloonDecision.LETTING_PERMIT_WITHDRAWN);
                } else if (region == Region.BRUSSELS_CAPITAL) {
                    b.brusselsOutcome(BrusselsInspectionOutcome.INTERDICTION_LOCATION);
                }
            }
            default -> {
                b.decreeOn(on);
                if (region == Region.WALLONIA) {
                    b.addWalloonDecisions(WalloonDecision.UNINHABITABILITY_DECREE)
                            .uninhabitable(true);
                }
            }
        }
    }

    private EthosCategory homelessEthos(HouseholdRun r) {
        Tenure t = r.tenure();
        if (t == Tenure.HOSTED) {
            return EthosCategory.E8_1;
        }
        if (t == Tenure.SQUAT) {
            return EthosCategory.E8_2;
        }
        double x = u(r, K_HOMELESS_ETHOS);
        return x < 0.25 ? EthosCategory.E1_1 : x < 0.7 ? EthosCategory.E2_1 : EthosCategory.E3_1;
    }

    /** Whether the situation can move one stage on by chance (rather than on a legal date). */
    boolean canWorsen(Situation s) {
        return switch (s.kind()) {
            case EVICTION_THREAT -> s.stage() == EvictionStage.DEMAND;
            case INSALUBRITY ->
                List.of("REPORTED", "SURVEY_REQUESTED", "SURVEYED")
                        .contains(s.stage().name());
            case INSTITUTION_EXIT -> s.stage().name().equals("ADMITTED");
            case HOMELESSNESS -> s.stage().name().equals("HOMELESS");
            case PERMANENT_HABITAT -> s.stage().name().equals("RESIDENT");
            case RENT_ARREARS -> !s.stage().name().equals("PAYMENT_PLAN");
            case FAMILY_RUPTURE -> s.stage().name().equals("AT_HOME");
        };
    }

    /**
     * What a worsening by chance leads to: the same situation one stage on, or another situation that the first
     * escalates into and that replaces it.
     */
    sealed interface Worsening {
        /** The situation the household is in afterwards. */
        Situation situation();

        /** The same situation, one stage on. */
        record NextStage(Situation situation) implements Worsening {}

        /** A new situation replacing the one that escalated, e.g. the eviction claim after rent arrears. */
        record Escalation(EvictionThreat situation) implements Worsening {}
    }

    /**
     * What the situation becomes by chance on a day: one stage on, or, for rent arrears after a formal demand, an
     * eviction claim filed that day.
     */
    Worsening worsen(HouseholdRun r, Situation s, LocalDate on) {
        if (s instanceof RentArrears a && a.demandOn().isPresent()) {
            return new Worsening.Escalation(escalate(a, on));
        }
        return new Worsening.NextStage(nextStage(r, s, on));
    }

    /** The situation one stage on, reached by chance on a day; rent arrears get their formal demand. */
    private Situation nextStage(HouseholdRun r, Situation s, LocalDate on) {
        switch (s.kind()) {
            case EVICTION_THREAT:
                return EvictionThreat.builder()
                        .from((EvictionThreat) s)
                        .procedure(EvictionProcedure.REQUETE)
                        .filedOn(on)
                        .tenantObjectedToCpasNotification(u(r, K_OBJECTION) < 0.05)
                        .build();
            case INSALUBRITY: {
                Insalubrity i = (Insalubrity) s;
                Insalubrity.Builder b = Insalubrity.builder().from(i);
                switch (i.stage().name()) {
                    case "REPORTED" -> b.surveyRequestedOn(on);
                    case "SURVEY_REQUESTED" -> {
                        b.surveyedOn(on);
                        if (i.region() == Region.WALLONIA) {
                            b.walloonOutcome(
                                    u(r, K_SURVEY_OUTCOME) < 0.7
                                            ? WalloonSurveyOutcome.AMELIORABLE
                                            : WalloonSurveyOutcome.NON_AMELIORABLE);
                        }
                    }
                    default -> {
                        boolean improvable = i.region() == Region.WALLONIA
                                ? i.walloonOutcome().orElse(WalloonSurveyOutcome.AMELIORABLE)
                                        == WalloonSurveyOutcome.AMELIORABLE
                                : u(r, K_BRUSSELS_OUTCOME) < 0.7;
                        String next = improvable
                                ? "WORKS_ORDERED"
                                : i.region() == Region.WALLONIA ? "UNINHABITABILITY_DECREE" : "LETTING_BAN";
                        surveyDecision(b, next, i.region(), on);
                    }
                }
                return b.build();
            }
            case INSTITUTION_EXIT:
                return InstitutionExit.builder()
                        .from((InstitutionExit) s)
                        .expectedReleaseOn(on.plusDays(pick(r, K_RELEASE_DELAY, behaviour.releaseAfterPlanningDays())))
                        .build();
            case HOMELESSNESS:
                return Homelessness.builder()
                        .from((Homelessness) s)
                        .referenceAddressOn(on)
                        .build();
            case PERMANENT_HABITAT:
                return PermanentHabitat.builder()
                        .from((PermanentHabitat) s)
                        .expectedRelocationOn(on.plusDays(90))
                        .build();
            case RENT_ARREARS:
                return RentArrears.builder().from((RentArrears) s).demandOn(on).build();
            case FAMILY_RUPTURE:
                return FamilyRupture.builder()
                        .from((FamilyRupture) s)
                        .leftHomeOn(on)
                        .hosted(true)
                        .build();
        }
        throw new AssertionError(s.kind());
    }

    /** Whether moving to this situation's stage is a worsening, recorded as such in the pathway. */
    static boolean isWorsening(Situation s) {
        return switch (s.kind()) {
            case EVICTION_THREAT, INSALUBRITY, RENT_ARREARS, FAMILY_RUPTURE -> true;
            case INSTITUTION_EXIT, HOMELESSNESS, PERMANENT_HABITAT -> false;
        };
    }

    /** An eviction claim filed on a day after rent arrears with a formal demand. */
    private static EvictionThreat escalate(RentArrears arrears, LocalDate on) {
        return EvictionThreat.builder()
                .openedOn(on)
                .demandOn(arrears.demandOn().orElse(on))
                .procedure(EvictionProcedure.REQUETE)
                .filedOn(on)
                .arrearsCents(arrears.arrearsCents())
                .build();
    }

    /**
     * Schedules the next step of the legal clock of a situation, on or after today, in the household's run.
     *
     * @param r the household
     * @param s its open situation
     * @param today the first day the step may fall on
     */
    void schedule(HouseholdRun r, Situation s, LocalDate today) {
        r.legalAction = NONE;
        r.legalOn = null;
        if (s instanceof InstitutionExit i) {
            if (i.expectedReleaseOn().isPresent() && i.releasedOn().isEmpty()) {
                set(r, RELEASE, i.expectedReleaseOn().get(), today);
            }
            return;
        }
        if (!(s instanceof EvictionThreat e)) {
            return;
        }
        switch (e.stage()) {
            case FILED -> {
                LocalDate filed = e.filedOn().orElseThrow();
                if (e.tenantObjectedToCpasNotification()) {
                    set(r, HEARING_SET, filed.plusDays(7), today);
                } else {
                    set(r, CPAS_NOTIFICATION, filed.plusDays(4), today);
                }
            }
            case CPAS_NOTIFIED -> set(r, HEARING_SET, e.filedOn().orElseThrow().plusDays(7), today);
            case HEARING_SET -> set(r, JUDGMENT, e.hearingOn().orElseThrow(), today);
            case JUDGMENT ->
                set(
                        r,
                        SERVICE,
                        e.judgmentOn()
                                .orElseThrow()
                                .plusDays(pick(r, K_SERVICE_DELAY, behaviour.serviceAfterJudgmentDays())),
                        today);
            case SERVED -> {
                LocalDate served = e.judgmentServedOn().orElseThrow();
                LocalDate execution = plannedExecution(r, served);
                LocalDate notice = calendar.regions().contains(r.region())
                        ? calendar.latestNoticeDate(execution, r.region()).on()
                        : execution.minusDays(7);
                if (notice.isBefore(served)) {
                    notice = served;
                }
                r.plannedExecution = execution;
                set(r, NOTICE, notice, today);
            }
            case EXECUTION_SCHEDULED -> set(r, EXECUTION, e.executionOn().orElseThrow(), today);
            default -> {}
        }
    }

    private static void set(HouseholdRun r, int action, LocalDate on, LocalDate today) {
        r.legalAction = action;
        r.legalOn = on.isBefore(today) ? today : on;
    }

    /** The eviction day the huissier sets after service: the earliest legal day plus a drawn delay, outside any
     * applicable moratorium. */
    private LocalDate plannedExecution(HouseholdRun r, LocalDate served) {
        LocalDate earliest = calendar.regions().contains(r.region())
                ? calendar.earliestExecution(served, r.region(), r.socialHousing(), r.budgetGuidanceRefused)
                        .on()
                : served.plusMonths(1);
        LocalDate day = earliest.plusDays(pick(r, K_EXECUTION_DELAY, behaviour.executionAfterEarliestDays()));
        return outsideMoratorium(r, day, r.region());
    }

    /** The day itself, or the day after the moratorium that protects the household on it. */
    LocalDate outsideMoratorium(HouseholdRun r, LocalDate day, Region region) {
        if (!calendar.regions().contains(region)) {
            return day;
        }
        MoratoriumDecision d = calendar.moratoriumOn(day, region, r.socialHousing(), r.budgetGuidanceRefused);
        return d.applies() ? d.protectedUntil().orElseThrow().plusDays(1) : day;
    }

    /**
     * The situation after a step of the legal clock on a day; the caller handles the ends (an eviction carried out,
     * a release).
     */
    Situation applyLegal(HouseholdRun r, Situation s, int action, LocalDate on) {
        if (s instanceof InstitutionExit i) {
            return InstitutionExit.builder().from(i).releasedOn(on).build();
        }
        EvictionThreat e = (EvictionThreat) s;
        EvictionThreat.Builder b = EvictionThreat.builder().from(e);
        switch (action) {
            case CPAS_NOTIFICATION -> b.cpasNotifiedOn(on);
            case HEARING_SET -> {
                LocalDate filed = e.filedOn().orElseThrow();
                LocalDate hearing = filed.plusDays(pick(r, K_HEARING_DELAY, behaviour.hearingAfterFilingDays()));
                if (calendar.regions().contains(r.region())
                        && calendar.parameters(r.region()).appearanceDelay().isPresent()) {
                    LocalDate minimum =
                            calendar.earliestHearing(filed, r.region()).on();
                    if (hearing.isBefore(minimum)) {
                        hearing = minimum;
                    }
                }
                b.hearingOn(hearing.isAfter(on) ? hearing : on.plusDays(1));
            }
            case JUDGMENT -> b.judgmentOn(on);
            case SERVICE -> b.judgmentServedOn(on);
            case NOTICE -> {
                LocalDate execution = r.plannedExecution;
                if (execution == null || !execution.isAfter(on)) {
                    execution = outsideMoratorium(r, on.plusDays(7), r.region());
                }
                b.executionNoticeOn(on).executionOn(execution);
            }
            case EXECUTION -> b.executedOn(on);
            default -> throw new AssertionError(action);
        }
        return b.build();
    }
}
