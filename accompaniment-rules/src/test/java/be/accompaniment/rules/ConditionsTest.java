package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Consent;
import be.accompaniment.household.DataCategory;
import be.accompaniment.household.Dwelling;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Income;
import be.accompaniment.household.IncomeSource;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Schooling;
import be.accompaniment.household.Tenure;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.passerelle.ConsentStatus;
import be.accompaniment.rules.calendar.BelgianHolidays;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.FamilyRuptureCause;
import be.accompaniment.situation.HabitatStructure;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InsalubrityFinding;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.PermanentHabitat;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.WalloonSurveyOutcome;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every condition kind compiled into a one-rule rulebook inside the test that uses it (so that mutation testing
 * attributes the compilation to the test), with households where it holds and where it does not, and the explanation
 * text of each condition that held.
 */
class ConditionsTest {
    // a Monday; the Walloon winter moratorium (1 November to 15 March) is in force
    private static final LocalDate ON = LocalDate.of(2026, 3, 2);
    private static final NisCode ESNEUX = NisCode.parse("62032");
    private static final NisCode LIEGE = NisCode.parse("62063");
    private static final ActorDirectory DIRECTORY = RulesFixtures.testDirectory();
    // its parameters: adel-income-ceiling (yearly, 1 550 000 single, 2 120 000 couple, 290 000 per dependant) and
    // follow-up-days (20 days from 2024)
    private static final Rulebook BOOK = RulesFixtures.testRulebook();
    private static final String CEILING = "adel-income-ceiling";

    private static Actor actor(String id) {
        return DIRECTORY.actor(ActorId.of(id)).orElseThrow();
    }

    /** An eviction claim filed on 1 February 2026, the hearing set on Saturday 14 March 2026. */
    private static EvictionThreat hearingOn14March() {
        return RulesFixtures.evictionHearingOn(LocalDate.of(2026, 3, 14));
    }

    private static EvictionThreat.Builder eviction() {
        return EvictionThreat.builder().openedOn(LocalDate.of(2026, 1, 20));
    }

    private static Insalubrity.Builder insalubrity() {
        return Insalubrity.builder().openedOn(LocalDate.of(2026, 1, 5)).region(Region.WALLONIA);
    }

    private static InstitutionExit.Builder institutionExit(InstitutionType type) {
        return InstitutionExit.builder()
                .openedOn(LocalDate.of(2026, 1, 5))
                .institution(type)
                .admittedOn(LocalDate.of(2025, 6, 1))
                .institutionCommune(LIEGE);
    }

    private static FamilyRupture.Builder familyRupture() {
        return FamilyRupture.builder().cause(FamilyRuptureCause.SEPARATION).openedOn(LocalDate.of(2026, 1, 5));
    }

    private static PermanentHabitat.Builder permanentHabitat() {
        return PermanentHabitat.builder().openedOn(LocalDate.of(2026, 1, 5)).structure(HabitatStructure.MOBILE_HOME);
    }

    /** A private tenant of Esneux, one adult born in 1980. */
    private static Household.Builder household(Situation... situations) {
        return Household.builder()
                .id(HouseholdId.of("h-1"))
                .commune(ESNEUX)
                .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1980))
                .tenure(Tenure.PRIVATE_TENANT)
                .addSituations(situations);
    }

    private static Member child(int birthYear, Schooling schooling) {
        return Member.builder()
                .role(MemberRole.CHILD)
                .birthYear(birthYear)
                .schooling(schooling)
                .build();
    }

    private static Consent consent(ActorKind kind, Purpose purpose, LocalDate givenOn) {
        return Consent.builder()
                .addRecipientKinds(kind)
                .addDataCategories(DataCategory.SITUATION)
                .addPurposes(purpose)
                .givenOn(givenOn)
                .build();
    }

    private static SuggestionTemplate template() {
        return SuggestionTemplate.builder()
                .actorKind(ActorKind.CPAS)
                .measure(MeasureKind.CPAS_CONTACT)
                .urgency(Urgency.HIGH)
                .build();
    }

    private static Rule.Builder ruleBuilder(SituationKind kind) {
        return Rule.builder()
                .id("conditions")
                .labels(RulesGenerators.labels("conditions"))
                .validity(Period.from(LocalDate.of(2024, 1, 1)))
                .addReferences(LegalReference.of("Synthetic law", "art. 1"))
                .situation(kind);
    }

    private static Rule rule(SituationKind kind, Condition when) {
        return ruleBuilder(kind).when(when).addSuggest(template()).build();
    }

    /** A rule on eviction threats. */
    private static Rule rule(Condition when) {
        return rule(SituationKind.EVICTION_THREAT, when);
    }

    /** The test rulebook with one rule, compiled afresh: each call compiles, so each test does. */
    private static PasserelleAdvisor compile(Rulebook book, Rule rule) {
        return PasserelleAdvisor.compile(
                Rulebook.builder().from(book).rules(List.of(rule)).build(), DIRECTORY);
    }

    /**
     * The texts of the conditions that held for the rule's first suggestion, or empty when the rule does not fire;
     * asserts that screening agrees.
     */
    private static Optional<List<String>> held(Rulebook book, Rule rule, Household h, Actor referrer, LocalDate on) {
        PasserelleAdvisor advisor = compile(book, rule);
        Advice advice = referrer == null ? advisor.advise(h, on) : advisor.advise(h, referrer, on);
        Screening screening = referrer == null ? advisor.screen(h, on) : advisor.screen(h, referrer, on);
        assertThat(screening.fires(rule.id()))
                .as("screening agrees with advice")
                .isEqualTo(!advice.isEmpty());
        return advice.isEmpty()
                ? Optional.empty()
                : Optional.of(advice.suggestions().get(0).conditions().stream()
                        .map(HeldCondition::text)
                        .toList());
    }

    private static Optional<List<String>> held(Rule rule, Household h, Actor referrer, LocalDate on) {
        return held(BOOK, rule, h, referrer, on);
    }

    private static Optional<List<String>> held(Rule rule, Household h) {
        return held(rule, h, null, ON);
    }

    private static Optional<List<String>> held(Condition when, Household h) {
        return held(rule(when), h);
    }

    private static Optional<List<String>> held(Condition when, Household h, LocalDate on) {
        return held(rule(when), h, null, on);
    }

    @Nested
    class Compile {
        @Test
        void ordersTheRulesById() {
            Rule second = Rule.builder()
                    .from(rule(Condition.recorded(Milestone.HEARING)))
                    .id("second")
                    .build();
            Rule first = Rule.builder()
                    .from(rule(Condition.tenureIn(Tenure.PRIVATE_TENANT)))
                    .id("first")
                    .build();
            PasserelleAdvisor advisor = PasserelleAdvisor.compile(
                    Rulebook.builder().from(BOOK).rules(List.of(second, first)).build(), DIRECTORY);
            Household h = household(hearingOn14March()).build();
            assertThat(advisor.screen(h, ON).ruleIds()).containsExactly("first", "second");
            assertThat(advisor.advise(h, ON).suggestions())
                    .extracting(Suggestion::ruleId)
                    .containsExactly("first", "second");
        }
    }

    @Nested
    class HasSituation {
        @Test
        void holdsWhenTheHouseholdAlsoHasASituationOfTheKind() {
            Household h = household(hearingOn14March(), familyRupture().build()).build();
            assertThat(held(Condition.situation(SituationKind.FAMILY_RUPTURE), h))
                    .contains(List.of("situation FAMILY_RUPTURE"));
        }

        @Test
        void doesNotHoldWithoutASituationOfTheKind() {
            Household h = household(hearingOn14March(), insalubrity().build()).build();
            assertThat(held(Condition.situation(SituationKind.FAMILY_RUPTURE), h))
                    .isEmpty();
        }

        @Test
        void holdsForTheRulesOwnSituationKind() {
            Household h = household(hearingOn14March()).build();
            assertThat(held(Condition.situation(SituationKind.EVICTION_THREAT), h))
                    .contains(List.of("situation EVICTION_THREAT"));
            assertThat(held(Condition.situation(SituationKind.INSALUBRITY), h)).isEmpty();
        }
    }

    @Nested
    class StageIn {
        @Test
        void holdsInAListedStage() {
            Household h = household(hearingOn14March()).build();
            assertThat(held(Condition.stageIn(EvictionStage.HEARING_SET, EvictionStage.JUDGMENT), h))
                    .contains(List.of("stage HEARING_SET in [HEARING_SET, JUDGMENT]"));
        }

        @Test
        void doesNotHoldInAnotherStage() {
            Household h = household(eviction()
                            .procedure(EvictionProcedure.REQUETE)
                            .filedOn(LocalDate.of(2026, 2, 1))
                            .build())
                    .build();
            assertThat(held(Condition.stageIn(EvictionStage.HEARING_SET, EvictionStage.JUDGMENT), h))
                    .isEmpty();
        }

        @Test
        void negatedShowsTheStageSeen() {
            Household h = household(hearingOn14March()).build();
            assertThat(held(Condition.not(Condition.stageIn(EvictionStage.JUDGMENT)), h))
                    .contains(List.of("not (stage in [JUDGMENT]), seen HEARING_SET"));
        }
    }

    @Nested
    class OutcomeIn {
        private final Condition unfit =
                Condition.outcomeIn(WalloonSurveyOutcome.NON_AMELIORABLE, InsalubrityFinding.OVERCROWDED);

        @Test
        void holdsForTheFirstListedOutcomeRecorded() {
            Household h = household(insalubrity()
                            .overcrowded(true)
                            .walloonOutcome(WalloonSurveyOutcome.NON_AMELIORABLE)
                            .build())
                    .build();
            assertThat(held(rule(SituationKind.INSALUBRITY, unfit), h))
                    .contains(List.of("outcome NON_AMELIORABLE in [NON_AMELIORABLE, OVERCROWDED]"));
        }

        @Test
        void holdsForALaterListedOutcome() {
            Household h = household(insalubrity().overcrowded(true).build()).build();
            assertThat(held(rule(SituationKind.INSALUBRITY, unfit), h))
                    .contains(List.of("outcome OVERCROWDED in [NON_AMELIORABLE, OVERCROWDED]"));
        }

        @Test
        void doesNotHoldForAnOutcomeNotListed() {
            Household h = household(insalubrity()
                            .walloonOutcome(WalloonSurveyOutcome.AMELIORABLE)
                            .build())
                    .build();
            assertThat(held(rule(SituationKind.INSALUBRITY, unfit), h)).isEmpty();
        }

        @Test
        void readsTheHouseholdsInsalubrityForARuleOnAnotherSituation() {
            Household overcrowded = household(
                            hearingOn14March(), insalubrity().overcrowded(true).build())
                    .build();
            assertThat(held(unfit, overcrowded))
                    .contains(List.of("outcome OVERCROWDED in [NON_AMELIORABLE, OVERCROWDED]"));
            assertThat(held(unfit, household(hearingOn14March()).build())).isEmpty();
        }

        @Test
        void negatedShowsNoValue() {
            Household h = household(insalubrity().build()).build();
            assertThat(held(rule(SituationKind.INSALUBRITY, Condition.not(unfit)), h))
                    .contains(List.of("not (outcome in [NON_AMELIORABLE, OVERCROWDED])"));
        }
    }

    @Nested
    class InstitutionIn {
        private final Condition prisonOrHospital =
                Condition.institutionIn(InstitutionType.PRISON, InstitutionType.HOSPITAL);

        @Test
        void holdsForTheSecondTypeOfTheSet() {
            Household h =
                    household(institutionExit(InstitutionType.HOSPITAL).build()).build();
            assertThat(held(rule(SituationKind.INSTITUTION_EXIT, prisonOrHospital), h))
                    .contains(List.of("institution HOSPITAL in [PRISON, HOSPITAL]"));
        }

        @Test
        void holdsForTheFirstTypeOfTheSet() {
            Household h =
                    household(institutionExit(InstitutionType.PRISON).build()).build();
            assertThat(held(rule(SituationKind.INSTITUTION_EXIT, prisonOrHospital), h))
                    .contains(List.of("institution PRISON in [PRISON, HOSPITAL]"));
        }

        @Test
        void doesNotHoldForAnotherType() {
            Household h = household(institutionExit(InstitutionType.REST_HOME).build())
                    .build();
            assertThat(held(rule(SituationKind.INSTITUTION_EXIT, prisonOrHospital), h))
                    .isEmpty();
        }

        @Test
        void readsTheHouseholdsInstitutionExitForARuleOnAnotherSituation() {
            Household h = household(
                            hearingOn14March(),
                            institutionExit(InstitutionType.HOSPITAL).build())
                    .build();
            assertThat(held(prisonOrHospital, h)).contains(List.of("institution HOSPITAL in [PRISON, HOSPITAL]"));
            assertThat(held(prisonOrHospital, household(hearingOn14March()).build()))
                    .isEmpty();
        }

        @Test
        void negatedShowsTheTypeSeen() {
            Household h =
                    household(institutionExit(InstitutionType.HOSPITAL).build()).build();
            assertThat(held(
                            rule(
                                    SituationKind.INSTITUTION_EXIT,
                                    Condition.not(Condition.institutionIn(InstitutionType.PRISON))),
                            h))
                    .contains(List.of("not (institution in [PRISON]), seen HOSPITAL"));
        }
    }

    @Nested
    class DaysUntilAndSince {
        private final Household hearing = household(hearingOn14March()).build();
        private final Condition tenToTwelveDays = Condition.daysUntil(Milestone.HEARING, Bounds.between(10, 12));

        @Test
        void daysUntilHoldsFromTheUpperToTheLowerBound() {
            assertThat(held(tenToTwelveDays, hearing, ON.minusDays(1))).isEmpty();
            assertThat(held(tenToTwelveDays, hearing, ON)).contains(List.of("daysUntil HEARING = 12 within [10, 12]"));
            assertThat(held(tenToTwelveDays, hearing, ON.plusDays(2)))
                    .contains(List.of("daysUntil HEARING = 10 within [10, 12]"));
            assertThat(held(tenToTwelveDays, hearing, ON.plusDays(3))).isEmpty();
        }

        @Test
        void daysSinceHoldsFromTheLowerBound() {
            // filed on 1 February: 29 days before 2 March
            Condition sinceFiling = Condition.daysSince(Milestone.FILING, Bounds.atLeast(29));
            assertThat(held(sinceFiling, hearing, ON.minusDays(1))).isEmpty();
            assertThat(held(sinceFiling, hearing, ON)).contains(List.of("daysSince FILING = 29 within [29, ∞)"));
        }

        @Test
        void neitherHoldsWithoutTheMilestone() {
            assertThat(held(Condition.daysUntil(Milestone.JUDGMENT, Bounds.any()), hearing))
                    .isEmpty();
            assertThat(held(Condition.daysSince(Milestone.JUDGMENT, Bounds.any()), hearing))
                    .isEmpty();
        }

        @Test
        void negatedShowsTheDaysSeenCountedSince() {
            assertThat(held(Condition.not(Condition.daysSince(Milestone.HEARING, Bounds.atLeast(0))), hearing))
                    .contains(List.of("not (daysSince HEARING within [0, ∞)), seen -12"));
            assertThat(held(Condition.not(Condition.daysUntil(Milestone.HEARING, Bounds.atMost(5))), hearing))
                    .contains(List.of("not (daysUntil HEARING within (-∞, 5]), seen 12"));
        }

        @Test
        void negatedShowsNoValueWithoutTheMilestone() {
            assertThat(held(Condition.not(Condition.daysUntil(Milestone.JUDGMENT, Bounds.any())), hearing))
                    .contains(List.of("not (daysUntil JUDGMENT within (-∞, ∞))"));
        }
    }

    @Nested
    class RecordedAndUnrecorded {
        private final Household hearing = household(hearingOn14March()).build();

        @Test
        void recordedHoldsWithTheMilestoneAndShowsItsDay() {
            assertThat(held(Condition.recorded(Milestone.HEARING), hearing))
                    .contains(List.of("milestone HEARING set (2026-03-14)"));
            assertThat(held(Condition.recorded(Milestone.JUDGMENT), hearing)).isEmpty();
        }

        @Test
        void unrecordedHoldsWithoutTheMilestone() {
            assertThat(held(Condition.unrecorded(Milestone.JUDGMENT), hearing))
                    .contains(List.of("milestone JUDGMENT unset"));
            assertThat(held(Condition.unrecorded(Milestone.HEARING), hearing)).isEmpty();
        }

        @Test
        void negatedShowsTheDaySeenIfAny() {
            assertThat(held(Condition.not(Condition.unrecorded(Milestone.HEARING)), hearing))
                    .contains(List.of("not (milestone HEARING unset), seen 2026-03-14"));
            assertThat(held(Condition.not(Condition.recorded(Milestone.JUDGMENT)), hearing))
                    .contains(List.of("not (milestone JUDGMENT set)"));
        }
    }

    @Nested
    class TenureIn {
        private final Condition rented = Condition.tenureIn(Tenure.PRIVATE_TENANT, Tenure.SOCIAL_TENANT);

        @Test
        void holdsForTheSecondTenureOfTheSet() {
            Household h =
                    household(hearingOn14March()).tenure(Tenure.SOCIAL_TENANT).build();
            assertThat(held(rented, h)).contains(List.of("tenure SOCIAL_TENANT in [PRIVATE_TENANT, SOCIAL_TENANT]"));
        }

        @Test
        void holdsForTheFirstTenureOfTheSet() {
            Household h = household(hearingOn14March()).build();
            assertThat(held(rented, h)).contains(List.of("tenure PRIVATE_TENANT in [PRIVATE_TENANT, SOCIAL_TENANT]"));
        }

        @Test
        void doesNotHoldForAnotherTenure() {
            Household h =
                    household(hearingOn14March()).tenure(Tenure.AIS_TENANT).build();
            assertThat(held(rented, h)).isEmpty();
        }

        @Test
        void negatedShowsTheTenureSeen() {
            Household h = household(hearingOn14March()).build();
            assertThat(held(Condition.not(Condition.tenureIn(Tenure.OWNER_OCCUPIER)), h))
                    .contains(List.of("not (tenure in [OWNER_OCCUPIER]), seen PRIVATE_TENANT"));
        }
    }

    @Nested
    class RegionIn {
        private final Household inEsneux = household(hearingOn14March()).build();

        @Test
        void holdsForTheSecondRegionOfTheSet() {
            assertThat(held(Condition.regionIn(Region.FLANDERS, Region.WALLONIA), inEsneux))
                    .contains(List.of("region WALLONIA in [FLANDERS, WALLONIA]"));
        }

        @Test
        void doesNotHoldForAnotherRegion() {
            assertThat(held(Condition.regionIn(Region.FLANDERS, Region.BRUSSELS_CAPITAL), inEsneux))
                    .isEmpty();
        }

        @Test
        void negatedShowsTheRegionSeen() {
            assertThat(held(Condition.not(Condition.regionIn(Region.FLANDERS)), inEsneux))
                    .contains(List.of("not (region in [FLANDERS]), seen WALLONIA"));
        }
    }

    @Nested
    class ReferrerIn {
        private final Household h = household(hearingOn14March()).build();
        private final Rule cpasOrApl = rule(Condition.referrerIn(ActorKind.CPAS, ActorKind.APL));

        @Test
        void holdsForAReferrerOfTheSecondKindOfTheSet() {
            assertThat(held(cpasOrApl, h, actor("apl-esneux"), ON)).contains(List.of("referrer APL in [CPAS, APL]"));
        }

        @Test
        void holdsForAReferrerOfTheFirstKindOfTheSet() {
            assertThat(held(cpasOrApl, h, actor("cpas-esneux"), ON)).contains(List.of("referrer CPAS in [CPAS, APL]"));
        }

        @Test
        void doesNotHoldForAnotherKindOrWithoutReferrer() {
            assertThat(held(cpasOrApl, h, actor("pcs-esneux"), ON)).isEmpty();
            assertThat(held(cpasOrApl, h, null, ON)).isEmpty();
        }

        @Test
        void negatedShowsTheKindSeenIfAny() {
            Rule notCpas = rule(Condition.not(Condition.referrerIn(ActorKind.CPAS)));
            assertThat(held(notCpas, h, actor("apl-esneux"), ON))
                    .contains(List.of("not (referrer in [CPAS]), seen APL"));
            assertThat(held(notCpas, h, null, ON)).contains(List.of("not (referrer in [CPAS])"));
            assertThat(held(notCpas, h, actor("cpas-esneux"), ON)).isEmpty();
        }
    }

    @Nested
    class MinorsAndMinorsAtSchool {
        /**
         * In 2026: a newborn not at school, a 10-year-old and a 17-year-old at school are minors; an 18-year-old at
         * school is not.
         */
        private final Household family = household(hearingOn14March())
                .addMembers(child(2026, Schooling.NONE))
                .addMembers(child(2016, Schooling.PRIMARY))
                .addMembers(child(2009, Schooling.SECONDARY))
                .addMembers(child(2008, Schooling.SECONDARY))
                .build();

        @Test
        void countsMinorsFromBirthToSeventeen() {
            assertThat(held(Condition.minors(Bounds.between(3, 3)), family))
                    .contains(List.of("minors = 3 within [3, 3]"));
        }

        @Test
        void countsMinorsAtSchool() {
            assertThat(held(Condition.minorsAtSchool(Bounds.between(2, 2)), family))
                    .contains(List.of("minorsAtSchool = 2 within [2, 2]"));
        }

        @Test
        void countsNoMemberNotBornInTheYear() {
            Household expecting = household(hearingOn14March())
                    .addMembers(child(2027, Schooling.NONE))
                    .build();
            assertThat(held(Condition.minors(Bounds.between(0, 0)), expecting))
                    .contains(List.of("minors = 0 within [0, 0]"));
        }

        @Test
        void doesNotHoldOneBelowOrAboveTheBounds() {
            Household one = household(hearingOn14March())
                    .addMembers(child(2009, Schooling.SECONDARY))
                    .build();
            Household three = household(hearingOn14March())
                    .addMembers(child(2009, Schooling.SECONDARY))
                    .addMembers(child(2012, Schooling.PRIMARY))
                    .addMembers(child(2015, Schooling.PRIMARY))
                    .build();
            assertThat(held(Condition.minors(Bounds.between(2, 2)), one)).isEmpty();
            assertThat(held(Condition.minors(Bounds.between(2, 2)), three)).isEmpty();
            assertThat(held(Condition.minorsAtSchool(Bounds.between(2, 2)), one))
                    .isEmpty();
            assertThat(held(Condition.minorsAtSchool(Bounds.between(2, 2)), three))
                    .isEmpty();
        }

        @Test
        void negatedShowsTheCountSeen() {
            assertThat(held(Condition.not(Condition.minors(Bounds.atLeast(4))), family))
                    .contains(List.of("not (minors within [4, ∞)), seen 3"));
            assertThat(held(Condition.not(Condition.minorsAtSchool(Bounds.atLeast(3))), family))
                    .contains(List.of("not (minorsAtSchool within [3, ∞)), seen 2"));
        }
    }

    @Nested
    class MemberAge {
        private final Household withMinor = household(hearingOn14March())
                .addMembers(child(2009, Schooling.SECONDARY))
                .build();
        private final Household withAdultChild = household(hearingOn14March())
                .addMembers(child(2008, Schooling.HIGHER))
                .build();

        @Test
        void holdsForAMemberOfSeventeenButNotEighteen() {
            Condition minor = Condition.memberAge(Bounds.between(0, 17));
            assertThat(held(minor, withMinor)).contains(List.of("memberAge = 17 within [0, 17]"));
            assertThat(held(minor, withAdultChild)).isEmpty();
        }

        @Test
        void withARoleLooksOnlyAtMembersOfThatRole() {
            Condition adultChild = Condition.memberAge(MemberRole.CHILD, Bounds.atLeast(18));
            assertThat(held(adultChild, withAdultChild)).contains(List.of("memberAge CHILD = 18 within [18, ∞)"));
            // the reference person is 46, but not a child
            assertThat(held(adultChild, withMinor)).isEmpty();
        }

        @Test
        void withTheFirstRoleLooksOnlyAtMembersOfThatRole() {
            // the reference person is 46; only the child is 17
            assertThat(held(Condition.memberAge(MemberRole.REFERENCE_PERSON, Bounds.between(0, 17)), withMinor))
                    .isEmpty();
            assertThat(held(Condition.memberAge(MemberRole.REFERENCE_PERSON, Bounds.atLeast(18)), withMinor))
                    .contains(List.of("memberAge REFERENCE_PERSON = 46 within [18, ∞)"));
        }

        @Test
        void negatedShowsTheConditionWithItsRole() {
            assertThat(held(Condition.not(Condition.memberAge(MemberRole.CHILD, Bounds.atLeast(18))), withMinor))
                    .contains(List.of("not (memberAge CHILD within [18, ∞))"));
        }
    }

    @Nested
    class IncomeAtMostAndAbove {
        /**
         * A couple with two minors: the yearly ceiling is 2 120 000 + 2 × 290 000 = 2 700 000 cents, which a monthly
         * income of 225 000 cents (150 000 + 75 000) reaches exactly.
         */
        private Household couple(long secondIncomeCents) {
            return household(hearingOn14March())
                    .addMembers(Member.of(MemberRole.PARTNER, 1982))
                    .addMembers(child(2015, Schooling.PRIMARY))
                    .addMembers(child(2018, Schooling.PRIMARY))
                    .addIncomes(Income.of(IncomeSource.EMPLOYMENT, 150_000))
                    .addIncomes(Income.of(IncomeSource.FAMILY_ALLOWANCE, secondIncomeCents))
                    .build();
        }

        @Test
        void atMostHoldsAtTheCeiling() {
            assertThat(held(Condition.incomeAtMost(CEILING), couple(75_000)))
                    .contains(List.of("income 2700000 cents <= adel-income-ceiling 2700000 cents"));
            assertThat(held(Condition.incomeAbove(CEILING), couple(75_000))).isEmpty();
        }

        @Test
        void aboveHoldsOneCentAMonthPastTheCeiling() {
            assertThat(held(Condition.incomeAbove(CEILING), couple(75_001)))
                    .contains(List.of("income 2700012 cents > adel-income-ceiling 2700000 cents"));
            assertThat(held(Condition.incomeAtMost(CEILING), couple(75_001))).isEmpty();
        }

        @Test
        void aSingleParentHasTheLowerCeiling() {
            Household single = household(hearingOn14March())
                    .addMembers(child(2015, Schooling.PRIMARY))
                    .addMembers(child(2018, Schooling.PRIMARY))
                    .addIncomes(Income.of(IncomeSource.EMPLOYMENT, 225_000))
                    .build();
            assertThat(held(Condition.incomeAbove(CEILING), single))
                    .contains(List.of("income 2700000 cents > adel-income-ceiling 2130000 cents"));
        }

        @Test
        void neitherHoldsOnceTheCeilingIsRepealed() {
            LegalReference reference = LegalReference.of("Synthetic ceiling");
            Rulebook repealed = Rulebook.builder()
                    .from(BOOK)
                    .putParameters(
                            "repealed-ceiling",
                            Parameter.ofIncomeCeiling(DatedValue.of(
                                    "repealed-ceiling",
                                    List.of(
                                            DatedValue.Step.of(
                                                    LocalDate.of(2024, 1, 1),
                                                    IncomeCeiling.of(IncomeBasis.MONTHLY, 1, 1, 0),
                                                    reference),
                                            DatedValue.Step.end(LocalDate.of(2026, 1, 1), reference)))))
                    .build();
            Household h = couple(75_000);
            assertThat(held(repealed, rule(Condition.incomeAbove("repealed-ceiling")), h, null, ON.minusYears(1)))
                    .contains(List.of("income 225000 cents > repealed-ceiling 1 cents"));
            assertThat(held(repealed, rule(Condition.incomeAbove("repealed-ceiling")), h, null, ON))
                    .isEmpty();
            assertThat(held(repealed, rule(Condition.incomeAtMost("repealed-ceiling")), h, null, ON))
                    .isEmpty();
        }

        @Test
        void negatedNamesTheComparison() {
            assertThat(held(Condition.not(Condition.incomeAbove(CEILING)), couple(75_000)))
                    .contains(List.of("not (income above adel-income-ceiling)"));
            assertThat(held(Condition.not(Condition.incomeAtMost(CEILING)), couple(75_001)))
                    .contains(List.of("not (income at most adel-income-ceiling)"));
        }
    }

    @Nested
    class EthosIn {
        @Test
        void holdsForTheCategoryOfTheRulesSituation() {
            // an eviction threat is ETHOS 9.1
            Household h = household(hearingOn14March()).build();
            assertThat(held(Condition.ethosIn("12.1", "9.1"), h)).contains(List.of("ethos 9.1 in [12.1, 9.1]"));
            assertThat(held(Condition.ethosIn("12"), h)).isEmpty();
        }

        @Test
        void readsEverySituationOfTheHouseholdAndShowsTheFirstCategoryHeld() {
            // an insalubrity, not overcrowded, is ETHOS 12.1
            Household h = household(hearingOn14March(), insalubrity().build()).build();
            assertThat(held(Condition.ethosIn("12"), h)).contains(List.of("ethos 12.1 in [12]"));
            assertThat(held(Condition.ethosIn("12", "9"), h)).contains(List.of("ethos 9.1 in [12, 9]"));
        }

        @Test
        void negatedNamesTheCodes() {
            Household h = household(hearingOn14March()).build();
            assertThat(held(Condition.not(Condition.ethosIn("12")), h)).contains(List.of("not (ethos in [12])"));
        }
    }

    @Nested
    class ConsentGiven {
        private final Condition cpasReferral = Condition.consent(ActorKind.CPAS, Purpose.REFERRAL);

        private Household with(Consent... consents) {
            return household(hearingOn14March()).addConsents(consents).build();
        }

        @Test
        void holdsWithAnActiveConsentForTheKindAndPurpose() {
            assertThat(held(cpasReferral, with(consent(ActorKind.CPAS, Purpose.REFERRAL, ON))))
                    .contains(List.of("consent for CPAS for REFERRAL"));
        }

        @Test
        void holdsForAnyKindOfTheConsent() {
            Consent aplAndPcs = Consent.builder()
                    .from(consent(ActorKind.APL, Purpose.REFERRAL, ON))
                    .addRecipientKinds(ActorKind.PCS)
                    .build();
            assertThat(held(Condition.consent(ActorKind.APL, Purpose.REFERRAL), with(aplAndPcs)))
                    .contains(List.of("consent for APL for REFERRAL"));
            assertThat(held(Condition.consent(ActorKind.PCS, Purpose.REFERRAL), with(aplAndPcs)))
                    .contains(List.of("consent for PCS for REFERRAL"));
            assertThat(held(cpasReferral, with(aplAndPcs))).isEmpty();
        }

        @Test
        void doesNotHoldForAnotherKindOrPurposeOrWithoutConsent() {
            assertThat(held(cpasReferral, with())).isEmpty();
            assertThat(held(cpasReferral, with(consent(ActorKind.PCS, Purpose.REFERRAL, ON))))
                    .isEmpty();
            assertThat(held(cpasReferral, with(consent(ActorKind.CPAS, Purpose.FOLLOW_UP, ON))))
                    .isEmpty();
        }

        @Test
        void holdsFromTheDayGivenToTheDayBeforeWithdrawal() {
            assertThat(held(cpasReferral, with(consent(ActorKind.CPAS, Purpose.REFERRAL, ON.plusDays(1)))))
                    .isEmpty();
            Consent withdrawn = Consent.builder()
                    .from(consent(ActorKind.CPAS, Purpose.REFERRAL, ON.minusDays(10)))
                    .withdrawnOn(ON.plusDays(1))
                    .build();
            assertThat(held(cpasReferral, with(withdrawn), ON)).contains(List.of("consent for CPAS for REFERRAL"));
            assertThat(held(cpasReferral, with(withdrawn), ON.plusDays(1))).isEmpty();
        }

        @Test
        void negatedNamesKindAndPurpose() {
            assertThat(held(Condition.not(cpasReferral), with()))
                    .contains(List.of("not (consent for CPAS for REFERRAL)"));
        }

        @Test
        void aConsentNamingTheTargetCoversTheSharedData() {
            Rule sharing = ruleBuilder(SituationKind.EVICTION_THREAT)
                    .addSuggest(SuggestionTemplate.builder()
                            .from(template())
                            .sharesData(true)
                            .build())
                    .build();
            Consent named = Consent.builder()
                    .addRecipients(ActorId.of("cpas-esneux"))
                    .addDataCategories(DataCategory.SITUATION)
                    .addPurposes(Purpose.REFERRAL)
                    .givenOn(ON)
                    .build();
            Suggestion given =
                    compile(BOOK, sharing).advise(with(named), ON).suggestions().get(0);
            assertThat(given.bestTarget().orElseThrow().actor().id()).isEqualTo(ActorId.of("cpas-esneux"));
            assertThat(given.consent()).isEqualTo(ConsentStatus.GIVEN);
            Suggestion missing =
                    compile(BOOK, sharing).advise(with(), ON).suggestions().get(0);
            assertThat(missing.consent()).isEqualTo(ConsentStatus.MISSING);
        }
    }

    @Nested
    class FactHolds {
        private Optional<List<String>> fact(Fact fact, SituationKind ruleKind, Household h) {
            return held(rule(ruleKind, Condition.fact(fact)), h);
        }

        private Optional<List<String>> fact(Fact fact, Household h) {
            return fact(fact, SituationKind.EVICTION_THREAT, h);
        }

        @Test
        void budgetGuidanceRefused() {
            Household refused =
                    household(eviction().budgetGuidanceRefused(true).build()).build();
            assertThat(fact(Fact.BUDGET_GUIDANCE_REFUSED, refused)).contains(List.of("fact BUDGET_GUIDANCE_REFUSED"));
            assertThat(fact(
                            Fact.BUDGET_GUIDANCE_REFUSED,
                            household(hearingOn14March()).build()))
                    .isEmpty();
        }

        @Test
        void tenantObjectedToCpasNotification() {
            Household objected = household(
                            eviction().tenantObjectedToCpasNotification(true).build())
                    .build();
            assertThat(fact(Fact.TENANT_OBJECTED_TO_CPAS_NOTIFICATION, objected))
                    .contains(List.of("fact TENANT_OBJECTED_TO_CPAS_NOTIFICATION"));
            assertThat(fact(
                            Fact.TENANT_OBJECTED_TO_CPAS_NOTIFICATION,
                            household(hearingOn14March()).build()))
                    .isEmpty();
        }

        @Test
        void repossession() {
            Household repossessed =
                    household(eviction().repossession(true).build()).build();
            assertThat(fact(Fact.REPOSSESSION, repossessed)).contains(List.of("fact REPOSSESSION"));
            assertThat(fact(Fact.REPOSSESSION, household(hearingOn14March()).build()))
                    .isEmpty();
        }

        @Test
        void housingOnRelease() {
            Household housed = household(institutionExit(InstitutionType.PRISON)
                            .housingOnRelease(true)
                            .build())
                    .build();
            Household notHoused =
                    household(institutionExit(InstitutionType.PRISON).build()).build();
            assertThat(fact(Fact.HOUSING_ON_RELEASE, SituationKind.INSTITUTION_EXIT, housed))
                    .contains(List.of("fact HOUSING_ON_RELEASE"));
            assertThat(fact(Fact.HOUSING_ON_RELEASE, SituationKind.INSTITUTION_EXIT, notHoused))
                    .isEmpty();
        }

        @Test
        void listedEstablishment() {
            Household prison =
                    household(institutionExit(InstitutionType.PRISON).build()).build();
            Household hospital =
                    household(institutionExit(InstitutionType.HOSPITAL).build()).build();
            assertThat(fact(Fact.LISTED_ESTABLISHMENT, SituationKind.INSTITUTION_EXIT, prison))
                    .contains(List.of("fact LISTED_ESTABLISHMENT"));
            assertThat(fact(Fact.LISTED_ESTABLISHMENT, SituationKind.INSTITUTION_EXIT, hospital))
                    .isEmpty();
        }

        @Test
        void overcrowdedAndUninhabitable() {
            Household overcrowded =
                    household(insalubrity().overcrowded(true).build()).build();
            Household uninhabitable =
                    household(insalubrity().uninhabitable(true).build()).build();
            assertThat(fact(Fact.OVERCROWDED, SituationKind.INSALUBRITY, overcrowded))
                    .contains(List.of("fact OVERCROWDED"));
            assertThat(fact(Fact.OVERCROWDED, SituationKind.INSALUBRITY, uninhabitable))
                    .isEmpty();
            assertThat(fact(Fact.UNINHABITABLE, SituationKind.INSALUBRITY, uninhabitable))
                    .contains(List.of("fact UNINHABITABLE"));
            assertThat(fact(Fact.UNINHABITABLE, SituationKind.INSALUBRITY, overcrowded))
                    .isEmpty();
        }

        @Test
        void disabilityRecognisedOfAnyMember() {
            Household disabledFirst = household(hearingOn14March())
                    .members(List.of(
                            Member.builder()
                                    .role(MemberRole.REFERENCE_PERSON)
                                    .birthYear(1980)
                                    .disabilityRecognised(true)
                                    .build(),
                            Member.of(MemberRole.PARTNER, 1982)))
                    .build();
            assertThat(fact(Fact.DISABILITY_RECOGNISED, disabledFirst)).contains(List.of("fact DISABILITY_RECOGNISED"));
            assertThat(fact(
                            Fact.DISABILITY_RECOGNISED,
                            household(hearingOn14March()).build()))
                    .isEmpty();
        }

        @Test
        void leaseRegistered() {
            Household registered = household(hearingOn14March())
                    .dwelling(
                            Dwelling.builder().bedrooms(2).leaseRegistered(true).build())
                    .build();
            Household unregistered = household(hearingOn14March())
                    .dwelling(Dwelling.builder().bedrooms(2).build())
                    .build();
            assertThat(fact(Fact.LEASE_REGISTERED, registered)).contains(List.of("fact LEASE_REGISTERED"));
            assertThat(fact(Fact.LEASE_REGISTERED, unregistered)).isEmpty();
            assertThat(fact(Fact.LEASE_REGISTERED, household(hearingOn14March()).build()))
                    .isEmpty();
        }

        @Test
        void ownerOccupierAndSocialHousingReadTheTenure() {
            Household owner =
                    household(hearingOn14March()).tenure(Tenure.OWNER_OCCUPIER).build();
            Household social =
                    household(hearingOn14March()).tenure(Tenure.SOCIAL_TENANT).build();
            assertThat(fact(Fact.OWNER_OCCUPIER, owner)).contains(List.of("fact OWNER_OCCUPIER"));
            assertThat(fact(Fact.OWNER_OCCUPIER, social)).isEmpty();
            assertThat(fact(Fact.SOCIAL_HOUSING, social)).contains(List.of("fact SOCIAL_HOUSING"));
            assertThat(fact(Fact.SOCIAL_HOUSING, owner)).isEmpty();
        }

        @Test
        void hostedByTheFamilyRuptureOrByTheTenure() {
            Household hostedRupture =
                    household(familyRupture().hosted(true).build()).build();
            Household rupture = household(familyRupture().build()).build();
            Household hostedTenure =
                    household(familyRupture().build()).tenure(Tenure.HOSTED).build();
            assertThat(fact(Fact.HOSTED, SituationKind.FAMILY_RUPTURE, hostedRupture))
                    .contains(List.of("fact HOSTED"));
            assertThat(fact(Fact.HOSTED, SituationKind.FAMILY_RUPTURE, rupture)).isEmpty();
            assertThat(fact(Fact.HOSTED, SituationKind.FAMILY_RUPTURE, hostedTenure))
                    .contains(List.of("fact HOSTED"));
        }

        @Test
        void domiciledOnSite() {
            Household domiciled =
                    household(permanentHabitat().domiciledOnSite(true).build()).build();
            Household notDomiciled = household(permanentHabitat().build()).build();
            assertThat(fact(Fact.DOMICILED_ON_SITE, SituationKind.PERMANENT_HABITAT, domiciled))
                    .contains(List.of("fact DOMICILED_ON_SITE"));
            assertThat(fact(Fact.DOMICILED_ON_SITE, SituationKind.PERMANENT_HABITAT, notDomiciled))
                    .isEmpty();
        }

        @Test
        void moratoriumAppliesToAWalloonSocialTenantInWinterWhoDidNotRefuseBudgetGuidance() {
            Rule rule = rule(Condition.fact(Fact.MORATORIUM_APPLIES));
            Household social =
                    household(hearingOn14March()).tenure(Tenure.SOCIAL_TENANT).build();
            Household refused = household(eviction().budgetGuidanceRefused(true).build())
                    .tenure(Tenure.SOCIAL_TENANT)
                    .build();
            assertThat(held(rule, social)).contains(List.of("fact MORATORIUM_APPLIES"));
            // the window ends on 15 March
            assertThat(held(rule, social, null, LocalDate.of(2026, 3, 15))).isPresent();
            assertThat(held(rule, social, null, LocalDate.of(2026, 3, 16))).isEmpty();
            assertThat(held(rule, household(hearingOn14March()).build())).isEmpty();
            assertThat(held(rule, refused)).isEmpty();
        }

        @Test
        void situationFactsAreFalseWithoutASituationOfTheirKind() {
            Household h = household(hearingOn14March()).build();
            assertThat(fact(Fact.HOUSING_ON_RELEASE, h)).isEmpty();
            assertThat(fact(Fact.LISTED_ESTABLISHMENT, h)).isEmpty();
            assertThat(fact(Fact.OVERCROWDED, h)).isEmpty();
            assertThat(fact(Fact.UNINHABITABLE, h)).isEmpty();
            assertThat(fact(Fact.HOSTED, h)).isEmpty();
            assertThat(fact(Fact.DOMICILED_ON_SITE, h)).isEmpty();
            Household rupture = household(familyRupture().build()).build();
            assertThat(fact(Fact.REPOSSESSION, SituationKind.FAMILY_RUPTURE, rupture))
                    .isEmpty();
            assertThat(fact(Fact.TENANT_OBJECTED_TO_CPAS_NOTIFICATION, SituationKind.FAMILY_RUPTURE, rupture))
                    .isEmpty();
            assertThat(fact(Fact.BUDGET_GUIDANCE_REFUSED, SituationKind.FAMILY_RUPTURE, rupture))
                    .isEmpty();
        }
    }

    /** Facts of a situation of another kind than the rule's: the household's first situation of that kind. */
    @Nested
    class FactsAcrossSituations {
        private Optional<List<String>> fact(Fact fact, SituationKind ruleKind, Situation... situations) {
            return held(
                    rule(ruleKind, Condition.fact(fact)), household(situations).build());
        }

        @Test
        void evictionFactsForARuleOnAFamilyRupture() {
            Situation rupture = familyRupture().build();
            Situation repossessed = eviction().repossession(true).build();
            Situation objected =
                    eviction().tenantObjectedToCpasNotification(true).build();
            Situation refused = eviction().budgetGuidanceRefused(true).build();
            assertThat(fact(Fact.REPOSSESSION, SituationKind.FAMILY_RUPTURE, rupture, repossessed))
                    .contains(List.of("fact REPOSSESSION"));
            assertThat(fact(Fact.TENANT_OBJECTED_TO_CPAS_NOTIFICATION, SituationKind.FAMILY_RUPTURE, rupture, objected))
                    .contains(List.of("fact TENANT_OBJECTED_TO_CPAS_NOTIFICATION"));
            assertThat(fact(Fact.BUDGET_GUIDANCE_REFUSED, SituationKind.FAMILY_RUPTURE, rupture, refused))
                    .contains(List.of("fact BUDGET_GUIDANCE_REFUSED"));
        }

        @Test
        void insalubrityFactsForARuleOnAnEvictionThreat() {
            assertThat(fact(
                            Fact.OVERCROWDED,
                            SituationKind.EVICTION_THREAT,
                            hearingOn14March(),
                            insalubrity().overcrowded(true).build()))
                    .contains(List.of("fact OVERCROWDED"));
            assertThat(fact(
                            Fact.UNINHABITABLE,
                            SituationKind.EVICTION_THREAT,
                            hearingOn14March(),
                            insalubrity().uninhabitable(true).build()))
                    .contains(List.of("fact UNINHABITABLE"));
        }

        @Test
        void institutionExitFactsForARuleOnAnEvictionThreat() {
            assertThat(fact(
                            Fact.LISTED_ESTABLISHMENT,
                            SituationKind.EVICTION_THREAT,
                            hearingOn14March(),
                            institutionExit(InstitutionType.PRISON).build()))
                    .contains(List.of("fact LISTED_ESTABLISHMENT"));
            assertThat(fact(
                            Fact.HOUSING_ON_RELEASE,
                            SituationKind.EVICTION_THREAT,
                            hearingOn14March(),
                            institutionExit(InstitutionType.PRISON)
                                    .housingOnRelease(true)
                                    .build()))
                    .contains(List.of("fact HOUSING_ON_RELEASE"));
        }

        @Test
        void hostedForARuleOnAnEvictionThreat() {
            assertThat(fact(
                            Fact.HOSTED,
                            SituationKind.EVICTION_THREAT,
                            hearingOn14March(),
                            familyRupture().hosted(true).build()))
                    .contains(List.of("fact HOSTED"));
            assertThat(fact(
                            Fact.HOSTED,
                            SituationKind.EVICTION_THREAT,
                            hearingOn14March(),
                            familyRupture().build()))
                    .isEmpty();
        }

        @Test
        void domiciledOnSiteForARuleOnAnEvictionThreat() {
            assertThat(fact(
                            Fact.DOMICILED_ON_SITE,
                            SituationKind.EVICTION_THREAT,
                            hearingOn14March(),
                            permanentHabitat().domiciledOnSite(true).build()))
                    .contains(List.of("fact DOMICILED_ON_SITE"));
        }

        @Test
        void theFirstSituationOfAKindIsRead() {
            // a household has at most one eviction threat, insalubrity or permanent habitat, but may have an
            // institution exit or a family rupture per member
            Situation prison = institutionExit(InstitutionType.PRISON).build();
            Situation hospital = institutionExit(InstitutionType.HOSPITAL).build();
            assertThat(fact(
                            Fact.LISTED_ESTABLISHMENT,
                            SituationKind.EVICTION_THREAT,
                            hearingOn14March(),
                            prison,
                            hospital))
                    .isPresent();
            assertThat(fact(
                            Fact.LISTED_ESTABLISHMENT,
                            SituationKind.EVICTION_THREAT,
                            hearingOn14March(),
                            hospital,
                            prison))
                    .isEmpty();

            Situation hosted = familyRupture().hosted(true).build();
            Situation atHome = familyRupture().build();
            assertThat(fact(Fact.HOSTED, SituationKind.EVICTION_THREAT, hearingOn14March(), hosted, atHome))
                    .isPresent();
            assertThat(fact(Fact.HOSTED, SituationKind.EVICTION_THREAT, hearingOn14March(), atHome, hosted))
                    .isEmpty();
        }

        @Test
        void aRuleOnASituationOfTheKindReadsItsOwn() {
            // the rule is evaluated for each family rupture, each reading its own
            Rule rule = rule(SituationKind.FAMILY_RUPTURE, Condition.fact(Fact.HOSTED));
            Household h = household(
                            familyRupture().build(),
                            familyRupture().hosted(true).build())
                    .build();
            Advice advice = compile(BOOK, rule).advise(h, ON);
            assertThat(advice.suggestions())
                    .extracting(Suggestion::situationIndex)
                    .containsExactly(1);
            Rule exit = rule(SituationKind.INSTITUTION_EXIT, Condition.fact(Fact.LISTED_ESTABLISHMENT));
            Household exits = household(
                            institutionExit(InstitutionType.HOSPITAL).build(),
                            institutionExit(InstitutionType.PRISON).build())
                    .build();
            assertThat(compile(BOOK, exit).advise(exits, ON).suggestions())
                    .extracting(Suggestion::situationIndex)
                    .containsExactly(1);
        }
    }

    @Nested
    class AllAnyNot {
        private final Household hearing = household(hearingOn14March()).build();

        @Test
        void allRecordsEveryChildInOrder() {
            assertThat(held(
                            Condition.all(
                                    Condition.tenureIn(Tenure.PRIVATE_TENANT), Condition.recorded(Milestone.HEARING)),
                            hearing))
                    .contains(
                            List.of("tenure PRIVATE_TENANT in [PRIVATE_TENANT]", "milestone HEARING set (2026-03-14)"));
        }

        @Test
        void allDoesNotHoldWhenOneChildFails() {
            assertThat(held(
                            Condition.all(
                                    Condition.tenureIn(Tenure.PRIVATE_TENANT), Condition.recorded(Milestone.JUDGMENT)),
                            hearing))
                    .isEmpty();
            assertThat(held(
                            Condition.all(
                                    Condition.tenureIn(Tenure.OWNER_OCCUPIER), Condition.recorded(Milestone.HEARING)),
                            hearing))
                    .isEmpty();
        }

        @Test
        void anyReportsTheFirstAlternativeThatHeld() {
            assertThat(held(
                            Condition.any(
                                    Condition.recorded(Milestone.JUDGMENT),
                                    Condition.tenureIn(Tenure.PRIVATE_TENANT),
                                    Condition.recorded(Milestone.HEARING)),
                            hearing))
                    .contains(List.of("tenure PRIVATE_TENANT in [PRIVATE_TENANT]"));
            assertThat(held(
                            Condition.any(
                                    Condition.recorded(Milestone.JUDGMENT), Condition.tenureIn(Tenure.OWNER_OCCUPIER)),
                            hearing))
                    .isEmpty();
        }

        @Test
        void anyDropsTheRecordsOfAnAlternativeThatFailedPartway() {
            assertThat(held(
                            Condition.any(
                                    Condition.all(
                                            Condition.tenureIn(Tenure.PRIVATE_TENANT),
                                            Condition.recorded(Milestone.JUDGMENT)),
                                    Condition.recorded(Milestone.HEARING)),
                            hearing))
                    .contains(List.of("milestone HEARING set (2026-03-14)"));
        }

        @Test
        void recordsEveryConditionOfALongAll() {
            // more conditions than the trace holds at first (16): it grows and keeps them all, in order
            List<Condition> days = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int max = 12; max < 32; max++) {
                days.add(Condition.daysUntil(Milestone.HEARING, Bounds.between(0, max)));
                texts.add("daysUntil HEARING = 12 within [0, " + max + "]");
            }
            assertThat(held(Condition.all(days.toArray(new Condition[0])), hearing))
                    .contains(texts);
        }

        @Test
        void notOfNotDropsTheRecordsOfTheInnermostCondition() {
            Household hosted =
                    household(hearingOn14March()).tenure(Tenure.HOSTED).build();
            Condition twice = Condition.not(Condition.not(Condition.fact(Fact.HOSTED)));
            assertThat(held(twice, hosted)).contains(List.of("not (not (fact HOSTED))"));
            assertThat(held(twice, hearing)).isEmpty();
        }

        @Test
        void notOfACompositeNamesItsKindAndChildren() {
            assertThat(held(
                            Condition.not(Condition.all(
                                    Condition.tenureIn(Tenure.PRIVATE_TENANT), Condition.recorded(Milestone.JUDGMENT))),
                            hearing))
                    .contains(List.of("not (all of (tenure in [PRIVATE_TENANT], milestone JUDGMENT set))"));
            assertThat(held(
                            Condition.not(Condition.any(
                                    Condition.tenureIn(Tenure.OWNER_OCCUPIER), Condition.recorded(Milestone.JUDGMENT))),
                            hearing))
                    .contains(List.of("not (any of (tenure in [OWNER_OCCUPIER], milestone JUDGMENT set))"));
        }

        @Test
        void notBesideOtherConditionsKeepsTheirRecords() {
            assertThat(held(
                            Condition.all(
                                    Condition.recorded(Milestone.HEARING),
                                    Condition.not(Condition.recorded(Milestone.JUDGMENT)),
                                    Condition.tenureIn(Tenure.PRIVATE_TENANT)),
                            hearing))
                    .contains(List.of(
                            "milestone HEARING set (2026-03-14)",
                            "not (milestone JUDGMENT set)",
                            "tenure PRIVATE_TENANT in [PRIVATE_TENANT]"));
        }
    }

    /** Deadlines of templates counted from a milestone of the rule's situation. */
    @Nested
    class Deadlines {
        private Suggestion only(DeadlineRule deadline, Situation situation, LocalDate on) {
            Rule rule = ruleBuilder(SituationKind.EVICTION_THREAT)
                    .addSuggest(SuggestionTemplate.builder()
                            .from(template())
                            .deadline(deadline)
                            .build())
                    .build();
            Advice advice = compile(BOOK, rule).advise(household(situation).build(), on);
            assertThat(advice.suggestions()).hasSize(1);
            return advice.suggestions().get(0);
        }

        @Test
        void workingDaysBeforeAMilestoneSkipEasterMonday() {
            // hearing on Wednesday 8 April 2026; back 3 working days: Tuesday 7, (Easter Monday 6, the weekend),
            // Friday 3, Thursday 2
            assertThat(BelgianHolidays.isHoliday(LocalDate.of(2026, 4, 6))).isTrue();
            Suggestion s = only(
                    DeadlineRule.ofMilestoneWorkingDays(Milestone.HEARING, -3),
                    RulesFixtures.evictionHearingOn(LocalDate.of(2026, 4, 8)),
                    ON);
            assertThat(s.deadlineOn()).contains(LocalDate.of(2026, 4, 2));
            DueDate d = s.deadline().orElseThrow();
            assertThat(d.on()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(d.countedFrom()).contains(LocalDate.of(2026, 4, 8));
            assertThat(d.references()).isEmpty();
        }

        @Test
        void workingDaysAfterAMilestoneSkipTheWeekendAndEasterMonday() {
            // hearing on Friday 3 April 2026; 2 working days on: Tuesday 7, Wednesday 8
            Suggestion s = only(
                    DeadlineRule.ofMilestoneWorkingDays(Milestone.HEARING, 2),
                    RulesFixtures.evictionHearingOn(LocalDate.of(2026, 4, 3)),
                    ON);
            assertThat(s.deadlineOn()).contains(LocalDate.of(2026, 4, 8));
        }

        @Test
        void zeroWorkingDaysIsTheMilestoneItselfEvenOnASaturday() {
            assertThat(LocalDate.of(2026, 3, 14).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            Suggestion s = only(DeadlineRule.ofMilestoneWorkingDays(Milestone.HEARING, 0), hearingOn14March(), ON);
            assertThat(s.deadlineOn()).contains(LocalDate.of(2026, 3, 14));
        }

        @Test
        void calendarDaysBeforeAMilestoneCountWeekends() {
            Suggestion s = only(DeadlineRule.ofMilestone(Milestone.HEARING, -7), hearingOn14March(), ON);
            assertThat(s.deadlineOn()).contains(LocalDate.of(2026, 3, 7));
        }

        @Test
        void aDaysParameterGivesItsValueAndReferenceOnTheAsOfDate() {
            // follow-up-days is 20 from 2024: from Saturday 14 March 2026, 20 working days skipping Easter Monday
            // 6 April end on Monday 13 April
            Suggestion s =
                    only(DeadlineRule.ofMilestone(Milestone.HEARING, "follow-up-days", true), hearingOn14March(), ON);
            assertThat(s.deadlineOn()).contains(LocalDate.of(2026, 4, 13));
            assertThat(s.deadline().orElseThrow().references())
                    .extracting(LegalReference::title)
                    .containsExactly("Test delay shortened, synthetic");
            assertThat(s.references())
                    .extracting(LegalReference::title)
                    .containsExactly("Synthetic law", "Test delay shortened, synthetic");
        }

        @Test
        void daysAfterTheAsOfDate() {
            assertThat(only(DeadlineRule.afterAsOf(10), hearingOn14March(), ON).deadlineOn())
                    .contains(LocalDate.of(2026, 3, 12));
            Suggestion s = only(DeadlineRule.afterAsOf("follow-up-days"), hearingOn14March(), ON);
            assertThat(s.deadlineOn()).contains(LocalDate.of(2026, 3, 22));
            assertThat(s.deadline().orElseThrow().references())
                    .extracting(LegalReference::title)
                    .containsExactly("Test delay shortened, synthetic");
        }

        @Test
        void noDeadlineWithoutADeadlineRule() {
            Rule rule = rule(Condition.recorded(Milestone.HEARING));
            Suggestion s = compile(BOOK, rule)
                    .advise(household(hearingOn14March()).build(), ON)
                    .suggestions()
                    .get(0);
            assertThat(s.deadline()).isEmpty();
            assertThat(s.deadlineOn()).isEmpty();
            assertThat(s.references()).extracting(LegalReference::title).containsExactly("Synthetic law");
        }

        @Test
        void noDeadlineWithoutTheMilestone() {
            Suggestion s = only(DeadlineRule.ofMilestoneWorkingDays(Milestone.JUDGMENT, 5), hearingOn14March(), ON);
            assertThat(s.deadline()).isEmpty();
            assertThat(s.deadlineOn()).isEmpty();
            assertThat(s.references()).extracting(LegalReference::title).containsExactly("Synthetic law");
        }
    }
}
