package be.accompaniment.testing;

import static be.accompaniment.testing.Draw.between;
import static be.accompaniment.testing.Draw.bool;
import static be.accompaniment.testing.Draw.pick;

import be.accompaniment.situation.BrusselsInspectionOutcome;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.FamilyRuptureCause;
import be.accompaniment.situation.FamilyRuptureStage;
import be.accompaniment.situation.HabitatStructure;
import be.accompaniment.situation.Homelessness;
import be.accompaniment.situation.HomelessnessStage;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InsalubrityStage;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionExitStage;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.PermanentHabitat;
import be.accompaniment.situation.PermanentHabitatStage;
import be.accompaniment.situation.PlanHpPhase;
import be.accompaniment.situation.RentArrears;
import be.accompaniment.situation.RentArrearsStage;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.WalloonDecision;
import be.accompaniment.situation.WalloonSurveyOutcome;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid, realistic situations of every kind, at every stage, placed around a given day:
 * some milestones lie before it, some (a hearing set, a release expected) after it. Reusable by other packages and
 * by the rules module's properties.
 *
 * <p>Each generator draws the stage first, then the milestones up to it in legal order with realistic gaps, so every
 * stage of every kind is reached.
 */
public final class SituationGenerators {
    /** Communes used for institutions: Liège, Juprelle (Lantin prison), Saint-Gilles, Anderlecht, Mons, Namur… */
    public static final ImmutableList<NisCode> COMMUNES = ImmutableList.of(
            NisCode.parse("62063"),
            NisCode.parse("62060"),
            NisCode.parse("21013"),
            NisCode.parse("21001"),
            NisCode.parse("21004"),
            NisCode.parse("53053"),
            NisCode.parse("92094"),
            NisCode.parse("52011"),
            NisCode.parse("83012"),
            NisCode.parse("44021"));

    private SituationGenerators() {}

    /** Days from 2015-01-01 to 2030-12-31. */
    public static Gen<LocalDate> days() {
        return rs -> LocalDate.of(2015, 1, 1).plusDays(between(rs, 0, 5843));
    }

    /** Situations of every kind around any day. */
    public static Gen<Situation> situations() {
        return days().flatMap(SituationGenerators::situationsAround);
    }

    /** Situations of every kind, at every stage, around a day. */
    public static Gen<Situation> situationsAround(LocalDate on) {
        return rs -> {
            SituationKind kind = pick(rs, SituationKind.values());
            return around(kind, on).generate(rs);
        };
    }

    /** Situations of one kind, at every stage, around a day. */
    public static Gen<Situation> around(SituationKind kind, LocalDate on) {
        return switch (kind) {
            case EVICTION_THREAT -> evictionThreatsAround(on).map(s -> s);
            case INSALUBRITY -> insalubritiesAround(on).map(s -> s);
            case INSTITUTION_EXIT -> institutionExitsAround(on).map(s -> s);
            case HOMELESSNESS -> homelessnessAround(on).map(s -> s);
            case PERMANENT_HABITAT -> permanentHabitatsAround(on).map(s -> s);
            case RENT_ARREARS -> rentArrearsAround(on).map(s -> s);
            case FAMILY_RUPTURE -> familyRupturesAround(on).map(s -> s);
        };
    }

    /** One situation of each kind around a day, as a list in {@link SituationKind} order. */
    public static Gen<List<Situation>> oneOfEachKindAround(LocalDate on) {
        return rs -> {
            List<Situation> all = new ArrayList<>();
            for (SituationKind kind : SituationKind.values()) {
                all.add(around(kind, on).generate(rs));
            }
            return all;
        };
    }

    /** Eviction threats around any day. */
    public static Gen<EvictionThreat> evictionThreats() {
        return days().flatMap(SituationGenerators::evictionThreatsAround);
    }

    /**
     * Eviction threats around a day, at every stage: the demand up to a year before, each later step a realistic
     * number of days after the previous one (hearing 8 to 60 days after filing, eviction at least a month after
     * service…).
     */
    public static Gen<EvictionThreat> evictionThreatsAround(LocalDate on) {
        return rs -> {
            EvictionStage target = pick(rs, EvictionStage.values());
            // a settled threat settles after some earlier step
            int reached = target == EvictionStage.SETTLED ? between(rs, 0, 6) : target.ordinal();
            LocalDate demand = on.minusDays(between(rs, 0, 365));
            EvictionThreat.Builder b = EvictionThreat.builder()
                    .openedOn(demand.plusDays(between(rs, -30, 60)))
                    .arrearsCents(between(rs, 0, 2_000_000))
                    .budgetGuidanceRefused(bool(rs, 10))
                    .repossession(bool(rs, 5));
            if (bool(rs, 70)) {
                b.demandOn(demand);
            }
            LocalDate last = demand;
            boolean objected = reached != EvictionStage.CPAS_NOTIFIED.ordinal() && bool(rs, 15);
            b.tenantObjectedToCpasNotification(objected);
            if (reached >= EvictionStage.FILED.ordinal()) {
                last = last.plusDays(between(rs, 10, 90));
                b.filedOn(last).procedure(pick(rs, EvictionProcedure.values()));
            } else if (bool(rs, 20)) {
                b.procedure(pick(rs, EvictionProcedure.values()));
            }
            if (reached >= EvictionStage.CPAS_NOTIFIED.ordinal() && !objected) {
                b.cpasNotifiedOn(last.plusDays(between(rs, 1, 10)));
            }
            if (reached >= EvictionStage.HEARING_SET.ordinal()) {
                last = last.plusDays(between(rs, 8, 60));
                b.hearingOn(last);
            }
            if (reached >= EvictionStage.JUDGMENT.ordinal()) {
                last = last.plusDays(between(rs, 0, 30));
                b.judgmentOn(last);
            }
            if (reached >= EvictionStage.SERVED.ordinal()) {
                last = last.plusDays(between(rs, 3, 30));
                b.judgmentServedOn(last);
            }
            if (reached >= EvictionStage.EXECUTION_SCHEDULED.ordinal()) {
                LocalDate notice = last.plusDays(between(rs, 30, 60));
                LocalDate execution = notice.plusDays(between(rs, 7, 30));
                int which = between(rs, 0, 2);
                if (which != 1) {
                    b.executionNoticeOn(notice);
                }
                if (which != 0) {
                    b.executionOn(execution);
                }
                last = execution;
            }
            if (reached >= EvictionStage.EXECUTED.ordinal()) {
                last = last.plusDays(between(rs, 0, 10));
                b.executedOn(last);
            }
            if (target == EvictionStage.SETTLED) {
                b.settledOn(last.plusDays(between(rs, 0, 60)));
            }
            return b.build();
        };
    }

    /** Insalubrity procedures around any day. */
    public static Gen<Insalubrity> insalubrities() {
        return days().flatMap(SituationGenerators::insalubritiesAround);
    }

    /**
     * Insalubrity procedures around a day, in Wallonia or Brussels, at every stage, with outcomes and decisions that
     * fit the region and the stage.
     */
    public static Gen<Insalubrity> insalubritiesAround(LocalDate on) {
        return rs -> {
            InsalubrityStage target = pick(rs, InsalubrityStage.values());
            boolean wallonia = bool(rs, 60);
            Insalubrity.Builder b = Insalubrity.builder()
                    .region(wallonia ? Region.WALLONIA : Region.BRUSSELS_CAPITAL)
                    .overcrowded(bool(rs, 20));
            LocalDate last = on.minusDays(between(rs, 0, 500));
            b.openedOn(last.minusDays(between(rs, 0, 60)));
            if (target == InsalubrityStage.REPORTED) {
                return b.build();
            }
            b.surveyRequestedOn(last);
            if (target == InsalubrityStage.SURVEY_REQUESTED) {
                return b.build();
            }
            last = last.plusDays(between(rs, 10, 120));
            b.surveyedOn(last);
            // the step the procedure went through before works completion or relocation
            InsalubrityStage path = target;
            if (target == InsalubrityStage.WORKS_COMPLETED) {
                path = InsalubrityStage.WORKS_ORDERED;
            } else if (target == InsalubrityStage.RELOCATED) {
                path = pick(rs, new InsalubrityStage[] {
                    InsalubrityStage.SURVEYED, InsalubrityStage.LETTING_BAN, InsalubrityStage.UNINHABITABILITY_DECREE
                });
            }
            switch (path) {
                case SURVEYED -> {
                    if (wallonia) {
                        b.walloonOutcome(pick(rs, WalloonSurveyOutcome.values()));
                    } else if (bool(rs, 50)) {
                        b.brusselsOutcome(BrusselsInspectionOutcome.CONFORME);
                    }
                }
                case WORKS_ORDERED -> {
                    last = last.plusDays(between(rs, 5, 60));
                    b.worksOrderedOn(last).worksDeadlineOn(last.plusDays(between(rs, 30, 365)));
                    if (wallonia) {
                        b.walloonOutcome(WalloonSurveyOutcome.AMELIORABLE)
                                .addWalloonDecisions(WalloonDecision.WORKS_ORDER);
                    } else {
                        b.brusselsOutcome(BrusselsInspectionOutcome.MISE_EN_DEMEURE);
                    }
                }
                case LETTING_BAN -> {
                    last = last.plusDays(between(rs, 5, 90));
                    b.lettingBanOn(last);
                    if (wallonia) {
                        b.walloonOutcome(pick(
                                        rs, WalloonSurveyOutcome.AMELIORABLE, WalloonSurveyOutcome.NON_AMELIORABLE))
                                .addWalloonDecisions(WalloonDecision.LETTING_PERMIT_WITHDRAWN);
                    } else {
                        b.brusselsOutcome(pick(
                                rs,
                                BrusselsInspectionOutcome.INTERDICTION_LOCATION,
                                BrusselsInspectionOutcome.INTERDICTION_IMMEDIATE));
                    }
                }
                default -> {
                    last = last.plusDays(between(rs, 5, 90));
                    b.decreeOn(last);
                    if (wallonia) {
                        b.walloonOutcome(pick(
                                        rs, WalloonSurveyOutcome.AMELIORABLE, WalloonSurveyOutcome.NON_AMELIORABLE))
                                .uninhabitable(true)
                                .addWalloonDecisions(WalloonDecision.UNINHABITABILITY_DECREE);
                        if (bool(rs, 20)) {
                            b.addWalloonDecisions(WalloonDecision.DEMOLITION);
                        }
                    } else if (bool(rs, 50)) {
                        b.brusselsOutcome(BrusselsInspectionOutcome.INTERDICTION_IMMEDIATE);
                    }
                }
            }
            if (target == InsalubrityStage.WORKS_COMPLETED) {
                b.worksCompletedOn(last.plusDays(between(rs, 30, 300)));
            }
            if (target == InsalubrityStage.RELOCATED) {
                b.relocatedOn(last.plusDays(between(rs, 0, 200)));
            }
            return b.build();
        };
    }

    /** Institution exits around any day. */
    public static Gen<InstitutionExit> institutionExits() {
        return days().flatMap(SituationGenerators::institutionExitsAround);
    }

    /**
     * Institution exits around a day: admitted up to about eight years before, release expected within six months
     * (or just passed), or released in the last two months.
     */
    public static Gen<InstitutionExit> institutionExitsAround(LocalDate on) {
        return rs -> {
            InstitutionExitStage target = pick(rs, InstitutionExitStage.values());
            LocalDate admitted = on.minusDays(between(rs, 30, 3000));
            InstitutionExit.Builder b = InstitutionExit.builder()
                    .institution(pick(rs, InstitutionType.values()))
                    .admittedOn(admitted)
                    .openedOn(on.minusDays(between(rs, 0, 120)))
                    .institutionCommune(pick(rs, COMMUNES.toArray(new NisCode[0])))
                    .housingOnRelease(bool(rs, 20));
            if (bool(rs, 80)) {
                b.registrationAtAdmission(pick(rs, COMMUNES.toArray(new NisCode[0])));
            }
            if (target != InstitutionExitStage.ADMITTED) {
                b.expectedReleaseOn(max(admitted, on.plusDays(between(rs, -20, 180))));
            }
            if (target == InstitutionExitStage.RELEASED) {
                b.releasedOn(max(admitted, on.minusDays(between(rs, 0, 60))));
            }
            return b.build();
        };
    }

    /** Homelessness around any day. */
    public static Gen<Homelessness> homelessness() {
        return days().flatMap(SituationGenerators::homelessnessAround);
    }

    /** Homelessness around a day, in ETHOS living situations 1.1 to 8.3, at every stage. */
    public static Gen<Homelessness> homelessnessAround(LocalDate on) {
        return rs -> {
            HomelessnessStage target = pick(rs, HomelessnessStage.values());
            EthosCategory[] homeless = java.util.Arrays.stream(EthosCategory.values())
                    .filter(c -> c.operationalCategory() <= 8)
                    .toArray(EthosCategory[]::new);
            LocalDate since = on.minusDays(between(rs, 0, 1500));
            Homelessness.Builder b =
                    Homelessness.builder().ethos(pick(rs, homeless)).openedOn(since);
            LocalDate last = since;
            if (target != HomelessnessStage.HOMELESS
                    && (target == HomelessnessStage.REFERENCE_ADDRESS || bool(rs, 50))) {
                last = last.plusDays(between(rs, 7, 200));
                b.referenceAddressOn(last);
            }
            if (target == HomelessnessStage.HOUSED) {
                b.housedOn(last.plusDays(between(rs, 1, 400)));
            }
            return b.build();
        };
    }

    /** Permanent habitat around any day. */
    public static Gen<PermanentHabitat> permanentHabitats() {
        return days().flatMap(SituationGenerators::permanentHabitatsAround);
    }

    /** Permanent habitat in a tourist facility around a day, at every stage. */
    public static Gen<PermanentHabitat> permanentHabitatsAround(LocalDate on) {
        return rs -> {
            PermanentHabitatStage target = pick(rs, PermanentHabitatStage.values());
            PermanentHabitat.Builder b = PermanentHabitat.builder()
                    .openedOn(on.minusDays(between(rs, 0, 4000)))
                    .structure(pick(rs, HabitatStructure.values()))
                    .domiciledOnSite(bool(rs, 70));
            if (bool(rs, 70)) {
                b.planHpPhase(pick(rs, PlanHpPhase.values()));
            }
            if (target == PermanentHabitatStage.RELOCATION_PLANNED) {
                b.expectedRelocationOn(on.plusDays(between(rs, -10, 180)));
            }
            if (target == PermanentHabitatStage.RELOCATED) {
                b.relocatedOn(on.minusDays(between(rs, 0, 90)));
            }
            return b.build();
        };
    }

    /** Rent arrears around any day. */
    public static Gen<RentArrears> rentArrears() {
        return days().flatMap(SituationGenerators::rentArrearsAround);
    }

    /** Rent arrears around a day, from one to eighteen months of rent, at every stage. */
    public static Gen<RentArrears> rentArrearsAround(LocalDate on) {
        return rs -> {
            RentArrearsStage target = pick(rs, RentArrearsStage.values());
            int months = between(rs, 0, 18);
            int rent = between(rs, 30_000, 120_000);
            LocalDate since = on.minusDays(between(rs, 15, 600));
            RentArrears.Builder b = RentArrears.builder()
                    .openedOn(since)
                    .monthsOfArrears(months)
                    .arrearsCents(Math.max(1L, (long) months * rent + between(rs, 0, rent)));
            LocalDate last = since;
            if (target.ordinal() >= RentArrearsStage.DEMAND.ordinal()
                    && (target == RentArrearsStage.DEMAND || bool(rs, 60))) {
                last = last.plusDays(between(rs, 15, 120));
                b.demandOn(last);
            }
            if (target.ordinal() >= RentArrearsStage.PAYMENT_PLAN.ordinal()
                    && (target == RentArrearsStage.PAYMENT_PLAN || bool(rs, 50))) {
                last = last.plusDays(between(rs, 1, 90));
                b.paymentPlanOn(last);
            }
            if (target == RentArrearsStage.SETTLED) {
                b.settledOn(last.plusDays(between(rs, 1, 365)));
            }
            return b.build();
        };
    }

    /** Family ruptures around any day. */
    public static Gen<FamilyRupture> familyRuptures() {
        return days().flatMap(SituationGenerators::familyRupturesAround);
    }

    /** Family ruptures around a day, of every cause, at every stage. */
    public static Gen<FamilyRupture> familyRupturesAround(LocalDate on) {
        return rs -> {
            FamilyRuptureStage target = pick(rs, FamilyRuptureStage.values());
            LocalDate rupture = on.minusDays(between(rs, 0, 400));
            FamilyRupture.Builder b = FamilyRupture.builder()
                    .cause(pick(rs, FamilyRuptureCause.values()))
                    .openedOn(rupture);
            if (target == FamilyRuptureStage.AT_HOME) {
                return b.build();
            }
            LocalDate last = rupture;
            boolean hosted = bool(rs, 60);
            b.hosted(hosted && target == FamilyRuptureStage.LEFT_HOME);
            if (!hosted || bool(rs, 50)) {
                last = last.plusDays(between(rs, 0, 30));
                b.leftHomeOn(last);
            }
            if (target == FamilyRuptureStage.REHOUSED) {
                b.rehousedOn(last.plusDays(between(rs, 10, 300)));
            }
            return b.build();
        };
    }

    /**
     * A valid eviction threat and a copy with one recorded milestone moved before an earlier one, with the name of
     * the field the validation must report.
     */
    public static Gen<OutOfOrder> evictionThreatsWithMilestonesOutOfOrder() {
        return evictionThreats().assuming(t -> chain(t).size() >= 2).flatMap(t -> rs -> {
            List<Step> steps = chain(t);
            int i = between(rs, 1, steps.size() - 1);
            Step earlier = steps.get(i - 1);
            Step later = steps.get(i);
            LocalDate moved = earlier.date.minusDays(between(rs, 1, 60));
            return new OutOfOrder(t, later.setter.apply(EvictionThreat.builder().from(t), moved), later.field);
        });
    }

    /** A valid eviction threat, the attempted copy with a milestone out of order, and the field to be named. */
    public static final class OutOfOrder {
        /** The valid threat. */
        public final EvictionThreat valid;
        /** The builder holding the copy with one milestone moved too early. */
        public final EvictionThreat.Builder broken;
        /** The field the validation message must name. */
        public final String field;

        OutOfOrder(EvictionThreat valid, EvictionThreat.Builder broken, String field) {
            this.valid = valid;
            this.broken = broken;
            this.field = field;
        }

        @Override
        public String toString() {
            return valid + " with " + field + " moved";
        }
    }

    private static final class Step {
        final String field;
        final LocalDate date;
        final BiFunction<EvictionThreat.Builder, LocalDate, EvictionThreat.Builder> setter;

        Step(
                String field,
                LocalDate date,
                BiFunction<EvictionThreat.Builder, LocalDate, EvictionThreat.Builder> setter) {
            this.field = field;
            this.date = date;
            this.setter = setter;
        }
    }

    /** The milestones of the main legal sequence recorded on a threat, in order. */
    private static List<Step> chain(EvictionThreat t) {
        List<Step> steps = new ArrayList<>();
        add(steps, "demandOn", t.demandOn(), EvictionThreat.Builder::demandOn);
        add(steps, "filedOn", t.filedOn(), EvictionThreat.Builder::filedOn);
        add(steps, "hearingOn", t.hearingOn(), EvictionThreat.Builder::hearingOn);
        add(steps, "judgmentOn", t.judgmentOn(), EvictionThreat.Builder::judgmentOn);
        add(steps, "judgmentServedOn", t.judgmentServedOn(), EvictionThreat.Builder::judgmentServedOn);
        add(steps, "executionNoticeOn", t.executionNoticeOn(), EvictionThreat.Builder::executionNoticeOn);
        add(steps, "executionOn", t.executionOn(), EvictionThreat.Builder::executionOn);
        add(steps, "executedOn", t.executedOn(), EvictionThreat.Builder::executedOn);
        return steps;
    }

    private static void add(
            List<Step> steps,
            String field,
            Optional<LocalDate> date,
            BiFunction<EvictionThreat.Builder, LocalDate, EvictionThreat.Builder> setter) {
        date.ifPresent(d -> steps.add(new Step(field, d, setter)));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Any constant of an enum. */
    public static <T extends Enum<T>> Gen<T> any(Class<T> type) {
        return Generate.enumValues(type);
    }
}
