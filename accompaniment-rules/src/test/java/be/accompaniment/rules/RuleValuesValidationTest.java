package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.InsalubrityStage;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.SituationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The values of a rulebook built from Java refuse what their JSON reading refuses, with an {@link InvalidInputException}
 * naming the field: deadlines, labels, income ceilings, suggestions, parameters of the wrong type, and conditions that
 * name an undefined parameter under {@code any} or {@code not}.
 */
class RuleValuesValidationTest {
    @Nested
    class Deadlines {
        @Test
        void aMilestoneIsGivenExactlyForAMilestoneDeadline() {
            assertThatThrownBy(() -> ImmutableDeadlineRule.builder()
                            .form(DeadlineRule.Form.AFTER_AS_OF)
                            .milestone(Milestone.HEARING)
                            .days(3)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("milestone")
                    .hasMessageContaining("must be given exactly for a milestone deadline");
            assertThatThrownBy(() -> ImmutableDeadlineRule.builder()
                            .form(DeadlineRule.Form.MILESTONE)
                            .days(3)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be given exactly for a milestone deadline");
        }

        @Test
        void aCalendarDeadlineIsGivenExactlyForTheCalendarForm() {
            assertThatThrownBy(() -> ImmutableDeadlineRule.builder()
                            .form(DeadlineRule.Form.AFTER_AS_OF)
                            .calendar(CalendarDeadline.EXECUTION_NOTICE)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("calendar")
                    .hasMessageContaining("must be given exactly for a calendar deadline");
        }

        @Test
        void workingDaysApplyToAMilestoneDeadlineOnly() {
            assertThatThrownBy(() -> ImmutableDeadlineRule.builder()
                            .form(DeadlineRule.Form.AFTER_AS_OF)
                            .days(5)
                            .workingDays(true)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("workingDays")
                    .hasMessageContaining("applies to a milestone deadline only");
        }

        @Test
        void aCalendarDeadlineHasNoDays() {
            assertThatThrownBy(() -> ImmutableDeadlineRule.builder()
                            .form(DeadlineRule.Form.CALENDAR)
                            .calendar(CalendarDeadline.EXECUTION_NOTICE)
                            .days(5)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("days")
                    .hasMessageContaining("must be absent for a calendar deadline");
        }

        @Test
        void daysAreANumberOrAParameterNotBoth() {
            assertThatThrownBy(() -> ImmutableDeadlineRule.builder()
                            .form(DeadlineRule.Form.AFTER_AS_OF)
                            .days(5)
                            .daysParameter("follow-up-days")
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be a number or a parameter, not both, was 5 and");
        }

        @Test
        void theFactoriesBuildValidDeadlines() {
            assertThat(DeadlineRule.ofMilestoneWorkingDays(Milestone.HEARING, -3)
                            .workingDays())
                    .isTrue();
            assertThat(DeadlineRule.ofCalendar(CalendarDeadline.EXECUTION_NOTICE)
                            .calendar())
                    .contains(CalendarDeadline.EXECUTION_NOTICE);
            assertThat(DeadlineRule.afterAsOf("follow-up-days").daysParameter()).contains("follow-up-days");
        }
    }

    @Test
    void labelsAreNotBlankInAnyLanguage() {
        assertThatThrownBy(() -> LocalizedText.of(" ", "nl", "de", "en"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("labels: fr");
        assertThatThrownBy(() -> LocalizedText.of("fr", "", "de", "en"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("labels: nl");
        assertThatThrownBy(() -> LocalizedText.of("fr", "nl", " ", "en"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("labels: de");
        assertThatThrownBy(() -> LocalizedText.of("fr", "nl", "de", "\t"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("labels: en");
    }

    @Test
    void incomeCeilingsAreNotNegative() {
        assertThatThrownBy(() -> IncomeCeiling.of(IncomeBasis.YEARLY, -1, 0, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("income ceiling: singleCents")
                .hasMessageContaining("must be >= 0, was -1");
        assertThatThrownBy(() -> IncomeCeiling.of(IncomeBasis.YEARLY, 0, -2, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("income ceiling: coupleCents")
                .hasMessageContaining("was -2");
        assertThatThrownBy(() -> IncomeCeiling.of(IncomeBasis.YEARLY, 0, 0, -3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("income ceiling: perDependantCents")
                .hasMessageContaining("was -3");
        assertThat(IncomeCeiling.of(IncomeBasis.YEARLY, 0, 0, 0).ceilingCents(true, 2))
                .isZero();
    }

    @Test
    void aSuggestionNamesAnActorKindOrAServiceAndOnlyACpasCanBeTheCompetentOne() {
        assertThatThrownBy(() -> SuggestionTemplate.builder()
                        .measure(MeasureKind.CPAS_CONTACT)
                        .urgency(Urgency.HIGH)
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("suggestion: actorKind")
                .hasMessageContaining("must be given, or service, was neither");
        assertThatThrownBy(() -> SuggestionTemplate.builder()
                        .actorKind(ActorKind.AIS)
                        .measure(MeasureKind.CPAS_CONTACT)
                        .urgency(Urgency.HIGH)
                        .competentCpas(true)
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("suggestion: competentCpas")
                .hasMessageContaining("requires actorKind CPAS, was AIS");
    }

    @Test
    void aParameterIsReadAsItsOwnTypeOnly() {
        LegalReference reference = LegalReference.of("Synthetic law", "art. 1");
        Parameter days = Parameter.ofDays(
                DatedValue.of("follow-up-days", List.of(DatedValue.Step.of(LocalDate.of(2024, 1, 1), 20, reference))));
        assertThat(days.asDays().valueOn(LocalDate.of(2024, 1, 1))).contains(20);
        assertThatThrownBy(days::asIncomeCeiling)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("INCOME_CEILING");
        assertThatThrownBy(days::asAmountCents)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("AMOUNT_CENTS");
    }

    @Test
    void anUndefinedParameterIsNamedWithItsPathUnderAnyAndNot() {
        Rulebook book = RulesFixtures.testRulebook();
        Rule rule = Rule.builder()
                .id("undefined-ceiling")
                .labels(RulesGenerators.labels("undefined-ceiling"))
                .validity(Period.from(LocalDate.of(2024, 1, 1)))
                .addReferences(LegalReference.of("Synthetic law", "art. 1"))
                .situation(SituationKind.EVICTION_THREAT)
                .when(Condition.all(
                        Condition.recorded(Milestone.HEARING),
                        Condition.any(
                                Condition.recorded(Milestone.JUDGMENT),
                                Condition.not(Condition.incomeAbove("no-such-ceiling")))))
                .addSuggest(SuggestionTemplate.builder()
                        .actorKind(ActorKind.CPAS)
                        .measure(MeasureKind.CPAS_CONTACT)
                        .urgency(Urgency.HIGH)
                        .build())
                .build();
        assertThatThrownBy(
                        () -> Rulebook.builder().from(book).rules(List.of(rule)).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("when.all[1].any[1].not.income.above")
                .hasMessageContaining("rule undefined-ceiling: parameter \"no-such-ceiling\" is not defined");
    }

    /** An eviction rule with a condition, as a vendor might build it from Java. */
    private static Rule.Builder evictionRule(Condition when) {
        return Rule.builder()
                .id("nested-check")
                .labels(RulesGenerators.labels("nested-check"))
                .validity(Period.from(LocalDate.of(2024, 1, 1)))
                .addReferences(LegalReference.of("Synthetic law", "art. 1"))
                .situation(SituationKind.EVICTION_THREAT)
                .when(when)
                .addSuggest(SuggestionTemplate.builder()
                        .actorKind(ActorKind.CPAS)
                        .measure(MeasureKind.CPAS_CONTACT)
                        .urgency(Urgency.HIGH)
                        .build());
    }

    @Test
    void aStageOrMilestoneOfAnotherKindIsNamedWithItsPathHoweverDeepItLies() {
        // the stages and milestones of an insalubrity, in an eviction rule
        Condition foreignStage = Condition.stageIn(InsalubrityStage.SURVEYED);
        Condition foreignMilestone = Condition.recorded(Milestone.SURVEY);
        Condition hearing = Condition.recorded(Milestone.HEARING);
        java.util.Map<Condition, String> where = new java.util.LinkedHashMap<>();
        where.put(Condition.all(hearing, foreignStage), "when.all[1].stage.in");
        where.put(Condition.any(hearing, Condition.any(hearing, foreignStage)), "when.any[1].any[1].stage.in");
        where.put(Condition.not(foreignStage), "when.not.stage.in");
        where.put(Condition.all(hearing, Condition.not(foreignMilestone)), "when.all[1].not.milestone.set");
        where.put(Condition.unrecorded(Milestone.SURVEY), "when.milestone.unset");
        where.put(Condition.daysUntil(Milestone.SURVEY, Bounds.atLeast(0)), "when.daysUntil.milestone");
        where.put(Condition.daysSince(Milestone.SURVEY, Bounds.atLeast(0)), "when.daysSince.milestone");
        where.forEach((when, path) -> assertThatThrownBy(
                        () -> evictionRule(when).build())
                .as(path)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.where()).isEqualTo("rule nested-check: " + path)));
        assertThat(evictionRule(Condition.any(hearing, Condition.not(Condition.stageIn(EvictionStage.FILED))))
                        .build()
                        .id())
                .isEqualTo("nested-check");
    }

    @Test
    void aRuleIdIsLowerCaseLettersDigitsAndHyphens() {
        assertThatThrownBy(() -> evictionRule(Condition.recorded(Milestone.HEARING))
                        .id("Nested_Check")
                        .build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo("rule: id"))
                .hasMessageContaining("was \"Nested_Check\"");
    }
}
