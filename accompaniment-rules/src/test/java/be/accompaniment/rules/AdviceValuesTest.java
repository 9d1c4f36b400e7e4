package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Consent;
import be.accompaniment.household.DataCategory;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.Milestone;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Equality, hashing and text of the values an advice is made of: targets, held conditions, cases and advices. */
class AdviceValuesTest {
    private static final LocalDate ON = LocalDate.of(2026, 3, 2);
    private static final NisCode ESNEUX = NisCode.parse("62032");
    private static final ActorDirectory DIRECTORY = RulesFixtures.testDirectory();

    private static Actor actor(String id) {
        return DIRECTORY.actor(ActorId.of(id)).orElseThrow();
    }

    /** A household of Esneux whose eviction hearing is set twelve days after {@link #ON}. */
    private static Household household(String id) {
        return Household.builder()
                .id(HouseholdId.of(id))
                .commune(ESNEUX)
                .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1980))
                .tenure(Tenure.PRIVATE_TENANT)
                .addSituations(RulesFixtures.evictionHearingOn(LocalDate.of(2026, 3, 14)))
                .build();
    }

    @Test
    void targetActorsAreEqualForTheSameActorAndReasons() {
        Actor cpas = actor("cpas-esneux");
        Set<FitReason> reasons = EnumSet.of(FitReason.SERVES_COMMUNE_ONLY, FitReason.HAS_CAPACITY);
        new EqualsTester()
                .addEqualityGroup(TargetActor.of(cpas, reasons), TargetActor.of(cpas, EnumSet.copyOf(reasons)))
                .addEqualityGroup(TargetActor.of(cpas, EnumSet.of(FitReason.SERVES_COMMUNE_ONLY)))
                .addEqualityGroup(TargetActor.of(actor("apl-esneux"), reasons))
                .testEquals();
    }

    @Test
    void aTargetActorHasItsReasonsAndShowsItsIdWithThem() {
        TargetActor target = TargetActor.of(actor("cpas-esneux"), EnumSet.of(FitReason.HAS_CAPACITY));
        assertThat(target.has(FitReason.HAS_CAPACITY)).isTrue();
        assertThat(target.has(FitReason.SERVES_COMMUNE_ONLY)).isFalse();
        assertThat(target.toString()).isEqualTo("cpas-esneux[HAS_CAPACITY]");
        new NullPointerTester().testAllPublicInstanceMethods(target);
    }

    @Test
    void heldConditionsAreEqualForTheSameConditionAndText() {
        Condition hearing = Condition.recorded(Milestone.HEARING);
        HeldCondition held = new HeldCondition(hearing, "milestone HEARING set (2026-03-14)");
        new EqualsTester()
                .addEqualityGroup(held, new HeldCondition(hearing, "milestone HEARING set (2026-03-14)"))
                .addEqualityGroup(new HeldCondition(hearing, "milestone HEARING set (2026-03-15)"))
                .addEqualityGroup(new HeldCondition(Condition.recorded(Milestone.JUDGMENT), held.text()))
                .testEquals();
        assertThat(held.toString()).isEqualTo(held.text());
        assertThat(held.condition()).isEqualTo(hearing);
    }

    @Test
    void casesAreEqualForTheSameHouseholdAndReferrer() {
        Household h = household("h-1");
        Actor pcs = actor("pcs-esneux");
        new EqualsTester()
                .addEqualityGroup(Case.of(h), Case.of(household("h-1")))
                .addEqualityGroup(Case.of(h, pcs), Case.of(h, actor("pcs-esneux")))
                .addEqualityGroup(Case.of(h, actor("cpas-esneux")))
                .addEqualityGroup(Case.of(household("h-2")))
                .testEquals();
        assertThat(Case.of(h).toString()).isEqualTo("Case{h-1}");
        assertThat(Case.of(h, pcs).toString()).isEqualTo("Case{h-1, referrer pcs-esneux}");
    }

    @Test
    void advicesAreEqualForTheSameHouseholdDateReferrerAndSuggestions() {
        PasserelleAdvisor advisor = PasserelleAdvisor.compile(RulesFixtures.testRulebook(), DIRECTORY);
        Household h = household("h-1");
        Advice advice = advisor.advise(h, ON);
        assertThat(advice.suggestions()).isNotEmpty();
        new EqualsTester()
                .addEqualityGroup(advice, advisor.advise(household("h-1"), ON))
                .addEqualityGroup(advisor.advise(h, ON.plusDays(1)))
                .addEqualityGroup(advisor.advise(h, actor("pcs-esneux"), ON))
                .addEqualityGroup(advisor.advise(household("h-2"), ON))
                .testEquals();
        assertThat(advice.toString())
                .startsWith("Advice{h-1 on 2026-03-02, [")
                .contains(advice.suggestions().get(0).ruleId());
    }

    @Test
    void suggestionsAreEqualForTheSameRuleHouseholdDateTargetsAndConsent() {
        PasserelleAdvisor advisor = PasserelleAdvisor.compile(RulesFixtures.testRulebook(), DIRECTORY);
        Actor apl = actor("apl-esneux");
        Household h = household("h-1");
        Household consenting = Household.builder()
                .from(h)
                .addConsents(Consent.builder()
                        .addRecipientKinds(ActorKind.CPAS)
                        .addDataCategories(DataCategory.SITUATION)
                        .addPurposes(Purpose.REFERRAL)
                        .givenOn(ON.minusDays(30))
                        .build())
                .build();
        Suggestion s = advisor.advise(h, apl, ON).suggestions().get(0);
        new EqualsTester()
                .addEqualityGroup(
                        s,
                        advisor.advise(household("h-1"), apl, ON).suggestions().get(0))
                .addEqualityGroup(
                        advisor.advise(household("h-2"), apl, ON).suggestions().get(0))
                .addEqualityGroup(
                        advisor.advise(h, apl, ON.plusDays(1)).suggestions().get(0))
                .addEqualityGroup(
                        advisor.advise(consenting, apl, ON).suggestions().get(0))
                .testEquals();
        assertThat(advisor.advise(consenting, apl, ON).suggestions().get(0).consent())
                .isNotEqualTo(s.consent());
    }

    @Test
    void aSuggestionShowsItsRuleMeasureDeadlineTargetAndConsentOnly() {
        PasserelleAdvisor advisor = PasserelleAdvisor.compile(RulesFixtures.testRulebook(), DIRECTORY);
        Suggestion s = advisor.advise(household("h-1"), actor("apl-esneux"), ON).suggestions().stream()
                .filter(x -> x.deadlineOn().isPresent() && !x.unresolved())
                .findFirst()
                .orElseThrow();

        assertThat(s.toString())
                .isEqualTo("Suggestion{" + s.ruleId() + "#" + s.templateIndex() + ", " + s.measure() + ", "
                        + s.urgency() + ", by " + s.deadlineOn().get() + ", to "
                        + s.bestTarget().orElseThrow().actor().id() + ", consent " + s.consent() + "}");
    }
}
