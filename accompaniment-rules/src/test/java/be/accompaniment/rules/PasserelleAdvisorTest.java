package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.household.Consent;
import be.accompaniment.household.DataCategory;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.i18n.Language;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.passerelle.ConsentStatus;
import be.accompaniment.passerelle.Passerelle;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PasserelleAdvisorTest {
    private static final LocalDate ON = LocalDate.of(2026, 3, 2);
    private static final NisCode ESNEUX = NisCode.parse("62032");
    private static final NisCode ANDERLECHT = NisCode.parse("21001");
    private static final ActorDirectory DIRECTORY = RulesFixtures.testDirectory();
    private static final Rulebook BOOK = RulesFixtures.testRulebook();
    private static final PasserelleAdvisor ADVISOR = PasserelleAdvisor.compile(BOOK, DIRECTORY);

    private static Actor actor(String id) {
        return DIRECTORY.actor(ActorId.of(id)).orElseThrow();
    }

    private static EvictionThreat hearingIn12Days() {
        return RulesFixtures.evictionHearingOn(LocalDate.of(2026, 3, 14));
    }

    private static Household.Builder household(NisCode commune, Situation... situations) {
        return Household.builder()
                .id(HouseholdId.of("h-1"))
                .commune(commune)
                .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1980))
                .tenure(Tenure.PRIVATE_TENANT)
                .addSituations(situations);
    }

    private static Consent consentFor(ActorKind kind) {
        return Consent.builder()
                .addRecipientKinds(kind)
                .addDataCategories(DataCategory.SITUATION)
                .addPurposes(Purpose.REFERRAL)
                .givenOn(LocalDate.of(2026, 2, 1))
                .build();
    }

    private static EvictionThreat judgmentServed() {
        return EvictionThreat.builder()
                .from(hearingIn12Days())
                .judgmentOn(LocalDate.of(2026, 3, 14))
                .judgmentServedOn(LocalDate.of(2026, 3, 20))
                .build();
    }

    /** A housing platform of Esneux with two members. */
    private static Platform platformInEsneux(String id, String name, ActorId first, ActorId second) {
        return RulesFixtures.platform(id, name, ESNEUX, first, second);
    }

    /** The test advisor with the partner network of one housing platform of Esneux with two members. */
    private static PasserelleAdvisor withPlatformInEsneux(String id, String name, ActorId first, ActorId second) {
        return PasserelleAdvisor.compile(
                BOOK, DIRECTORY, PartnerNetwork.of(List.of(platformInEsneux(id, name, first, second))));
    }

    @Nested
    class Compile {
        @Test
        void refusesTwoRulebooksForOneRegion() {
            assertThatThrownBy(() -> PasserelleAdvisor.compile(List.of(BOOK, BOOK), DIRECTORY, PartnerNetwork.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("one rulebook per region")
                    .hasMessageContaining("WALLONIA");
        }

        @Test
        void refusesACalendarDeadlineWhereTheRegionHasNoCalendar() {
            Rulebook flemish =
                    Rulebook.builder().from(BOOK).region(Region.FLANDERS).build();
            assertThatThrownBy(() -> PasserelleAdvisor.compile(flemish, DIRECTORY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule eviction-rehousing-search: suggest[0].deadline")
                    .hasMessageContaining("legal calendar of FLANDERS");
        }

        @Test
        void usesTheBundledCalendarWhenTheRulebookHasNone() {
            assertThat(ADVISOR.calendar().regions()).containsExactly(Region.WALLONIA);
            assertThat(ADVISOR.rulebooks()).containsExactly(BOOK);
            assertThat(ADVISOR.directory()).isSameAs(DIRECTORY);
        }

        @Test
        void keepsThePartnerNetworkItRanksWith() {
            PartnerNetwork network = PartnerNetwork.of(List.of(platformInEsneux(
                    "ourthe",
                    "Plate-forme logement de l'Ourthe",
                    ActorId.of("pcs-esneux"),
                    ActorId.of("cpas-esneux"))));
            assertThat(PasserelleAdvisor.compile(BOOK, DIRECTORY, network).network())
                    .isSameAs(network);
            assertThat(ADVISOR.network()).isEqualTo(PartnerNetwork.empty());
        }

        @Test
        void refusesANullRulebookAmongSeveral() {
            List<Rulebook> books = new ArrayList<>();
            books.add(BOOK);
            books.add(null);
            assertThatThrownBy(() -> PasserelleAdvisor.compile(books, DIRECTORY, PartnerNetwork.empty()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("rulebooks element");
        }

        @Test
        void printsItsRulebookIdsAndDirectoryOnly() {
            assertThat(ADVISOR.toString()).isEqualTo("PasserelleAdvisor{[test-wallonia], " + DIRECTORY + "}");
        }

        @Test
        void nullPointers() {
            new NullPointerTester()
                    .setDefault(Rulebook.class, BOOK)
                    .setDefault(ActorDirectory.class, DIRECTORY)
                    .setDefault(PartnerNetwork.class, PartnerNetwork.empty())
                    .setDefault(Household.class, household(ESNEUX).build())
                    .setDefault(Actor.class, actor("cpas-esneux"))
                    .testAllPublicStaticMethods(PasserelleAdvisor.class);
            new NullPointerTester()
                    .setDefault(Household.class, household(ESNEUX).build())
                    .setDefault(Actor.class, actor("cpas-esneux"))
                    .testAllPublicInstanceMethods(ADVISOR);
        }
    }

    @Nested
    class Advise {
        @Test
        void givesAnEmptyAdviceToAHouseholdWithoutSituation() {
            Advice advice = ADVISOR.advise(household(ESNEUX).build(), ON);
            assertThat(advice.isEmpty()).isTrue();
            assertThat(advice.rulebookId()).contains("test-wallonia");
            assertThat(advice.rulebookVersion()).contains("0.1");
            assertThat(advice.referrer()).isEmpty();
        }

        @Test
        void givesAnEmptyAdviceToAHouseholdOfARegionWithoutRulebook() {
            Advice advice =
                    ADVISOR.advise(household(ANDERLECHT, hearingIn12Days()).build(), ON);
            assertThat(advice.isEmpty()).isTrue();
            assertThat(advice.rulebookId()).isEmpty();
        }

        @Test
        void explainsTheSuggestion() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            Suggestion s =
                    ADVISOR.advise(h, actor("apl-esneux"), ON).suggestions().get(0);
            assertThat(s.ruleId()).isEqualTo("eviction-cpas-contact");
            assertThat(s.label(Language.NL)).isEqualTo("Contact opnemen met het OCMW zodra de uitzetting gevorderd is");
            assertThat(s.rulebookId()).isEqualTo("test-wallonia");
            assertThat(s.household()).isEqualTo(h.id());
            assertThat(s.asOf()).isEqualTo(ON);
            assertThat(s.situationKind()).isEqualTo(SituationKind.EVICTION_THREAT);
            assertThat(s.measure()).isEqualTo(MeasureKind.CPAS_CONTACT);
            assertThat(s.urgency()).isEqualTo(Urgency.HIGH);
            assertThat(s.conditions())
                    .extracting(HeldCondition::text)
                    .containsExactly(
                            "stage HEARING_SET in [FILED, CPAS_NOTIFIED, HEARING_SET]",
                            "not (fact TENANT_OBJECTED_TO_CPAS_NOTIFICATION)");
            assertThat(s.conditions().get(1).condition())
                    .isEqualTo(Condition.not(Condition.fact(Fact.TENANT_OBJECTED_TO_CPAS_NOTIFICATION)));
            DueDate d = s.deadline().orElseThrow();
            assertThat(d.on()).isEqualTo(LocalDate.of(2026, 3, 7));
            assertThat(d.countedFrom()).contains(LocalDate.of(2026, 3, 14));
            assertThat(d.isOverdue()).isFalse();
            assertThat(d.isEvictionDate()).isFalse();
            assertThat(s.references())
                    .containsExactly(LegalReference.builder()
                            .title("Code judiciaire")
                            .article("art. 1344ter")
                            .verified(false)
                            .build());
            assertThat(s.bestTarget().orElseThrow().reasons())
                    .containsExactly(FitReason.SERVES_COMMUNE_ONLY, FitReason.HAS_CAPACITY);
            assertThat(s.toString()).contains("eviction-cpas-contact").contains("cpas-esneux");
        }

        /** A household advised with suggestions, then dropped with its advice: only the weak reference is left. */
        private WeakReference<Household> advisedAndDropped() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            assertThat(ADVISOR.advise(h, actor("apl-esneux"), ON).suggestions()).isNotEmpty();
            return new WeakReference<>(h);
        }

        private WeakReference<Household> screenedAndDropped() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            assertThat(ADVISOR.screen(h, ON).ruleIds()).isNotEmpty();
            return new WeakReference<>(h);
        }

        /** Whether the referent is collected once nothing of the test holds it. */
        private boolean collected(WeakReference<?> reference) throws InterruptedException {
            for (int i = 0; i < 20 && reference.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }
            return reference.get() == null;
        }

        @Test
        void keepsNothingOfAnAdvisedHouseholdOnceItsAdviceIsDropped() throws InterruptedException {
            // the calling thread's evaluation context is reused by the next advice: it must not hold the last
            // household's personal data in the meantime
            assertThat(collected(advisedAndDropped())).isTrue();
            assertThat(collected(screenedAndDropped())).isTrue();
        }

        @Test
        void flagsAnOverdueDeadline() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            Suggestion s =
                    ADVISOR.advise(h, LocalDate.of(2026, 3, 10)).suggestions().get(0);
            assertThat(s.deadline().orElseThrow().isOverdue()).isTrue();
        }

        @Test
        void leavesTheReferrerOutOfTheTargets() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            Suggestion s =
                    ADVISOR.advise(h, actor("cpas-esneux"), ON).suggestions().get(0);
            assertThat(s.ruleId()).isEqualTo("eviction-cpas-contact");
            assertThat(s.unresolved()).isTrue();
            assertThat(s.referrerIsCandidate()).isTrue();
            assertThat(s.commune()).isEqualTo(ESNEUX);
        }

        @Test
        void leavesOutAReferrerFirstInTheDirectory() {
            Household h = household(ESNEUX, judgmentServed()).build();
            // the directory is in id order: the AIS is its first actor
            assertThat(DIRECTORY.all().get(0).id().value()).isEqualTo("ais-ourthe-ambleve");
            Suggestion s = ADVISOR.advise(h, actor("ais-ourthe-ambleve"), LocalDate.of(2026, 3, 25))
                    .suggestions()
                    .get(0);
            assertThat(s.ruleId()).isEqualTo("eviction-rehousing-search");
            assertThat(s.referrerIsCandidate()).isTrue();
            // an associative referrer: the rule bridges sectors, so the public CPAS ranks first
            assertThat(s.targets())
                    .extracting(t -> t.actor().id().value())
                    .containsExactly("cpas-esneux", "apl-esneux");
            assertThat(s.targets().get(0).reasons()).contains(FitReason.BRIDGES_SECTORS);
        }

        @Test
        void anUnresolvedSuggestionAsksConsentForItsActorKind() {
            Household without = household(ESNEUX, hearingIn12Days()).build();
            Household with = household(ESNEUX, hearingIn12Days())
                    .addConsents(consentFor(ActorKind.CPAS))
                    .build();
            for (Household h : List.of(without, with)) {
                Suggestion s = ADVISOR.advise(h, actor("cpas-esneux"), ON)
                        .suggestions()
                        .get(0);
                assertThat(s.ruleId()).isEqualTo("eviction-cpas-contact");
                assertThat(s.unresolved()).isTrue();
                assertThat(s.consent())
                        .as("consent for every CPAS: %s", h == with)
                        .isEqualTo(h == with ? ConsentStatus.GIVEN : ConsentStatus.MISSING);
            }
        }

        @Test
        void ranksPlatformPartnersOfTheReferrerFirst() {
            PasserelleAdvisor advisor = withPlatformInEsneux(
                    "ourthe",
                    "Plate-forme logement de l'Ourthe",
                    ActorId.of("pcs-esneux"),
                    ActorId.of("ais-ourthe-ambleve"));
            Household h = household(ESNEUX, judgmentServed()).build();
            Suggestion s = advisor.advise(h, actor("pcs-esneux"), LocalDate.of(2026, 3, 25))
                    .suggestions()
                    .get(0);
            assertThat(s.ruleId()).isEqualTo("eviction-rehousing-search");
            // the AIS serves four communes and has no free place, yet partners with the referrer on a platform
            assertThat(s.targets())
                    .extracting(t -> t.actor().id().value())
                    .containsExactly("apl-esneux", "cpas-esneux", "ais-ourthe-ambleve");
            assertThat(s.targets().get(2).reasons()).contains(FitReason.PLATFORM_PARTNER_OF_REFERRER);
            assertThat(s.targets().get(0).reasons()).contains(FitReason.BRIDGES_SECTORS);
            // a partner among the candidates does not make the referrer one
            assertThat(s.referrerIsCandidate()).isFalse();
            Suggestion withoutNetwork = ADVISOR.advise(h, actor("pcs-esneux"), LocalDate.of(2026, 3, 25))
                    .suggestions()
                    .get(0);
            assertThat(withoutNetwork.targets().get(2).reasons())
                    .doesNotContain(FitReason.PLATFORM_PARTNER_OF_REFERRER);
        }

        @Test
        void aCollaborationWithoutASharedPlatformRanksNoPartnerFirst() {
            // the PCS and the CPAS of Esneux exchanged passerelles but share no platform
            PartnerNetwork network = PartnerNetwork.builder()
                    .addCollaboration(ActorId.of("pcs-esneux"), ActorId.of("cpas-esneux"), 5)
                    .build();
            PasserelleAdvisor advisor = PasserelleAdvisor.compile(BOOK, DIRECTORY, network);
            Household h = household(ESNEUX, judgmentServed()).build();
            Suggestion s = advisor.advise(h, actor("pcs-esneux"), LocalDate.of(2026, 3, 25))
                    .suggestions()
                    .get(0);
            assertThat(s.targets())
                    .extracting(t -> t.actor().id().value())
                    .containsExactly("apl-esneux", "cpas-esneux", "ais-ourthe-ambleve");
            assertThat(s.targets())
                    .allSatisfy(t -> assertThat(t.reasons()).doesNotContain(FitReason.PLATFORM_PARTNER_OF_REFERRER));
        }

        @Test
        void marksTheOnlyCandidateWhenItIsAPlatformPartnerOfTheReferrer() {
            // the CPAS of Esneux is the only CPAS serving Esneux, and a platform partner of the PCS
            PasserelleAdvisor advisor = withPlatformInEsneux(
                    "esneux", "Plate-forme logement d'Esneux", ActorId.of("pcs-esneux"), ActorId.of("cpas-esneux"));
            Suggestion s = advisor.advise(household(ESNEUX, hearingIn12Days()).build(), actor("pcs-esneux"), ON)
                    .suggestions()
                    .get(0);
            assertThat(s.ruleId()).isEqualTo("eviction-cpas-contact");
            assertThat(s.targets()).singleElement().satisfies(t -> {
                assertThat(t.actor().id().value()).isEqualTo("cpas-esneux");
                assertThat(t.reasons()).contains(FitReason.PLATFORM_PARTNER_OF_REFERRER);
            });
        }

        @Test
        void ranksTheSuggestionsOfTwoSituationsOfOneKindByOpeningDayThenPosition() {
            // two stays of one member in listed establishments, the same release day: the same suggestion for each
            InstitutionExit later = institutionExit(LocalDate.of(2026, 2, 1));
            InstitutionExit earlier = institutionExit(LocalDate.of(2026, 1, 15));
            List<Integer> byOpening =
                    ADVISOR.advise(household(ESNEUX, later, earlier).build(), ON).suggestions().stream()
                            .map(Suggestion::situationIndex)
                            .toList();
            assertThat(byOpening).containsExactly(1, 0);
            InstitutionExit sameDay = institutionExit(LocalDate.of(2026, 2, 1));
            List<Integer> byPosition =
                    ADVISOR.advise(household(ESNEUX, later, sameDay).build(), ON).suggestions().stream()
                            .map(Suggestion::situationIndex)
                            .toList();
            assertThat(byPosition).containsExactly(0, 1);
        }

        private static InstitutionExit institutionExit(LocalDate openedOn) {
            return InstitutionExit.builder()
                    .openedOn(openedOn)
                    .institution(InstitutionType.PRISON)
                    .admittedOn(LocalDate.of(2025, 6, 1))
                    .expectedReleaseOn(LocalDate.of(2026, 4, 30))
                    .institutionCommune(NisCode.parse("62063"))
                    .registrationAtAdmission(ESNEUX)
                    .build();
        }

        @Test
        void aPlatformPartnerPassesAnEqualActorOfThePreferredSector() {
            // the PCS and the CPAS of Esneux on one platform: the CPAS, otherwise second behind the associative APL
            // that bridges sectors, comes first
            PasserelleAdvisor advisor = withPlatformInEsneux(
                    "esneux", "Plate-forme logement d'Esneux", ActorId.of("pcs-esneux"), ActorId.of("cpas-esneux"));
            Household h = household(ESNEUX, judgmentServed()).build();
            LocalDate on = LocalDate.of(2026, 3, 25);
            assertThat(ADVISOR.advise(h, actor("pcs-esneux"), on)
                            .suggestions()
                            .get(0)
                            .targets())
                    .extracting(t -> t.actor().id().value())
                    .containsExactly("apl-esneux", "cpas-esneux", "ais-ourthe-ambleve");
            Suggestion s =
                    advisor.advise(h, actor("pcs-esneux"), on).suggestions().get(0);
            assertThat(s.targets())
                    .extracting(t -> t.actor().id().value())
                    .containsExactly("cpas-esneux", "apl-esneux", "ais-ourthe-ambleve");
            assertThat(s.targets().get(0).reasons()).contains(FitReason.PLATFORM_PARTNER_OF_REFERRER);
            assertThat(s.bestTarget().map(t -> t.actor().id().value())).contains("cpas-esneux");
        }

        @Test
        void ranksThePlatformPartnersOfAReferrerOutsideTheDirectory() {
            // a PCS the vendor's directory does not list, yet a member of the platform with the AIS
            Actor outside = Actor.builder()
                    .from(actor("pcs-esneux"))
                    .id(ActorId.of("pcs-hors-annuaire"))
                    .build();
            PasserelleAdvisor advisor = withPlatformInEsneux(
                    "ourthe", "Plate-forme logement de l'Ourthe", outside.id(), ActorId.of("ais-ourthe-ambleve"));
            Household h = household(ESNEUX, judgmentServed()).build();
            Suggestion s = advisor.advise(h, outside, LocalDate.of(2026, 3, 25))
                    .suggestions()
                    .get(0);
            assertThat(s.ruleId()).isEqualTo("eviction-rehousing-search");
            TargetActor ais = s.targets().stream()
                    .filter(t -> t.actor().id().value().equals("ais-ourthe-ambleve"))
                    .findFirst()
                    .orElseThrow();
            assertThat(ais.reasons()).contains(FitReason.PLATFORM_PARTNER_OF_REFERRER);
            // the directory's own PCS is no partner of the AIS on this platform
            Suggestion own = advisor.advise(h, actor("pcs-esneux"), LocalDate.of(2026, 3, 25))
                    .suggestions()
                    .get(0);
            assertThat(own.targets())
                    .allSatisfy(t -> assertThat(t.reasons()).doesNotContain(FitReason.PLATFORM_PARTNER_OF_REFERRER));
        }

        @Test
        void saysWhenNoActorServesTheCommune() {
            ActorDirectory without = ActorDirectory.of(DIRECTORY.all().stream()
                    .filter(a -> a.kind() != ActorKind.CPAS)
                    .toList());
            Suggestion s = PasserelleAdvisor.compile(BOOK, without)
                    .advise(household(ESNEUX, hearingIn12Days()).build(), ON)
                    .suggestions()
                    .get(0);
            assertThat(s.ruleId()).isEqualTo("eviction-cpas-contact");
            assertThat(s.unresolved()).isTrue();
            assertThat(s.bestTarget()).isEmpty();
            assertThat(s.consent()).isEqualTo(ConsentStatus.MISSING);
        }

        @Test
        void readsConsentsByNamedRecipientPurposeAndPeriod() {
            Household without = household(ESNEUX, hearingIn12Days()).build();
            Consent named = Consent.builder()
                    .addRecipients(ActorId.of("cpas-esneux"))
                    .addDataCategories(DataCategory.SITUATION)
                    .addPurposes(Purpose.REFERRAL)
                    .givenOn(LocalDate.of(2026, 2, 1))
                    .build();
            Consent otherActor = Consent.builder()
                    .from(named)
                    .recipients(List.of(ActorId.of("cpas-sprimont")))
                    .build();
            Consent otherPurpose = Consent.builder()
                    .from(consentFor(ActorKind.CPAS))
                    .purposes(List.of(Purpose.RESEARCH))
                    .build();
            Consent withdrawn = Consent.builder()
                    .from(consentFor(ActorKind.CPAS))
                    .withdrawnOn(ON)
                    .build();
            Consent withdrawnLater = Consent.builder()
                    .from(consentFor(ActorKind.CPAS))
                    .withdrawnOn(ON.plusDays(1))
                    .build();
            Consent notYetGiven = Consent.builder()
                    .from(consentFor(ActorKind.CPAS))
                    .givenOn(ON.plusDays(1))
                    .build();
            Consent givenThatDay = Consent.builder()
                    .from(consentFor(ActorKind.CPAS))
                    .givenOn(ON)
                    .build();
            Map<Consent, ConsentStatus> expected = new LinkedHashMap<>();
            expected.put(named, ConsentStatus.GIVEN);
            expected.put(otherActor, ConsentStatus.MISSING);
            expected.put(otherPurpose, ConsentStatus.MISSING);
            expected.put(withdrawn, ConsentStatus.MISSING);
            expected.put(withdrawnLater, ConsentStatus.GIVEN);
            expected.put(notYetGiven, ConsentStatus.MISSING);
            expected.put(givenThatDay, ConsentStatus.GIVEN);
            expected.forEach((consent, status) -> {
                Household h =
                        Household.builder().from(without).addConsents(consent).build();
                Suggestion s =
                        ADVISOR.advise(h, actor("apl-esneux"), ON).suggestions().get(0);
                assertThat(s.bestTarget().orElseThrow().actor().id()).isEqualTo(ActorId.of("cpas-esneux"));
                assertThat(s.consent()).as("%s", consent).isEqualTo(status);
            });
        }

        @Test
        void asksForConsentBeforeSharing() {
            Household without = household(ESNEUX, hearingIn12Days()).build();
            Household with = Household.builder()
                    .from(without)
                    .addConsents(consentFor(ActorKind.CPAS))
                    .build();
            Suggestion missing = ADVISOR.advise(without, actor("apl-esneux"), ON)
                    .suggestions()
                    .get(0);
            Suggestion given =
                    ADVISOR.advise(with, actor("apl-esneux"), ON).suggestions().get(0);
            assertThat(missing.consent()).isEqualTo(ConsentStatus.MISSING);
            assertThat(given.consent()).isEqualTo(ConsentStatus.GIVEN);

            Passerelle draft = missing.toPasserelle(PasserelleId.of("p-1"));
            assertThat(draft.status()).isEqualTo(PasserelleStatus.DRAFT);
            assertThat(draft.consent()).isEqualTo(ConsentStatus.MISSING);
            Passerelle requested = given.toPasserelle(PasserelleId.of("p-2"));
            assertThat(requested.status()).isEqualTo(PasserelleStatus.REQUESTED);
            assertThat(requested.referrer()).isEqualTo(ActorId.of("apl-esneux"));
            assertThat(requested.receiver()).isEqualTo(ActorId.of("cpas-esneux"));
            assertThat(requested.receiverKind()).isEqualTo(ActorKind.CPAS);
            assertThat(requested.measure()).isEqualTo(MeasureKind.CPAS_CONTACT);
            assertThat(requested.household()).isEqualTo(with.id());
            assertThat(requested.situation()).isEqualTo(SituationKind.EVICTION_THREAT);
            assertThat(requested.createdOn()).isEqualTo(ON);
        }

        @Test
        void needsAReferrerAndATargetForAPasserelle() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            Suggestion s = ADVISOR.advise(h, ON).suggestions().get(0);
            assertThatThrownBy(() -> s.toPasserelle(PasserelleId.of("p-1")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("referrer");
            assertThat(s.toPasserelle(PasserelleId.of("p-1"), ActorId.of("apl-esneux"), actor("cpas-esneux"))
                            .receiver())
                    .isEqualTo(ActorId.of("cpas-esneux"));
            assertThatThrownBy(
                            () -> s.toPasserelle(PasserelleId.of("p-1"), ActorId.of("apl-esneux"), actor("cpas-liege")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be one of its targets, was cpas-liege");
        }

        @Test
        void ranksTheUnresolvedSuggestionsOfOneRuleInTheOrderOfItsTemplates() {
            // a settled eviction in Namur, which no actor of the test directory serves: the Walloon follow-up rule
            // suggests an APL, then the CPAS, equal in urgency, deadline and (absent) target
            EvictionThreat settled = EvictionThreat.builder()
                    .from(RulesFixtures.evictionHearingOn(LocalDate.of(2026, 2, 20)))
                    .settledOn(LocalDate.of(2026, 2, 25))
                    .build();
            PasserelleAdvisor walloon = PasserelleAdvisor.compile(Rulebook.bundled(Region.WALLONIA), DIRECTORY);
            List<Suggestion> followUp =
                    walloon.advise(household(NisCode.parse("92094"), settled).build(), ON).suggestions().stream()
                            .filter(s -> s.ruleId().equals("eviction-settled-follow-up"))
                            .toList();
            assertThat(followUp).extracting(Suggestion::templateIndex).containsExactly(0, 1);
            assertThat(followUp)
                    .extracting(s -> s.template().actorKind().orElseThrow())
                    .containsExactly(ActorKind.APL, ActorKind.CPAS);
            assertThat(followUp).allMatch(Suggestion::unresolved);
        }

        @Test
        void anUnresolvedSuggestionMakesNoPasserelle() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            Suggestion s =
                    ADVISOR.advise(h, actor("cpas-esneux"), ON).suggestions().get(0);
            assertThat(s.unresolved()).isTrue();
            assertThat(s.referrer()).contains(actor("cpas-esneux"));
            assertThatThrownBy(() -> s.toPasserelle(PasserelleId.of("p-1")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("suggestion eviction-cpas-contact: has no target actor serving commune 62032");
        }

        @Test
        void asksTheCpasCompetentUnderTheLawOf1965() {
            // a prisoner registered in Esneux at admission, whose household now lives in Seraing
            InstitutionExit prison = institutionExit(LocalDate.of(2025, 6, 1));
            Household h = household(NisCode.parse("62096"), prison).build();
            Suggestion s = ADVISOR.advise(h, ON).suggestions().get(0);
            assertThat(s.ruleId()).isEqualTo("release-competent-cpas");
            assertThat(s.labels()).isEqualTo(s.rule().labels());
            assertThat(s.referrer()).isEmpty();
            assertThat(s.competence().map(c -> c.commune())).contains(ESNEUX);
            assertThat(s.commune()).isEqualTo(ESNEUX);
            assertThat(s.bestTarget().map(t -> t.actor().id().value())).contains("cpas-esneux");
            // registered where the household lives: the same commune either way
            Household atHome = household(ESNEUX, prison).build();
            Suggestion general = ADVISOR.advise(atHome, ON).suggestions().get(0);
            assertThat(general.ruleId()).isEqualTo("release-competent-cpas");
            assertThat(general.competence().map(c -> c.commune())).contains(ESNEUX);
            assertThat(general.commune()).isEqualTo(ESNEUX);
            assertThat(general.bestTarget().map(t -> t.actor().id().value())).contains("cpas-esneux");
        }

        @Test
        void writesTheAdviceAsJson() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            String json = ADVISOR.advise(h, actor("apl-esneux"), ON).toJson(Language.FR);
            assertThat(json)
                    .contains("\"household\" : \"h-1\"")
                    .contains("\"referrer\" : \"apl-esneux\"")
                    .contains("\"rule\" : \"eviction-cpas-contact\"")
                    .contains("\"label\" : \"Contacter le CPAS dès la demande d'expulsion\"")
                    .contains("\"reasons\" : [ \"SERVES_COMMUNE_ONLY\", \"HAS_CAPACITY\" ]")
                    .contains("\"consent\" : \"MISSING\"");
        }

        @Test
        void writesEveryPartOfEachSuggestionAsJson() throws IOException {
            LocalDate on = LocalDate.of(2026, 3, 25);
            Advice advice = ADVISOR.advise(household(ESNEUX, judgmentServed()).build(), actor("apl-esneux"), on);
            assertThat(advice.suggestions())
                    .anySatisfy(s -> assertThat(s.deadline()).isPresent());
            assertThat(advice.suggestions())
                    .anySatisfy(s -> assertThat(s.conditions()).isNotEmpty());
            JsonNode root = new ObjectMapper().readTree(advice.toJson(Language.EN));
            assertThat(root.get("asOf").asText()).isEqualTo("2026-03-25");
            assertThat(root.get("rulebook").asText()).isEqualTo("test-wallonia");
            assertThat(root.get("rulebookVersion").asText())
                    .isEqualTo(advice.rulebookVersion().orElseThrow());
            JsonNode suggestions = root.get("suggestions");
            assertThat(suggestions).hasSize(advice.suggestions().size());
            for (int i = 0; i < suggestions.size(); i++) {
                Suggestion s = advice.suggestions().get(i);
                JsonNode n = suggestions.get(i);
                assertThat(n.get("rule").asText()).isEqualTo(s.ruleId());
                assertThat(n.has("deadline"))
                        .as(s.ruleId())
                        .isEqualTo(s.deadline().isPresent());
                s.deadline().ifPresent(d -> {
                    JsonNode deadline = n.get("deadline");
                    assertThat(deadline.get("on").asText()).isEqualTo(d.on().toString());
                    assertThat(deadline.path("countedFrom").asText(null))
                            .isEqualTo(d.countedFrom().map(LocalDate::toString).orElse(null));
                    assertThat(deadline.get("evictionDate").asBoolean()).isEqualTo(d.isEvictionDate());
                    assertThat(deadline.get("overdue").asBoolean()).isEqualTo(d.isOverdue());
                });
                List<String> conditions = new ArrayList<>();
                n.get("conditions").forEach(c -> conditions.add(c.asText()));
                assertThat(conditions)
                        .as(s.ruleId())
                        .isEqualTo(
                                s.conditions().stream().map(HeldCondition::text).toList());
                assertThat(n.get("references")).hasSize(s.references().size());
                assertThat(n.get("targets")).hasSize(s.targets().size());
                for (int t = 0; t < s.targets().size(); t++) {
                    List<String> reasons = new ArrayList<>();
                    n.get("targets").get(t).get("reasons").forEach(r -> reasons.add(r.asText()));
                    assertThat(reasons)
                            .isEqualTo(s.targets().get(t).reasons().stream()
                                    .map(Enum::name)
                                    .toList());
                }
            }
        }
    }

    @Nested
    class Calendar {
        private final Rulebook book = Rulebook.builder()
                .id("calendar")
                .region(Region.BRUSSELS_CAPITAL)
                .version("1")
                .lastReviewedOn(ON)
                .labels(RulesGenerators.labels("calendar"))
                .addRules(Rule.builder()
                        .id("deadlines")
                        .labels(RulesGenerators.labels("deadlines"))
                        .validity(Period.from(LocalDate.of(2000, 1, 1)))
                        .addReferences(LegalReference.of("Code bruxellois du Logement", "art. 233duodecies"))
                        .situation(SituationKind.EVICTION_THREAT)
                        .when(Condition.fact(Fact.MORATORIUM_APPLIES))
                        .addSuggest(template(CalendarDeadline.EARLIEST_EXECUTION))
                        .addSuggest(template(CalendarDeadline.EXECUTION_NOTICE))
                        .addSuggest(template(CalendarDeadline.CPAS_FORWARDING))
                        .addSuggest(template(CalendarDeadline.MORATORIUM_END))
                        .addSuggest(template(CalendarDeadline.SWL_TAKEOVER))
                        .build())
                .build();
        private final PasserelleAdvisor advisor = PasserelleAdvisor.compile(book, DIRECTORY);

        private SuggestionTemplate template(CalendarDeadline deadline) {
            return SuggestionTemplate.builder()
                    .actorKind(ActorKind.CPAS)
                    .measure(MeasureKind.CPAS_CONTACT)
                    .urgency(Urgency.HIGH)
                    .deadline(DeadlineRule.ofCalendar(deadline))
                    .build();
        }

        private final Household served = household(
                        ANDERLECHT,
                        EvictionThreat.builder()
                                .openedOn(LocalDate.of(2025, 6, 1))
                                .procedure(EvictionProcedure.REQUETE)
                                .filedOn(LocalDate.of(2025, 7, 1))
                                .hearingOn(LocalDate.of(2025, 9, 1))
                                .judgmentOn(LocalDate.of(2025, 9, 15))
                                .judgmentServedOn(LocalDate.of(2025, 10, 10))
                                .executionNoticeOn(LocalDate.of(2025, 10, 27))
                                .build())
                .build();

        @Test
        void computesEveryCalendarDeadlineOutsideTheBrusselsMoratorium() {
            Advice advice = advisor.advise(served, LocalDate.of(2025, 12, 1));
            assertThat(advice.suggestions())
                    .extracting(s ->
                            s.template().deadline().orElseThrow().calendar().orElseThrow() + " "
                                    + s.deadlineOn().map(Object::toString).orElse("-"))
                    .containsExactly(
                            "CPAS_FORWARDING 2025-12-06",
                            "EARLIEST_EXECUTION 2026-03-16",
                            "EXECUTION_NOTICE 2026-03-16",
                            "MORATORIUM_END 2026-03-16",
                            "SWL_TAKEOVER -");
            Suggestion earliest = advice.suggestions().get(1);
            assertThat(earliest.deadline().orElseThrow().isEvictionDate()).isTrue();
            assertThat(earliest.deadline().orElseThrow().countedFrom()).contains(LocalDate.of(2025, 10, 10));
            assertThat(earliest.deadline().orElseThrow().references())
                    .extracting(LegalReference::citation)
                    .anySatisfy(c -> assertThat(c).contains("1344quater"))
                    .anySatisfy(c -> assertThat(c).contains("233duodecies"));
            assertThat(earliest.conditions())
                    .extracting(HeldCondition::text)
                    .containsExactly("fact MORATORIUM_APPLIES");
        }

        @Test
        void showsTheReferencesBehindEachCalendarDeadline() {
            CalendarParameters brussels = LegalCalendar.bundled().parameters(Region.BRUSSELS_CAPITAL);
            LocalDate asOf = LocalDate.of(2025, 12, 1);
            Map<CalendarDeadline, DueDate> due = new LinkedHashMap<>();
            advisor.advise(served, asOf)
                    .suggestions()
                    .forEach(s -> s.deadline()
                            .ifPresent(d -> due.put(d.basis().calendar().orElseThrow(), d)));
            assertThat(due).doesNotContainKey(CalendarDeadline.SWL_TAKEOVER);
            // the notice of 2025-10-27 ends on 2025-11-03, inside the winter: the moratorium postpones it
            LocalDate noticeOn = LocalDate.of(2025, 10, 27);
            assertThat(due.get(CalendarDeadline.EXECUTION_NOTICE).references())
                    .containsExactly(
                            brussels.executionNotice().referenceOn(noticeOn),
                            brussels.winterMoratorium().referenceOn(LocalDate.of(2025, 11, 3)));
            assertThat(due.get(CalendarDeadline.CPAS_FORWARDING).references())
                    .containsExactly(brussels.cpasForwardingDelay().referenceOn(asOf));
            assertThat(due.get(CalendarDeadline.MORATORIUM_END).references())
                    .containsExactly(brussels.winterMoratorium().referenceOn(asOf));
        }

        @Test
        void aMoratoriumFactHoldsOnlyInsideTheWindow() {
            assertThat(advisor.advise(served, LocalDate.of(2025, 10, 31)).isEmpty())
                    .isTrue();
            assertThat(advisor.advise(served, LocalDate.of(2025, 11, 1)).isEmpty())
                    .isFalse();
            assertThat(advisor.advise(served, LocalDate.of(2026, 3, 15)).isEmpty())
                    .isFalse();
            assertThat(advisor.advise(served, LocalDate.of(2026, 3, 16)).isEmpty())
                    .isTrue();
        }
    }

    @Nested
    class AdviseAll {
        @Test
        void returnsTheAdvicesInHouseholdOrder() {
            Household b = household(ESNEUX, hearingIn12Days())
                    .id(HouseholdId.of("h-b"))
                    .build();
            Household a = household(ESNEUX).id(HouseholdId.of("h-a")).build();
            List<Advice> advices = ADVISOR.adviseAll(List.of(Case.of(b, actor("apl-esneux")), Case.of(a)), ON, false);
            assertThat(advices).extracting(x -> x.household().value()).containsExactly("h-a", "h-b");
            assertThat(advices.get(1).referrer()).contains(ActorId.of("apl-esneux"));
            assertThat(ADVISOR.adviseAll(Stream.of(Case.of(a), Case.of(b, actor("apl-esneux"))), ON, true))
                    .isEqualTo(advices);
        }
    }

    @Nested
    class Screen {
        @Test
        void namesTheRulesThatFireInIdOrder() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            Screening screening = ADVISOR.screen(h, actor("apl-esneux"), ON);
            Advice advice = ADVISOR.advise(h, actor("apl-esneux"), ON);

            assertThat(screening.ruleIds())
                    .containsExactlyElementsOf(advice.suggestions().stream()
                            .map(Suggestion::ruleId)
                            .distinct()
                            .sorted()
                            .toList());
            assertThat(screening.ruleIds()).contains("eviction-cpas-contact");
            assertThat(screening.rules()).extracting(Rule::id).isEqualTo(screening.ruleIds());
            assertThat(screening.count()).isEqualTo(screening.ruleIds().size());
            assertThat(screening.isEmpty()).isFalse();
            assertThat(screening.fires("eviction-cpas-contact")).isTrue();
            assertThat(screening.fires("insalubrity-adel")).isFalse();
            assertThat(screening.fires("no-such-rule")).isFalse();
            assertThat(screening.household()).isEqualTo(h.id());
            assertThat(screening.asOf()).isEqualTo(ON);
            assertThat(screening.rulebookId()).contains("test-wallonia");
        }

        @Test
        void readsTheReferrerAndTheDate() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            for (LocalDate on : List.of(LocalDate.of(2026, 2, 2), ON, LocalDate.of(2026, 3, 20))) {
                for (Actor referrer : List.of(actor("apl-esneux"), actor("cpas-esneux"))) {
                    assertThat(ADVISOR.screen(h, referrer, on).ruleIds())
                            .as("on %s referred by %s", on, referrer.id())
                            .isEqualTo(ruleIds(ADVISOR.advise(h, referrer, on)));
                }
                assertThat(ADVISOR.screen(h, on).ruleIds()).isEqualTo(ruleIds(ADVISOR.advise(h, on)));
            }
        }

        private static Rule cpasContactRule() {
            return BOOK.rules().stream()
                    .filter(r -> r.id().equals("eviction-cpas-contact"))
                    .findFirst()
                    .orElseThrow();
        }

        private static List<String> ruleIds(Advice advice) {
            return advice.suggestions().stream()
                    .map(Suggestion::ruleId)
                    .distinct()
                    .sorted()
                    .toList();
        }

        @Test
        void readsTheRulesOfMoreThanOneWordOfBits() {
            // seventy copies of the CPAS contact rule: ids rule-00 … rule-69, the last ones past the first 64 bits
            Rule contact = cpasContactRule();
            List<Rule> copies = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                copies.add(Rule.builder()
                        .from(contact)
                        .id(String.format("rule-%02d", i))
                        .build());
            }
            PasserelleAdvisor seventy = PasserelleAdvisor.compile(
                    Rulebook.builder().from(BOOK).rules(copies).build(), DIRECTORY);
            Household h = household(ESNEUX, hearingIn12Days()).build();
            Screening screening = seventy.screen(h, ON);
            assertThat(screening.count()).isEqualTo(70);
            assertThat(screening.ruleIds()).first().isEqualTo("rule-00");
            assertThat(screening.ruleIds()).last().isEqualTo("rule-69");
            assertThat(screening.ruleIds()).doesNotHaveDuplicates().hasSize(70);
            assertThat(screening.fires("rule-69")).isTrue();
            assertThat(screening.ruleIds()).isEqualTo(ruleIds(seventy.advise(h, ON)));
        }

        @Test
        void firesFromTheFirstToTheLastDayOfARule() {
            Rule contact = cpasContactRule();
            Rule oneDay = Rule.builder()
                    .from(contact)
                    .validity(Period.of(ON, ON.plusDays(1)))
                    .build();
            PasserelleAdvisor advisor = PasserelleAdvisor.compile(
                    Rulebook.builder().from(BOOK).rules(List.of(oneDay)).build(), DIRECTORY);
            Household h = household(ESNEUX, hearingIn12Days()).build();
            assertThat(advisor.screen(h, ON.minusDays(1)).isEmpty()).isTrue();
            assertThat(advisor.screen(h, ON).ruleIds()).containsExactly("eviction-cpas-contact");
            // the last day is inclusive
            assertThat(advisor.screen(h, ON.plusDays(1)).ruleIds()).containsExactly("eviction-cpas-contact");
            assertThat(advisor.screen(h, ON.plusDays(2)).isEmpty()).isTrue();
            for (LocalDate d = ON.minusDays(1); d.isBefore(ON.plusDays(3)); d = d.plusDays(1)) {
                assertThat(advisor.screen(h, d).ruleIds()).as("on %s", d).isEqualTo(ruleIds(advisor.advise(h, d)));
            }
        }

        @Test
        void isEmptyWithoutSituationOrRulebook() {
            Screening none = ADVISOR.screen(household(ESNEUX).build(), ON);
            assertThat(none.isEmpty()).isTrue();
            assertThat(none.count()).isZero();
            assertThat(none.ruleIds()).isEmpty();
            assertThat(none.rules()).isEmpty();
            assertThat(none.rulebookId()).contains("test-wallonia");
            Screening elsewhere =
                    ADVISOR.screen(household(ANDERLECHT, hearingIn12Days()).build(), ON);
            assertThat(elsewhere.isEmpty()).isTrue();
            assertThat(elsewhere.rulebookId()).isEmpty();
            assertThat(elsewhere.fires("eviction-cpas-contact")).isFalse();
        }

        @Test
        void equalsByHouseholdDateRulebookAndRules() {
            Household h = household(ESNEUX, hearingIn12Days()).build();
            Household other = household(ESNEUX, hearingIn12Days())
                    .id(HouseholdId.of("h-2"))
                    .build();
            new EqualsTester()
                    .addEqualityGroup(ADVISOR.screen(h, ON), ADVISOR.screen(h, ON))
                    .addEqualityGroup(ADVISOR.screen(other, ON))
                    .addEqualityGroup(ADVISOR.screen(h, LocalDate.of(2026, 3, 3)))
                    .addEqualityGroup(ADVISOR.screen(household(ESNEUX).build(), ON))
                    .addEqualityGroup(ADVISOR.screen(household(ANDERLECHT).build(), ON))
                    .testEquals();
        }

        @Test
        void printsNoPersonalData() {
            Household h = household(ESNEUX, hearingIn12Days())
                    .addMembers(Member.builder()
                            .role(MemberRole.PARTNER)
                            .birthYear(1982)
                            .displayName("Synthetic Person")
                            .build())
                    .build();
            assertThat(ADVISOR.screen(h, ON).toString())
                    .isEqualTo("Screening{h-1 on 2026-03-02, [eviction-cpas-contact]}")
                    .doesNotContain("Synthetic", "1982");
        }
    }
}
