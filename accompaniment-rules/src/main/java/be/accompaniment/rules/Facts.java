package be.accompaniment.rules;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Consent;
import be.accompaniment.household.Dwelling;
import be.accompaniment.household.Household;
import be.accompaniment.household.Income;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.PermanentHabitat;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the compiled conditions read: the household's figures, computed on first use once per advice, and the situation
 * a rule is being evaluated for. Primitive fields, no maps, reused across the situations of one household; one
 * instance per thread at a time (not thread-safe).
 */
final class Facts {
    static final int NONE = Integer.MIN_VALUE;

    // what has been read of the household so far
    private static final int MEMBERS = 1;
    private static final int SITUATIONS = 2;
    private static final int MORATORIUM_KNOWN = 4;
    private static final int MORATORIUM_APPLIES = 8;

    // the advice
    Household household;
    Actor referrer;
    int referrerKind;
    LocalDate asOf;
    int asOfDay;
    int year;
    CalendarView calendar;
    int tenure;
    int region;

    // the situation the rule is indexed by, its kind and stage, the institution left if an exit (else -1)
    Situation situation;
    int situationKind;
    int stage;
    int institution;

    final Trace trace = new Trace();
    // the households of a batch, read ahead a block at a time
    final ReadAhead readAhead = new ReadAhead();
    // the suggestions of the advice being built; emptied after each
    Suggestion[] found = new Suggestion[8];

    private int read;

    // the epoch days of the situation's milestones read so far, one bit per milestone ordinal
    private final int[] milestoneDays = new int[MILESTONES];
    private int milestonesRead;

    // MEMBERS: the members and incomes
    private int minors;
    private int minorsAtSchool;
    private boolean couple;
    private boolean disability;
    private long monthlyIncomeCents;

    // SITUATIONS: every situation of the household, the first of each kind the rules look across to
    private int situationKinds;
    private long ethosCategories;
    private EvictionThreat eviction;
    private Insalubrity insalubrity;
    private InstitutionExit institutionExit;
    private FamilyRupture familyRupture;
    private PermanentHabitat permanentHabitat;

    private static final ActorKind[] KINDS = ActorKind.values();
    private static final int MILESTONES = Milestone.values().length;

    static {
        if (MILESTONES > 32) {
            throw new IllegalStateException("milestones outgrew the facts' 32-bit mask");
        }
    }

    void reset(Household household, Region region, Actor referrer, LocalDate asOf, CalendarView calendar) {
        this.household = household;
        this.referrer = referrer;
        this.referrerKind = referrer == null ? -1 : referrer.kind().ordinal();
        this.asOf = asOf;
        this.asOfDay = (int) asOf.toEpochDay();
        this.year = asOf.getYear();
        this.calendar = calendar;
        this.tenure = household.tenure().ordinal();
        this.region = region.ordinal();
        this.read = 0;
        this.situation = null;
    }

    /** Sets the situation the next rules are evaluated for, and its kind. */
    void situation(Situation s, SituationKind kind) {
        situation = s;
        situationKind = kind.ordinal();
        stage = s.stage().ordinal();
        institution = s instanceof InstitutionExit x ? x.institution().ordinal() : -1;
        milestonesRead = 0;
    }

    void clear() {
        household = null;
        referrer = null;
        situation = null;
        eviction = null;
        insalubrity = null;
        institutionExit = null;
        familyRupture = null;
        permanentHabitat = null;
        calendar = null;
    }

    int minors() {
        readMembers();
        return minors;
    }

    int minorsAtSchool() {
        readMembers();
        return minorsAtSchool;
    }

    boolean couple() {
        readMembers();
        return couple;
    }

    long monthlyIncomeCents() {
        readMembers();
        return monthlyIncomeCents;
    }

    private void readMembers() {
        if ((read & MEMBERS) != 0) {
            return;
        }
        ImmutableList<Member> members = household.members();
        int minorCount = 0;
        int atSchool = 0;
        boolean partner = false;
        boolean disabled = false;
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int age = year - m.birthYear();
            if (age >= 0 && age < Household.AGE_OF_MAJORITY) {
                minorCount++;
                if (m.schooling().isSchool()) {
                    atSchool++;
                }
            }
            partner |= m.role() == MemberRole.PARTNER;
            disabled |= m.disabilityRecognised();
        }
        long income = 0;
        ImmutableList<Income> incomes = household.incomes();
        for (int i = 0; i < incomes.size(); i++) {
            income += incomes.get(i).monthlyCents();
        }
        this.minors = minorCount;
        this.minorsAtSchool = atSchool;
        this.couple = partner;
        this.disability = disabled;
        this.monthlyIncomeCents = income;
        read |= MEMBERS;
    }

    /** The situation kinds of the household, one bit per ordinal. */
    int situationKinds() {
        readSituations();
        return situationKinds;
    }

    /** The ETHOS categories of the household's situations, one bit per ordinal. */
    long ethosCategories() {
        readSituations();
        return ethosCategories;
    }

    private void readSituations() {
        if ((read & SITUATIONS) != 0) {
            return;
        }
        int kinds = 0;
        long ethos = 0;
        eviction = null;
        insalubrity = null;
        institutionExit = null;
        familyRupture = null;
        permanentHabitat = null;
        ImmutableList<Situation> situations = household.situations();
        for (int i = 0; i < situations.size(); i++) {
            Situation s = situations.get(i);
            kinds |= 1 << s.kind().ordinal();
            ethos |= 1L << s.ethos().ordinal();
            if (s instanceof EvictionThreat e && eviction == null) {
                eviction = e;
            } else if (s instanceof Insalubrity x && insalubrity == null) {
                insalubrity = x;
            } else if (s instanceof InstitutionExit x && institutionExit == null) {
                institutionExit = x;
            } else if (s instanceof FamilyRupture x && familyRupture == null) {
                familyRupture = x;
            } else if (s instanceof PermanentHabitat x && permanentHabitat == null) {
                permanentHabitat = x;
            }
        }
        this.situationKinds = kinds;
        this.ethosCategories = ethos;
        read |= SITUATIONS;
    }

    /** Days from the as-of date to a milestone of the rule's situation, or {@link #NONE} if not recorded. */
    int daysUntil(Milestone milestone) {
        int day = milestoneDay(milestone);
        return day == NONE ? NONE : day - asOfDay;
    }

    /**
     * The epoch day of a milestone of the rule's situation, or {@link #NONE} if not recorded: read from the situation
     * once, the rules of one situation often asking the same milestone.
     */
    int milestoneDay(Milestone milestone) {
        int ordinal = milestone.ordinal();
        int bit = 1 << ordinal;
        if ((milestonesRead & bit) != 0) {
            return milestoneDays[ordinal];
        }
        LocalDate date = situation.milestones().get(milestone);
        int day = date == null ? NONE : (int) date.toEpochDay();
        milestoneDays[ordinal] = day;
        milestonesRead |= bit;
        return day;
    }

    EvictionThreat evictionOfRule() {
        if (situation instanceof EvictionThreat e) {
            return e;
        }
        readSituations();
        return eviction;
    }

    Insalubrity insalubrityOfRule() {
        if (situation instanceof Insalubrity x) {
            return x;
        }
        readSituations();
        return insalubrity;
    }

    InstitutionExit institutionExitOfRule() {
        if (situation instanceof InstitutionExit x) {
            return x;
        }
        readSituations();
        return institutionExit;
    }

    private FamilyRupture familyRuptureOfRule() {
        if (situation instanceof FamilyRupture x) {
            return x;
        }
        readSituations();
        return familyRupture;
    }

    private PermanentHabitat permanentHabitatOfRule() {
        if (situation instanceof PermanentHabitat x) {
            return x;
        }
        readSituations();
        return permanentHabitat;
    }

    boolean socialHousing() {
        return tenure == Tenure.SOCIAL_TENANT.ordinal();
    }

    /** Whether a household rents social housing, as {@link #socialHousing()} reads it. */
    static boolean socialHousing(Household household) {
        return household.tenure() == Tenure.SOCIAL_TENANT;
    }

    boolean budgetGuidanceRefused() {
        EvictionThreat e = evictionOfRule();
        return e != null && e.budgetGuidanceRefused();
    }

    /**
     * Whether budget guidance was refused in the eviction a rule of a situation reads — that situation if an eviction,
     * else the household's first — as {@link #budgetGuidanceRefused()} reads it while the rule is evaluated.
     */
    static boolean budgetGuidanceRefused(Household household, Situation situation) {
        if (situation instanceof EvictionThreat e) {
            return e.budgetGuidanceRefused();
        }
        for (Situation s : household.situations()) {
            if (s instanceof EvictionThreat e) {
                return e.budgetGuidanceRefused();
            }
        }
        return false;
    }

    /** Whether a winter moratorium or suspension protects the household on the as-of date. */
    boolean moratoriumApplies() {
        if ((read & MORATORIUM_KNOWN) == 0) {
            if (calendar != null
                    && calendar.protectedUntil(asOfDay, socialHousing(), budgetGuidanceRefused()) != NONE) {
                read |= MORATORIUM_APPLIES;
            }
            read |= MORATORIUM_KNOWN;
        }
        return (read & MORATORIUM_APPLIES) != 0;
    }

    /** Whether a consent active on the as-of date covers every actor of a kind for a purpose. */
    boolean consentCovers(ActorKind kind, Purpose purpose) {
        ImmutableList<Consent> consents = household.consents();
        for (int i = 0; i < consents.size(); i++) {
            // bit tests on what the consent keeps in primitive form, no iteration over its sets
            if (consents.get(i).coversKind(kind, purpose, asOf)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a consent active on the as-of date covers every actor of a kind, by ordinal, for a purpose. */
    boolean consentCovers(int kind, Purpose purpose) {
        return consentCovers(KINDS[kind], purpose);
    }

    /**
     * Whether a consent active on the as-of date covers an actor for a purpose: its kind, or its id among the named
     * recipients.
     *
     * @param kind the actor's kind, by ordinal
     * @param actor the actor
     */
    boolean consentCovers(int kind, Actor actor, Purpose purpose) {
        ActorKind k = KINDS[kind];
        ImmutableList<Consent> consents = household.consents();
        for (int i = 0; i < consents.size(); i++) {
            if (consents.get(i).covers(k, actor.id(), purpose, asOf)) {
                return true;
            }
        }
        return false;
    }

    boolean fact(Fact fact) {
        return switch (fact) {
            case BUDGET_GUIDANCE_REFUSED -> budgetGuidanceRefused();
            case TENANT_OBJECTED_TO_CPAS_NOTIFICATION -> {
                EvictionThreat e = evictionOfRule();
                yield e != null && e.tenantObjectedToCpasNotification();
            }
            case HOUSING_ON_RELEASE -> {
                InstitutionExit x = institutionExitOfRule();
                yield x != null && x.housingOnRelease();
            }
            case OVERCROWDED -> {
                Insalubrity x = insalubrityOfRule();
                yield x != null && x.overcrowded();
            }
            case UNINHABITABLE -> {
                Insalubrity x = insalubrityOfRule();
                yield x != null && x.uninhabitable();
            }
            case DISABILITY_RECOGNISED -> {
                readMembers();
                yield disability;
            }
            case LEASE_REGISTERED -> {
                Optional<Dwelling> dwelling = household.dwelling();
                yield dwelling.isPresent() && dwelling.get().leaseRegistered();
            }
            case OWNER_OCCUPIER -> tenure == Tenure.OWNER_OCCUPIER.ordinal();
            case SOCIAL_HOUSING -> socialHousing();
            case REPOSSESSION -> {
                EvictionThreat e = evictionOfRule();
                yield e != null && e.repossession();
            }
            case LISTED_ESTABLISHMENT -> {
                InstitutionExit x = institutionExitOfRule();
                yield x != null && x.institution().isListedEstablishment();
            }
            case HOSTED -> {
                FamilyRupture x = familyRuptureOfRule();
                yield (x != null && x.hosted()) || tenure == Tenure.HOSTED.ordinal();
            }
            case DOMICILED_ON_SITE -> {
                PermanentHabitat x = permanentHabitatOfRule();
                yield x != null && x.domiciledOnSite();
            }
            case MORATORIUM_APPLIES -> moratoriumApplies();
        };
    }
}
