package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.InsalubrityStage;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.WalloonSurveyOutcome;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The value types of rulebooks: equality, null checks and one test per validation message. */
class RulebookValuesTest {
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalizedText LABELS = LocalizedText.of("fr", "nl", "de", "en");
    private static final SuggestionTemplate CPAS = SuggestionTemplate.builder()
            .actorKind(ActorKind.CPAS)
            .measure(MeasureKind.CPAS_CONTACT)
            .urgency(Urgency.HIGH)
            .build();

    private static Rule.Builder rule(String id) {
        return Rule.builder()
                .id(id)
                .labels(LABELS)
                .validity(Period.from(FROM))
                .addReferences(LegalReference.of("Code judiciaire", "art. 1344ter"))
                .situation(SituationKind.EVICTION_THREAT)
                .addSuggest(CPAS);
    }

    private static Rulebook.Builder book() {
        return Rulebook.builder()
                .id("book")
                .region(Region.WALLONIA)
                .version("1")
                .lastReviewedOn(FROM)
                .labels(LABELS);
    }

    private static Parameter ceiling(LocalDate from) {
        return Parameter.ofIncomeCeiling(DatedValue.since(
                "ceiling", from, IncomeCeiling.of(IncomeBasis.YEARLY, 100, 200, 10), LegalReference.of("law")));
    }

    @Test
    void aParameterPrintsItsNameTypeAndSteps() {
        assertThat(ceiling(FROM).toString()).isEqualTo("Parameter{ceiling, INCOME_CEILING, steps=1}");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(LABELS, LocalizedText.of("fr", "nl", "de", "en"))
                .addEqualityGroup(LocalizedText.of("fr", "nl", "de", "EN"))
                .addEqualityGroup(Bounds.between(0, 30), new Bounds(0, 30))
                .addEqualityGroup(Bounds.atLeast(0))
                .addEqualityGroup(Bounds.atMost(0))
                .addEqualityGroup(
                        IncomeCeiling.of(IncomeBasis.YEARLY, 1, 2, 3), IncomeCeiling.of(IncomeBasis.YEARLY, 1, 2, 3))
                .addEqualityGroup(IncomeCeiling.of(IncomeBasis.MONTHLY, 1, 2, 3))
                .addEqualityGroup(ceiling(FROM), ceiling(FROM))
                .addEqualityGroup(ceiling(FROM.plusDays(1)))
                .addEqualityGroup(
                        DeadlineRule.ofMilestone(Milestone.HEARING, -7),
                        DeadlineRule.ofMilestone(Milestone.HEARING, -7))
                .addEqualityGroup(DeadlineRule.ofMilestoneWorkingDays(Milestone.HEARING, -7))
                .addEqualityGroup(DeadlineRule.afterAsOf(7))
                .addEqualityGroup(DeadlineRule.afterAsOf("delay"))
                .addEqualityGroup(DeadlineRule.ofCalendar(CalendarDeadline.EARLIEST_EXECUTION))
                .addEqualityGroup(CPAS, SuggestionTemplate.builder().from(CPAS).build())
                .addEqualityGroup(
                        SuggestionTemplate.builder().from(CPAS).sharesData(true).build())
                .addEqualityGroup(rule("a").build(), rule("a").build())
                .addEqualityGroup(rule("b").build())
                .addEqualityGroup(
                        book().addRules(rule("a").build()).build(),
                        book().addRules(rule("a").build()).build())
                .addEqualityGroup(book().build())
                .addEqualityGroup(Condition.fact(Fact.SOCIAL_HOUSING), new Condition.FactHolds(Fact.SOCIAL_HOUSING))
                .addEqualityGroup(Condition.not(Condition.fact(Fact.SOCIAL_HOUSING)))
                .addEqualityGroup(Condition.all(Condition.fact(Fact.SOCIAL_HOUSING)))
                .addEqualityGroup(Condition.any(Condition.fact(Fact.SOCIAL_HOUSING)))
                .addEqualityGroup(Condition.daysUntil(Milestone.HEARING, Bounds.between(0, 30)))
                .addEqualityGroup(Condition.daysSince(Milestone.HEARING, Bounds.between(0, 30)))
                .addEqualityGroup(Condition.memberAge(MemberRole.CHILD, Bounds.atLeast(17)))
                .addEqualityGroup(Condition.memberAge(Bounds.atLeast(17)))
                .testEquals();
    }

    @Test
    void nullPointers() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(LocalizedText.class, LABELS)
                .setDefault(Bounds.class, Bounds.any())
                .setDefault(Condition.class, Condition.fact(Fact.HOSTED))
                .setDefault(Milestone.class, Milestone.HEARING)
                .setDefault(SituationKind.class, SituationKind.EVICTION_THREAT)
                .setDefault(String.class, "x")
                .setDefault(Parameter.class, ceiling(FROM))
                .setDefault(Rule.class, rule("a").build())
                .setDefault(SuggestionTemplate.class, CPAS)
                .setDefault(DeadlineRule.class, DeadlineRule.afterAsOf(1))
                .setDefault(Period.class, Period.from(FROM))
                .setDefault(LegalReference.class, LegalReference.of("law"))
                .setDefault(CalendarParameters.class, CalendarParameters.bundled(Region.WALLONIA))
                .setDefault(
                        be.accompaniment.actor.Actor.class,
                        be.accompaniment.actor.Actor.builder()
                                .id(be.accompaniment.actor.ActorId.of("cpas-esneux"))
                                .name("CPAS d'Esneux")
                                .kind(ActorKind.CPAS)
                                .territory(be.accompaniment.territory.Territory.ofCommune(
                                        be.accompaniment.territory.NisCode.parse("62032")))
                                .seat(be.accompaniment.territory.NisCode.parse("62032"))
                                .build())
                .setDefault(
                        be.accompaniment.household.Household.class,
                        be.accompaniment.household.Household.builder()
                                .id(be.accompaniment.household.HouseholdId.of("h-1"))
                                .commune(be.accompaniment.territory.NisCode.parse("62032"))
                                .addMembers(be.accompaniment.household.Member.of(MemberRole.REFERENCE_PERSON, 1980))
                                .tenure(Tenure.PRIVATE_TENANT)
                                .build());
        tester.testAllPublicStaticMethods(LocalizedText.class);
        tester.testAllPublicStaticMethods(Bounds.class);
        tester.testAllPublicStaticMethods(IncomeCeiling.class);
        tester.testAllPublicStaticMethods(Parameter.class);
        tester.testAllPublicStaticMethods(DeadlineRule.class);
        tester.testAllPublicStaticMethods(Condition.class);
        tester.testAllPublicStaticMethods(Rulebook.class);
        tester.testAllPublicStaticMethods(TargetActor.class);
        tester.testAllPublicStaticMethods(Case.class);
        for (Class<?> c : Condition.class.getPermittedSubclasses()) {
            tester.testAllPublicConstructors(c);
        }
        tester.testAllPublicInstanceMethods(SuggestionTemplate.builder());
        tester.testAllPublicInstanceMethods(Rule.builder());
        tester.testAllPublicInstanceMethods(Rulebook.builder());
        tester.testAllPublicInstanceMethods(DueDate.builder());
        tester.testAllPublicInstanceMethods(LABELS);
        tester.testAllPublicInstanceMethods(RulesFixtures.testRulebook());
    }

    @Test
    void boundsContainTheirEnds() {
        assertThat(Bounds.between(0, 30).contains(0)).isTrue();
        assertThat(Bounds.between(0, 30).contains(30)).isTrue();
        assertThat(Bounds.between(0, 30).contains(31)).isFalse();
        assertThat(Bounds.between(0, 30).contains(-1)).isFalse();
        assertThat(Bounds.atLeast(18)).hasToString("[18, ∞)");
        assertThat(Bounds.atMost(7)).hasToString("(-∞, 7]");
        assertThat(Bounds.any().hasMin()).isFalse();
    }

    @Test
    void incomeCeilingAddsDependantsToTheCoupleOrSingleAmount() {
        IncomeCeiling c = IncomeCeiling.of(IncomeBasis.YEARLY, 1_550_000, 2_120_000, 290_000);
        assertThat(c.ceilingCents(false, 0)).isEqualTo(1_550_000);
        assertThat(c.ceilingCents(true, 2)).isEqualTo(2_700_000);
    }

    @Test
    void ethosCodesNameSubCategoriesAndOperationalCategories() {
        assertThat(new Condition.EthosIn(ImmutableSet.of("9.1")).categories()).hasSize(1);
        assertThat(new Condition.EthosIn(ImmutableSet.of("9")).categories()).hasSize(2);
    }

    @Nested
    class ValidationMessages {
        @Test
        void labelsMustNotBeBlank() {
            assertThatThrownBy(() -> LocalizedText.of("fr", " ", "de", "en"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("nl")
                    .hasMessageContaining("was \" \"");
        }

        @Test
        void boundsMustBeInOrder() {
            assertThatThrownBy(() -> Bounds.between(5, 4))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("max")
                    .hasMessageContaining("was 4");
        }

        @Test
        void incomeCeilingsAreNotNegative() {
            assertThatThrownBy(() -> IncomeCeiling.of(IncomeBasis.YEARLY, -1, 2, 3))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("singleCents")
                    .hasMessageContaining("was -1");
        }

        @Test
        void conditionSetsAreNotEmpty() {
            assertThatThrownBy(() -> new Condition.TenureIn(ImmutableSet.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("tenure.in");
            assertThatThrownBy(() -> new Condition.All(ImmutableList.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("all");
        }

        @Test
        void stagesBelongToOneKind() {
            assertThatThrownBy(() -> Condition.stageIn(EvictionStage.FILED, InsalubrityStage.SURVEYED))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("stage.in")
                    .hasMessageContaining("SURVEYED of INSALUBRITY");
        }

        @Test
        void ethosCodesAreKnown() {
            assertThatThrownBy(() -> Condition.ethosIn("14.2"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("ethos.in")
                    .hasMessageContaining("\"14.2\"");
        }

        @Test
        void incomeParameterIsNotBlank() {
            assertThatThrownBy(() -> Condition.incomeAtMost(" "))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("income");
        }

        @Test
        void deadlineFormsAreConsistent() {
            assertThatThrownBy(() -> DeadlineRule.afterAsOf(-1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("afterAsOf")
                    .hasMessageContaining("was -1");
            assertThatThrownBy(() -> DeadlineRule.afterAsOf(" "))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("daysParameter");
        }

        @Test
        void aTemplateNamesAKindOrAService() {
            assertThatThrownBy(() -> SuggestionTemplate.builder()
                            .measure(MeasureKind.CPAS_CONTACT)
                            .urgency(Urgency.HIGH)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("actorKind")
                    .hasMessageContaining("was neither");
        }

        @Test
        void theCompetentCpasIsACpas() {
            assertThatThrownBy(() -> SuggestionTemplate.builder()
                            .service(ServiceKind.HOUSING_SEARCH)
                            .measure(MeasureKind.CPAS_CONTACT)
                            .urgency(Urgency.HIGH)
                            .competentCpas(true)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("competentCpas")
                    .hasMessageContaining("was absent");
        }

        @Test
        void ruleIdsAreLowerCaseWithHyphens() {
            assertThatThrownBy(() -> rule("Eviction_Rule").build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("id")
                    .hasMessageContaining("\"Eviction_Rule\"");
        }

        @Test
        void aRuleCitesTheLaw() {
            assertThatThrownBy(() -> rule("a").references(List.of()).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule a: references")
                    .hasMessageContaining("must not be empty");
        }

        @Test
        void aRuleSuggestsSomething() {
            assertThatThrownBy(() -> rule("a").suggest(List.of()).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule a: suggest");
        }

        @Test
        void aRuleTestsStagesOfItsKind() {
            assertThatThrownBy(() -> rule("a")
                            .when(Condition.stageIn(InsalubrityStage.SURVEYED))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule a: when.stage.in")
                    .hasMessageContaining("was SURVEYED of INSALUBRITY");
        }

        @Test
        void aRuleTestsMilestonesOfItsKind() {
            assertThatThrownBy(() -> rule("a")
                            .when(Condition.all(
                                    Condition.fact(Fact.HOSTED),
                                    Condition.daysSince(Milestone.DECREE, Bounds.atLeast(0))))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule a: when.all[1].daysSince.milestone")
                    .hasMessageContaining("was DECREE");
        }

        @Test
        void aDeadlineCountsFromAMilestoneOfTheRulesKind() {
            assertThatThrownBy(() -> rule("a")
                            .suggest(List.of(SuggestionTemplate.builder()
                                    .from(CPAS)
                                    .deadline(DeadlineRule.ofMilestone(Milestone.RELEASE, 0))
                                    .build()))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule a: suggest[0].deadline.milestone")
                    .hasMessageContaining("was RELEASE");
        }

        @Test
        void rulebookIdsAreLowerCaseWithHyphens() {
            assertThatThrownBy(() -> book().id("Wallonia").build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("rulebook: id: must be lower-case letters, digits and hyphens, was \"Wallonia\"");
        }

        @Test
        void aRulebookHasAVersion() {
            assertThatThrownBy(() -> book().version(" ").build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("rulebook book: version: must not be blank, was \" \"");
        }

        @Test
        void theCalendarIsOfTheRulebooksRegion() {
            assertThatThrownBy(() -> book().calendar(CalendarParameters.bundled(Region.BRUSSELS_CAPITAL))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("was BRUSSELS_CAPITAL")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.calendar.region");
        }

        @Test
        void aParameterIsKeyedByItsName() {
            assertThatThrownBy(
                            () -> book().putParameters("other", ceiling(FROM)).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("was \"ceiling\"")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.parameters.other.name");
        }

        @Test
        void versionsOfARuleDoNotOverlap() {
            assertThatThrownBy(() -> book().addRules(
                                    rule("a")
                                            .validity(Period.of(FROM, FROM.plusDays(10)))
                                            .build(),
                                    rule("a")
                                            .validity(Period.from(FROM.plusDays(10)))
                                            .build())
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule a: must not overlap")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[1].validity");
        }

        @Test
        void aRuleUsesADefinedParameter() {
            assertThatThrownBy(() -> book().addRules(rule("a")
                                    .when(Condition.incomeAtMost("ceiling"))
                                    .build())
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule a: parameter \"ceiling\" is not defined")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[0].when.income.atMost");
        }

        @Test
        void aRuleUsesAParameterOfTheRightType() {
            Parameter days = Parameter.ofDays(DatedValue.since("ceiling", FROM, 3, LegalReference.of("law")));
            assertThatThrownBy(() -> book().putParameters("ceiling", days)
                            .addRules(rule("a")
                                    .when(Condition.incomeAbove("ceiling"))
                                    .build())
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be of type INCOME_CEILING, was DAYS")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[0].when.income.above");
        }

        @Test
        void aRulesParameterHasAValueWhenTheRuleStarts() {
            assertThatThrownBy(() -> book().putParameters(
                                    "delay",
                                    Parameter.ofDays(
                                            DatedValue.since("delay", FROM.plusDays(1), 3, LegalReference.of("law"))))
                            .addRules(rule("a")
                                    .suggest(List.of(SuggestionTemplate.builder()
                                            .from(CPAS)
                                            .deadline(DeadlineRule.afterAsOf("delay"))
                                            .build()))
                                    .build())
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("has no value in force on 2020-01-01")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[0].suggest[0].deadline.afterAsOf");
        }

        @Test
        void aParameterIsReadAsItsType() {
            assertThatThrownBy(() -> ceiling(FROM).asDays())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("parameter ceiling: type")
                    .hasMessageContaining("was INCOME_CEILING");
        }
    }

    @Test
    void theFluentApiBuildsWhatTheJsonSays() {
        Rule built = Rule.builder()
                .id("insalubrity-adel")
                .labels(LocalizedText.of(
                        "Demander l'ADeL après un arrêté d'inhabitabilité",
                        "De ADeL aanvragen na een onbewoonbaarverklaring",
                        "Nach einer Unbewohnbarkeitserklärung die ADeL beantragen",
                        "Apply for the ADeL after an uninhabitability decree"))
                .validity(Period.from(LocalDate.of(2023, 1, 1)))
                .addReferences(LegalReference.builder()
                        .title("Synthetic test reference for the ADeL")
                        .verified(false)
                        .build())
                .situation(SituationKind.INSALUBRITY)
                .when(Condition.all(
                        Condition.stageIn(InsalubrityStage.UNINHABITABILITY_DECREE),
                        Condition.incomeAtMost("adel-income-ceiling")))
                .addSuggest(SuggestionTemplate.builder()
                        .actorKind(ActorKind.SPW_LOGEMENT)
                        .measure(MeasureKind.REHOUSING_ALLOWANCE)
                        .urgency(Urgency.NORMAL)
                        .deadline(DeadlineRule.ofCalendar(CalendarDeadline.SWL_TAKEOVER))
                        .sharesData(true)
                        .build())
                .build();
        assertThat(RulesFixtures.testRulebook().rule("insalubrity-adel", LocalDate.of(2026, 1, 1)))
                .contains(built);
    }

    @Test
    void everyConditionHasItsKey() {
        assertThat(List.of(
                        Condition.situation(SituationKind.INSALUBRITY).key(),
                        Condition.outcomeIn(WalloonSurveyOutcome.NON_AMELIORABLE)
                                .key(),
                        Condition.institutionIn(InstitutionType.PRISON).key(),
                        Condition.recorded(Milestone.HEARING).key(),
                        Condition.unrecorded(Milestone.HEARING).key(),
                        Condition.tenureIn(Tenure.SOCIAL_TENANT).key(),
                        Condition.minors(Bounds.atLeast(1)).key(),
                        Condition.minorsAtSchool(Bounds.atLeast(1)).key(),
                        Condition.regionIn(Region.WALLONIA).key(),
                        Condition.consent(ActorKind.AIS, Purpose.REFERRAL).key(),
                        Condition.referrerIn(ActorKind.CPAS).key()))
                .containsExactly(
                        "situation",
                        "outcome",
                        "institution",
                        "milestone",
                        "milestone",
                        "tenure",
                        "minors",
                        "minorsAtSchool",
                        "region",
                        "consent",
                        "referrer");
        assertThat(new Condition.MemberAge(Optional.empty(), Bounds.any()).key())
                .isEqualTo("memberAge");
    }
}
