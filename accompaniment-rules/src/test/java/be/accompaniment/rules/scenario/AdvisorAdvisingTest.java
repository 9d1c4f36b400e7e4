package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Tenure;
import be.accompaniment.passerelle.ConsentStatus;
import be.accompaniment.rules.Advice;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.Suggestion;
import be.accompaniment.rules.TargetActor;
import be.accompaniment.rules.scenario.Advising.Proposal;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seam between the simulation and the advisor: each suggestion of the Walloon rulebook becomes one proposal, with
 * its targets in rank order, whether the referrer can act itself, and the consent it needs and for whom.
 */
class AdvisorAdvisingTest {
    private static final LocalDate ON = LocalDate.of(2026, 3, 2);

    private static Actor actor(String id, ActorKind kind) {
        return Actor.builder()
                .id(ActorId.of(id))
                .name("Actor " + id)
                .kind(kind)
                .territory(Territory.ofCommune(ScenarioFixtures.ESNEUX))
                .seat(ScenarioFixtures.ESNEUX)
                .capacity(10)
                .build();
    }

    private static final Actor CPAS = actor("cpas-esneux", ActorKind.CPAS);
    private static final ActorDirectory DIRECTORY = ActorDirectory.of(List.of(
            CPAS,
            actor("apl-esneux", ActorKind.APL),
            actor("ais-esneux", ActorKind.AIS),
            actor("legal-aid-esneux", ActorKind.LEGAL_AID)));

    /** A private tenant of Esneux in an eviction procedure, without any consent given. */
    private static Household threatened(EvictionThreat eviction) {
        return Household.builder()
                .id(HouseholdId.of("case-1"))
                .commune(ScenarioFixtures.ESNEUX)
                .tenure(Tenure.PRIVATE_TENANT)
                .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1975))
                .addSituations(eviction)
                .build();
    }

    /** A formal demand to pay: the stage where the CPAS itself is among the actors to turn to. */
    private static EvictionThreat demand() {
        return EvictionThreat.builder()
                .openedOn(LocalDate.of(2026, 1, 5))
                .demandOn(LocalDate.of(2026, 1, 5))
                .build();
    }

    /** A claim filed, the hearing set twelve days on. */
    private static EvictionThreat hearingSet() {
        return EvictionThreat.builder()
                .from(demand())
                .procedure(EvictionProcedure.REQUETE)
                .filedOn(LocalDate.of(2026, 2, 2))
                .cpasNotifiedOn(LocalDate.of(2026, 2, 6))
                .hearingOn(ON.plusDays(12))
                .build();
    }

    @Test
    void turnsEverySuggestionIntoAProposalWithTheConsentItNeeds() {
        PasserelleAdvisor advisor = PasserelleAdvisor.compile(Rulebook.bundled(Region.WALLONIA), DIRECTORY);
        List<Proposal> all = new ArrayList<>();
        for (Household h : List.of(threatened(demand()), threatened(hearingSet()))) {
            all.addAll(checkedProposals(advisor, h));
        }
        // the cases the mapping tells apart all occur
        assertThat(all).anyMatch(Proposal::referrerCanAct);
        assertThat(all).anyMatch(p -> p.targets().isEmpty());
        assertThat(all).anyMatch(p -> !p.targets().isEmpty() && !p.referrerCanAct());
        assertThat(all).anyMatch(Proposal::consentMissing);
        assertThat(all).anyMatch(p -> !p.consentMissing());
    }

    /** The proposals for a household referred by the CPAS, each checked against its suggestion. */
    private static List<Proposal> checkedProposals(PasserelleAdvisor advisor, Household h) {
        Advice advice = advisor.advise(h, CPAS, ON);

        List<Proposal> proposals = new AdvisorAdvising(advisor).advise(h, CPAS, ON);

        assertThat(proposals).hasSameSizeAs(advice.suggestions());
        for (int i = 0; i < proposals.size(); i++) {
            Suggestion s = advice.suggestions().get(i);
            Proposal p = proposals.get(i);
            assertThat(p.rule()).isEqualTo(s.ruleId() + "#" + s.templateIndex());
            assertThat(p.measure()).isEqualTo(s.measure());
            assertThat(p.targets())
                    .containsExactlyElementsOf(
                            s.targets().stream().map(t -> t.actor().id()).toList());
            assertThat(p.referrerCanAct()).isEqualTo(s.referrerIsCandidate());
            assertThat(p.consentMissing()).isEqualTo(s.consent() == ConsentStatus.MISSING);
            assertThat(p.purpose()).isEqualTo(s.purpose());
            // the consent asked for is for the kinds of the targets, and the referrer's own when it may act or when
            // no other actor serves
            Set<ActorKind> kinds = s.targets().stream()
                    .map(TargetActor::actor)
                    .map(Actor::kind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActorKind.class)));
            if (s.referrerIsCandidate() || s.targets().isEmpty()) {
                kinds.add(ActorKind.CPAS);
            }
            assertThat(p.consentKinds()).as(p.rule()).isEqualTo(kinds);
        }
        return proposals;
    }
}
