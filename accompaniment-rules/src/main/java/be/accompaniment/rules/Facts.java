package be.accompaniment.rules;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Consent;
import be.accompaniment.household.Household;
import be.accompaniment.household.Member;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.PermanentHabitat;
import be.accompaniment.situation.Situation;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * What the compiled conditions read: the household's figures computed once per advice, and the situation a rule is
 * being evaluated for. Primitive fields, no maps, reused across the situations of one household; one instance per
 * thread at a time (not thread-safe).
 */
final class Facts {
    static final int NONE = Integer.MIN_VALUE;

    // the advice
    Household household;
    Actor referrer;
    int referrerKind;
    LocalDate asOf;
    int asOfDay;
    int year;
    CalendarView calendar;

    // the household, once per advice
    int tenure;
    int region;
    int minors;
    int minorsAtSchool;
    boolean couple;
    long monthlyIncomeCents;
    int situationKinds;
    long ethosCategories;
    boolean disability;
    boolean leaseRegistered;
    EvictionThreat eviction;
    Insalubrity insalubrity;
    InstitutionExit institutionExit;
    FamilyRupture familyRupture;
    PermanentHabitat permanentHabitat;
    private int moratorium; // 0 unknown, 1 applies, 2 does not

    // the situation the rule is indexed by
    Situation situation;

    final Trace trace = new Trace();

    void reset(Household household, Actor referrer, LocalDate asOf, CalendarView calendar) {
        this.household = household;
        this.referrer = referrer;
        this.referrerKind = referrer == null ? -1 : referrer.kind().ordinal();
        this.asOf = asOf;
        this.asOfDay = (int) asOf.toEpochDay();
        this.year = asOf.getYear();
        this.calendar = calendar;
        this.tenure = household.tenure().ordinal();
        this.region = household.region().ordinal();
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
            partner |= m.role() == be.accompaniment.household.MemberRole.PARTNER;
            disabled |= m.disabilityRecognised();
        }
        this.minors = minorCount;
        this.minorsAtSchool = atSchool;
        this.couple = partner;
        this.disability = disabled;
        long income = 0;
        for (int i = 0; i < household.incomes().size(); i++) {
            income += household.incomes().get(i).monthlyCents();
        }
        this.monthlyIncomeCents = income;
        this.leaseRegistered =
                household.dwelling().isPresent() && household.dwelling().get().leaseRegistered();
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
        this.moratorium = 0;
        this.situation = null;
        trace.clear();
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

    /** Days from the as-of date to a milestone of the rule's situation, or {@link #NONE} if not recorded. */
    int daysUntil(Milestone milestone) {
        LocalDate day = situation.milestones().get(milestone);
        return day == null ? NONE : (int) day.toEpochDay() - asOfDay;
    }

    /** The epoch day of a milestone of the rule's situation, or {@link #NONE} if not recorded. */
    int milestoneDay(Milestone milestone) {
        LocalDate day = situation.milestones().get(milestone);
        return day == null ? NONE : (int) day.toEpochDay();
    }

    EvictionThreat evictionOfRule() {
        return situation instanceof EvictionThreat e ? e : eviction;
    }

    Insalubrity insalubrityOfRule() {
        return situation instanceof Insalubrity x ? x : insalubrity;
    }

    InstitutionExit institutionExitOfRule() {
        return situation instanceof InstitutionExit x ? x : institutionExit;
    }

    boolean socialHousing() {
        return tenure == Tenure.SOCIAL_TENANT.ordinal();
    }

    boolean budgetGuidanceRefused() {
        EvictionThreat e = evictionOfRule();
        return e != null && e.budgetGuidanceRefused();
    }

    /** Whether a winter moratorium or suspension protects the household on the as-of date. */
    boolean moratoriumApplies() {
        if (moratorium == 0) {
            moratorium = calendar != null
                            && calendar.protectedUntil(asOfDay, socialHousing(), budgetGuidanceRefused()) != NONE
                    ? 1
                    : 2;
        }
        return moratorium == 1;
    }

    /** Whether a consent active on the as-of date covers every actor of a kind for a purpose. */
    boolean consentCovers(ActorKind kind, Purpose purpose) {
        ImmutableList<Consent> consents = household.consents();
        for (int i = 0; i < consents.size(); i++) {
            Consent c = consents.get(i);
            if (active(c)
                    && c.purposes().contains(purpose)
                    && c.recipientKinds().contains(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a consent active on the as-of date covers an actor for a purpose. */
    boolean consentCovers(Actor actor, Purpose purpose) {
        ImmutableList<Consent> consents = household.consents();
        for (int i = 0; i < consents.size(); i++) {
            Consent c = consents.get(i);
            if (active(c)
                    && c.purposes().contains(purpose)
                    && (c.recipientKinds().contains(actor.kind())
                            || c.recipients().contains(actor.id()))) {
                return true;
            }
        }
        return false;
    }

    private boolean active(Consent c) {
        if (asOf.isBefore(c.givenOn())) {
            return false;
        }
        return c.withdrawnOn().isEmpty() || asOf.isBefore(c.withdrawnOn().get());
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
            case DISABILITY_RECOGNISED -> disability;
            case LEASE_REGISTERED -> leaseRegistered;
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
                FamilyRupture x = situation instanceof FamilyRupture f ? f : familyRupture;
                yield (x != null && x.hosted()) || tenure == Tenure.HOSTED.ordinal();
            }
            case DOMICILED_ON_SITE -> {
                PermanentHabitat x = situation instanceof PermanentHabitat p ? p : permanentHabitat;
                yield x != null && x.domiciledOnSite();
            }
            case MORATORIUM_APPLIES -> moratoriumApplies();
        };
    }
}
