package be.accompaniment.examples.bench;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.FamilyRuptureStage;
import be.accompaniment.situation.Homelessness;
import be.accompaniment.situation.HomelessnessStage;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InsalubrityStage;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionExitStage;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.RentArrears;
import be.accompaniment.situation.RentArrearsStage;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.WalloonDecision;
import be.accompaniment.situation.WalloonSurveyOutcome;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The twenty rules of {@code twenty-rules.json} written by hand as plain Java {@code if}s: the baseline the rulebook
 * path is measured against. Like the advisor with this Walloon rulebook, they fire only for Walloon households, each
 * rule for each of the household's situations of its kind;
 * stages, milestones, facts and outcomes are read from the situation the rule answers, ages are reached during the
 * as-of year, the ADeL ceiling is the one in force from 2023 on. Valid for as-of dates from {@link #FIRST_DAY} on,
 * when all twenty rules are in force.
 */
final class HandWrittenRules {
    /** The latest first day of the twenty rules (ADeL): every rule is in force from then on. */
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    /** The rule ids, bit {@code i} of a result standing for {@code IDS.get(i)}. */
    static final ImmutableList<String> IDS = ImmutableList.of(
            "eviction-demand-early-help",
            "eviction-cpas-contact",
            "eviction-hearing-defence",
            "eviction-rehousing-search",
            "eviction-rent-guarantee",
            "eviction-social-tenant-budget-guidance",
            "school-support-eviction",
            "rent-arrears-payment-plan",
            "insalubrity-survey-request",
            "insalubrity-improvable-requalification",
            "insalubrity-owner-occupier-technical-help",
            "insalubrity-rehousing-cascade",
            "insalubrity-swl-takeover",
            "insalubrity-adel",
            "institution-exit-competent-cpas",
            "prison-exit-justice-house",
            "youth-care-exit-autonomy",
            "homelessness-housing-first",
            "family-rupture-domestic-violence",
            "family-rupture-young-adult");

    private static final int EVICTION_DEMAND_EARLY_HELP = 1;
    private static final int EVICTION_CPAS_CONTACT = 1 << 1;
    private static final int EVICTION_HEARING_DEFENCE = 1 << 2;
    private static final int EVICTION_REHOUSING_SEARCH = 1 << 3;
    private static final int EVICTION_RENT_GUARANTEE = 1 << 4;
    private static final int EVICTION_SOCIAL_TENANT_BUDGET_GUIDANCE = 1 << 5;
    private static final int SCHOOL_SUPPORT_EVICTION = 1 << 6;
    private static final int RENT_ARREARS_PAYMENT_PLAN = 1 << 7;
    private static final int INSALUBRITY_SURVEY_REQUEST = 1 << 8;
    private static final int INSALUBRITY_IMPROVABLE_REQUALIFICATION = 1 << 9;
    private static final int INSALUBRITY_OWNER_OCCUPIER_TECHNICAL_HELP = 1 << 10;
    private static final int INSALUBRITY_REHOUSING_CASCADE = 1 << 11;
    private static final int INSALUBRITY_SWL_TAKEOVER = 1 << 12;
    private static final int INSALUBRITY_ADEL = 1 << 13;
    private static final int INSTITUTION_EXIT_COMPETENT_CPAS = 1 << 14;
    private static final int PRISON_EXIT_JUSTICE_HOUSE = 1 << 15;
    private static final int YOUTH_CARE_EXIT_AUTONOMY = 1 << 16;
    private static final int HOMELESSNESS_HOUSING_FIRST = 1 << 17;
    private static final int FAMILY_RUPTURE_DOMESTIC_VIOLENCE = 1 << 18;
    private static final int FAMILY_RUPTURE_YOUNG_ADULT = 1 << 19;

    // the ADeL income ceiling in force from 2023 on, yearly
    private static final long ADEL_SINGLE_CENTS = 1_550_000;
    private static final long ADEL_COUPLE_CENTS = 2_120_000;
    private static final long ADEL_PER_DEPENDANT_CENTS = 290_000;

    private HandWrittenRules() {}

    /** The rules that fired for one household: its id and one bit per rule id of {@link #IDS}. */
    record Fired(HouseholdId household, int rules) {
        /** The ids of the rules that fired, sorted. */
        ImmutableSortedSet<String> ruleIds() {
            ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
            for (int i = 0; i < IDS.size(); i++) {
                if ((rules & (1 << i)) != 0) {
                    b.add(IDS.get(i));
                }
            }
            return b.build();
        }
    }

    /**
     * The rules that fire for a household.
     *
     * @param household the household; none fires for a household outside Wallonia
     * @param referrer the referring actor, or null
     * @param asOf the as-of date, {@link #FIRST_DAY} or later
     * @return the household and the rules that fired
     */
    static Fired fire(Household household, Actor referrer, LocalDate asOf) {
        return new Fired(household.id(), rules(household, referrer, asOf));
    }

    /** The bits of the rules that fire for a household; see {@link #fire(Household, Actor, LocalDate)}. */
    static int rules(Household household, Actor referrer, LocalDate asOf) {
        Objects.requireNonNull(household, "household");
        if (asOf.isBefore(FIRST_DAY)) {
            throw new IllegalArgumentException("the hand-written rules hold from " + FIRST_DAY + ", was " + asOf);
        }
        if (household.region() != Region.WALLONIA) {
            // a Walloon rulebook: the advisor gives households of other regions an empty advice
            return 0;
        }
        long today = asOf.toEpochDay();
        int year = asOf.getYear();
        int fired = 0;
        ImmutableList<Situation> situations = household.situations();
        for (int i = 0; i < situations.size(); i++) {
            Situation s = situations.get(i);
            if (s instanceof EvictionThreat e) {
                fired |= eviction(e, household, referrer, today, year);
            } else if (s instanceof RentArrears r) {
                RentArrearsStage stage = r.stage();
                if (stage == RentArrearsStage.ARREARS || stage == RentArrearsStage.DEMAND) {
                    fired |= RENT_ARREARS_PAYMENT_PLAN;
                }
            } else if (s instanceof Insalubrity x) {
                fired |= insalubrity(x, household, today, year);
            } else if (s instanceof InstitutionExit x) {
                fired |= institutionExit(x, household, year);
            } else if (s instanceof Homelessness h) {
                HomelessnessStage stage = h.stage();
                if ((stage == HomelessnessStage.HOMELESS || stage == HomelessnessStage.REFERENCE_ADDRESS)
                        && today - h.openedOn().toEpochDay() >= 180) {
                    fired |= HOMELESSNESS_HOUSING_FIRST;
                }
            } else if (s instanceof FamilyRupture f) {
                if (anyEthos(situations, EthosCategory.E10_1)) {
                    fired |= FAMILY_RUPTURE_DOMESTIC_VIOLENCE;
                }
                FamilyRuptureStage stage = f.stage();
                if ((stage == FamilyRuptureStage.AT_HOME || stage == FamilyRuptureStage.LEFT_HOME)
                        && memberAged(household, MemberRole.REFERENCE_PERSON, year, 18, 24)) {
                    fired |= FAMILY_RUPTURE_YOUNG_ADULT;
                }
            }
        }
        return fired;
    }

    private static int eviction(EvictionThreat e, Household household, Actor referrer, long today, int year) {
        int fired = 0;
        EvictionStage stage = e.stage();
        if (stage == EvictionStage.DEMAND) {
            fired |= EVICTION_DEMAND_EARLY_HELP;
        }
        if ((stage == EvictionStage.FILED || stage == EvictionStage.CPAS_NOTIFIED || stage == EvictionStage.HEARING_SET)
                && !e.tenantObjectedToCpasNotification()
                && (referrer == null || referrer.kind() != ActorKind.CPAS)) {
            fired |= EVICTION_CPAS_CONTACT;
        }
        Optional<LocalDate> hearing = e.hearingOn();
        if (hearing.isPresent()) {
            long days = hearing.get().toEpochDay() - today;
            if (days >= 0 && days <= 30) {
                fired |= EVICTION_HEARING_DEFENCE;
            }
        }
        boolean judged = stage == EvictionStage.JUDGMENT
                || stage == EvictionStage.SERVED
                || stage == EvictionStage.EXECUTION_SCHEDULED;
        Tenure tenure = household.tenure();
        if (judged) {
            fired |= EVICTION_REHOUSING_SEARCH;
            if (tenure == Tenure.PRIVATE_TENANT || tenure == Tenure.AIS_TENANT || tenure == Tenure.PUBLIC_TENANT) {
                fired |= EVICTION_RENT_GUARANTEE;
            }
        }
        if (tenure == Tenure.SOCIAL_TENANT
                && !e.budgetGuidanceRefused()
                && stage != EvictionStage.EXECUTED
                && stage != EvictionStage.SETTLED) {
            fired |= EVICTION_SOCIAL_TENANT_BUDGET_GUIDANCE;
        }
        if ((judged || stage == EvictionStage.EXECUTED) && minorsAtSchool(household, year) >= 1) {
            fired |= SCHOOL_SUPPORT_EVICTION;
        }
        return fired;
    }

    private static int insalubrity(Insalubrity x, Household household, long today, int year) {
        int fired = 0;
        InsalubrityStage stage = x.stage();
        Tenure tenure = household.tenure();
        if (stage == InsalubrityStage.REPORTED) {
            fired |= INSALUBRITY_SURVEY_REQUEST;
        }
        boolean improvable = x.outcomes().contains(WalloonSurveyOutcome.AMELIORABLE);
        if (improvable
                && (tenure == Tenure.PRIVATE_TENANT
                        || tenure == Tenure.SOCIAL_TENANT
                        || tenure == Tenure.AIS_TENANT
                        || tenure == Tenure.PUBLIC_TENANT)
                && stage != InsalubrityStage.WORKS_COMPLETED
                && stage != InsalubrityStage.RELOCATED) {
            fired |= INSALUBRITY_IMPROVABLE_REQUALIFICATION;
        }
        if (tenure == Tenure.OWNER_OCCUPIER
                && (improvable
                        || x.outcomes().contains(WalloonDecision.WORKS_ORDER)
                        || stage == InsalubrityStage.WORKS_ORDERED)) {
            fired |= INSALUBRITY_OWNER_OCCUPIER_TECHNICAL_HELP;
        }
        boolean decree = stage == InsalubrityStage.UNINHABITABILITY_DECREE;
        boolean relocated = x.relocatedOn().isPresent();
        if ((decree || x.uninhabitable()) && !relocated) {
            fired |= INSALUBRITY_REHOUSING_CASCADE;
        }
        if (decree && !relocated) {
            Optional<LocalDate> decreeOn = x.decreeOn();
            if (decreeOn.isPresent() && today - decreeOn.get().toEpochDay() >= 0) {
                fired |= INSALUBRITY_SWL_TAKEOVER;
            }
        }
        if ((x.uninhabitable() || x.overcrowded() || decree) && underAdelCeiling(household, year)) {
            fired |= INSALUBRITY_ADEL;
        }
        return fired;
    }

    private static int institutionExit(InstitutionExit x, Household household, int year) {
        InstitutionExitStage stage = x.stage();
        if (stage != InstitutionExitStage.RELEASE_PLANNED && stage != InstitutionExitStage.RELEASED) {
            return 0;
        }
        int fired = 0;
        if (!x.housingOnRelease()) {
            fired |= INSTITUTION_EXIT_COMPETENT_CPAS;
        }
        InstitutionType type = x.institution();
        if (type == InstitutionType.PRISON) {
            fired |= PRISON_EXIT_JUSTICE_HOUSE;
        }
        if (type == InstitutionType.YOUTH_CARE && memberAged(household, null, year, 17, 22)) {
            fired |= YOUTH_CARE_EXIT_AUTONOMY;
        }
        return fired;
    }

    private static boolean anyEthos(ImmutableList<Situation> situations, EthosCategory category) {
        for (int i = 0; i < situations.size(); i++) {
            if (situations.get(i).ethos() == category) {
                return true;
            }
        }
        return false;
    }

    /** Whether a member (of a role, if not null) reaches an age within bounds during the year. */
    private static boolean memberAged(Household household, MemberRole role, int year, int min, int max) {
        ImmutableList<Member> members = household.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int age = year - m.birthYear();
            if ((role == null || m.role() == role) && age >= min && age <= max) {
                return true;
            }
        }
        return false;
    }

    private static int minorsAtSchool(Household household, int year) {
        int n = 0;
        ImmutableList<Member> members = household.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int age = year - m.birthYear();
            if (age >= 0 && age < Household.AGE_OF_MAJORITY && m.schooling().isSchool()) {
                n++;
            }
        }
        return n;
    }

    private static boolean underAdelCeiling(Household household, int year) {
        boolean couple = false;
        int minors = 0;
        ImmutableList<Member> members = household.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int age = year - m.birthYear();
            if (age >= 0 && age < Household.AGE_OF_MAJORITY) {
                minors++;
            }
            couple |= m.role() == MemberRole.PARTNER;
        }
        long yearly = 0;
        for (int i = 0; i < household.incomes().size(); i++) {
            yearly += household.incomes().get(i).monthlyCents();
        }
        yearly *= 12;
        long ceiling = (couple ? ADEL_COUPLE_CENTS : ADEL_SINGLE_CENTS) + ADEL_PER_DEPENDANT_CENTS * minors;
        return yearly <= ceiling;
    }
}
