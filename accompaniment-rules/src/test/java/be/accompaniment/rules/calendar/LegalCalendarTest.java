package be.accompaniment.rules.calendar;

import static be.accompaniment.territory.Region.BRUSSELS_CAPITAL;
import static be.accompaniment.territory.Region.WALLONIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.NoRuleInForceException;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LegalCalendarTest {
    private static final LegalCalendar CALENDAR = LegalCalendar.bundled();
    private static final boolean SOCIAL = true;
    private static final boolean PRIVATE = false;
    private static final boolean REFUSED = true;
    private static final boolean ACCEPTED = false;

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @Nested
    class MoratoriumOn {
        @Test
        void brusselsMoratoriumCoversAllLeasesFromFirstOfSeptember2023() {
            MoratoriumDecision before = CALENDAR.moratoriumOn(day(2023, 8, 31), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED);
            assertThat(before.findings()).singleElement().satisfies(f -> {
                assertThat(f.outcome()).isEqualTo(MoratoriumOutcome.OUT_OF_SCOPE);
                assertThat(f.scope()).isEqualTo(MoratoriumScope.SOCIAL_HOUSING_ONLY);
                assertThat(f.reference().title()).contains("SLRB");
            });
            MoratoriumDecision after = CALENDAR.moratoriumOn(day(2023, 9, 1), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED);
            assertThat(after.findings()).singleElement().satisfies(f -> {
                assertThat(f.outcome()).isEqualTo(MoratoriumOutcome.OUTSIDE_PERIOD);
                assertThat(f.scope()).isEqualTo(MoratoriumScope.ALL_LEASES);
                assertThat(f.reference().article()).contains("art. 233duodecies");
                assertThat(f.period()).isEqualTo(CalendarFixtures.WINTER.startingIn(2023));
                assertThat(f.exemptions()).contains(MoratoriumExemption.TENANT_REHOUSED);
            });
        }

        @Test
        void brusselsWindowRunsFromFirstOfNovemberToFifteenthOfMarch() {
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2023, 10, 31), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED))
                    .isFalse();
            MoratoriumDecision first = CALENDAR.moratoriumOn(day(2023, 11, 1), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED);
            assertThat(first.applies()).isTrue();
            assertThat(first.protectedUntil()).contains(day(2024, 3, 15));
            assertThat(first.references())
                    .extracting(LegalReference::article)
                    .containsExactly(java.util.Optional.of("art. 233duodecies"));
            MoratoriumDecision last = CALENDAR.moratoriumOn(day(2024, 3, 15), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED);
            assertThat(last.protectedUntil()).contains(day(2024, 3, 15));
            MoratoriumDecision after = CALENDAR.moratoriumOn(day(2024, 3, 16), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED);
            assertThat(after.applies()).isFalse();
            assertThat(after.protectedUntil()).isEmpty();
        }

        @Test
        void brusselsSocialHousingWasProtectedFromDecemberToFebruaryBefore2023() {
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2001, 11, 30), BRUSSELS_CAPITAL, SOCIAL, ACCEPTED))
                    .isFalse();
            assertThat(CALENDAR.moratoriumOn(day(2001, 12, 1), BRUSSELS_CAPITAL, SOCIAL, ACCEPTED)
                            .protectedUntil())
                    .contains(day(2002, 2, 28));
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2002, 2, 28), BRUSSELS_CAPITAL, SOCIAL, ACCEPTED))
                    .isTrue();
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2002, 3, 1), BRUSSELS_CAPITAL, SOCIAL, ACCEPTED))
                    .isFalse();
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2004, 2, 29), BRUSSELS_CAPITAL, SOCIAL, ACCEPTED))
                    .isFalse();
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2010, 1, 10), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED))
                    .isFalse();
        }

        @Test
        void noBrusselsRuleBeforeItsFirstValue() {
            assertThatThrownBy(() -> CALENDAR.moratoriumOn(day(2000, 11, 13), BRUSSELS_CAPITAL, SOCIAL, ACCEPTED))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("brussels-capital/winter-moratorium")
                    .hasMessageContaining("2000-11-13")
                    .hasMessageContaining("2000-11-14");
            assertThat(CALENDAR.moratoriumOn(day(2000, 11, 14), BRUSSELS_CAPITAL, SOCIAL, ACCEPTED)
                            .applies())
                    .isFalse();
        }

        @Test
        void walloonSocialTenantIsProtectedFromTheFirstWinter() {
            assertThatThrownBy(() -> CALENDAR.moratoriumOn(day(2013, 10, 31), WALLONIA, SOCIAL, ACCEPTED))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("wallonia/winter-moratorium")
                    .hasMessageContaining("2013-11-01");
            assertThat(CALENDAR.moratoriumOn(day(2013, 11, 1), WALLONIA, SOCIAL, ACCEPTED)
                            .protectedUntil())
                    .contains(day(2014, 3, 15));
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2014, 3, 15), WALLONIA, SOCIAL, ACCEPTED))
                    .isTrue();
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2014, 3, 16), WALLONIA, SOCIAL, ACCEPTED))
                    .isFalse();
        }

        @Test
        void walloonSocialTenantWhoRefusedBudgetGuidanceIsNotProtected() {
            MoratoriumDecision d = CALENDAR.moratoriumOn(day(2023, 12, 1), WALLONIA, SOCIAL, REFUSED);
            assertThat(d.applies()).isFalse();
            assertThat(d.findings())
                    .singleElement()
                    .extracting(MoratoriumFinding::outcome)
                    .isEqualTo(MoratoriumOutcome.LOST_BUDGET_GUIDANCE_REFUSED);
            assertThat(d.references())
                    .singleElement()
                    .satisfies(r -> assertThat(r.article()).contains("art. 94, §1er, 3°, a)"));
        }

        @Test
        void walloonPrivateTenantIsNotProtectedInWinter() {
            MoratoriumDecision d = CALENDAR.moratoriumOn(day(2023, 12, 1), WALLONIA, PRIVATE, ACCEPTED);
            assertThat(d.applies()).isFalse();
            assertThat(d.findings())
                    .extracting(MoratoriumFinding::outcome)
                    .containsExactly(MoratoriumOutcome.OUT_OF_SCOPE);
        }

        @Test
        void walloonEnergyCrisisSuspensionProtectedPrivateTenants() {
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2022, 10, 31), WALLONIA, PRIVATE, ACCEPTED))
                    .isFalse();
            MoratoriumDecision first = CALENDAR.moratoriumOn(day(2022, 11, 1), WALLONIA, PRIVATE, ACCEPTED);
            assertThat(first.protectedUntil()).contains(day(2023, 3, 15));
            assertThat(first.findings())
                    .extracting(MoratoriumFinding::kind, MoratoriumFinding::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    ProtectionKind.WINTER_MORATORIUM, MoratoriumOutcome.OUT_OF_SCOPE),
                            org.assertj.core.groups.Tuple.tuple(
                                    ProtectionKind.TEMPORARY_SUSPENSION, MoratoriumOutcome.PROTECTS));
            assertThat(first.references())
                    .singleElement()
                    .satisfies(r -> assertThat(r.title()).contains("22 septembre 2022"));
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2023, 3, 15), WALLONIA, PRIVATE, ACCEPTED))
                    .isTrue();
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2023, 3, 16), WALLONIA, PRIVATE, ACCEPTED))
                    .isFalse();
        }

        @Test
        void energyCrisisSuspensionAlsoCoveredSocialTenantsWhoRefusedGuidance() {
            MoratoriumDecision d = CALENDAR.moratoriumOn(day(2022, 12, 1), WALLONIA, SOCIAL, REFUSED);
            assertThat(d.applies()).isTrue();
            assertThat(d.findings())
                    .extracting(MoratoriumFinding::outcome)
                    .containsExactly(MoratoriumOutcome.LOST_BUDGET_GUIDANCE_REFUSED, MoratoriumOutcome.PROTECTS);
        }

        @Test
        void walloonCovidSuspensionsAreKeptAsUnverifiedData() {
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2020, 3, 18), WALLONIA, PRIVATE, ACCEPTED))
                    .isFalse();
            MoratoriumDecision spring = CALENDAR.moratoriumOn(day(2020, 3, 19), WALLONIA, PRIVATE, ACCEPTED);
            assertThat(spring.protectedUntil()).contains(day(2020, 6, 8));
            assertThat(spring.references()).allMatch(r -> !r.verified());
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2020, 6, 9), WALLONIA, PRIVATE, ACCEPTED))
                    .isFalse();
        }

        @Test
        void protectionRunsOnAcrossOverlappingRules() {
            // a social tenant in November 2020: the Covid suspension ends on 8 January, the winter window on 15 March
            assertThat(CALENDAR.moratoriumOn(day(2020, 11, 7), WALLONIA, SOCIAL, ACCEPTED)
                            .protectedUntil())
                    .contains(day(2021, 3, 15));
            // a Brussels social tenant: the old window ends on 28 February, the suspension on 31 March
            assertThat(CALENDAR.moratoriumOn(day(2020, 12, 15), BRUSSELS_CAPITAL, SOCIAL, ACCEPTED)
                            .protectedUntil())
                    .contains(day(2021, 3, 31));
            assertThat(CALENDAR.isInsideApplicableMoratorium(day(2020, 11, 5), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED))
                    .isFalse();
        }

        @Test
        void aRepealedMoratoriumProtectsUntilTheDayBeforeItsEnd() {
            LegalCalendar calendar = LegalCalendar.of(CalendarParameters.builder()
                    .from(CalendarFixtures.PARAMETERS)
                    .winterMoratorium(DatedValue.of(
                            "test/winter",
                            List.of(
                                    DatedValue.Step.of(
                                            day(2020, 1, 1),
                                            CalendarFixtures.ALL_LEASES_MORATORIUM,
                                            CalendarFixtures.CBL),
                                    DatedValue.Step.end(day(2024, 1, 1), LegalReference.of("Repeal")))))
                    .build());
            assertThat(calendar.moratoriumOn(day(2023, 12, 1), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED)
                            .protectedUntil())
                    .contains(day(2023, 12, 31));
            MoratoriumDecision afterRepeal =
                    calendar.moratoriumOn(day(2024, 1, 2), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED);
            assertThat(afterRepeal.findings()).isEmpty();
            assertThat(afterRepeal.applies()).isFalse();
            assertThat(calendar.earliestExecution(day(2023, 11, 15), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED)
                            .on())
                    .isEqualTo(day(2024, 1, 1));
        }

        @Test
        void protectionChainsIntoTheNextValue() {
            WinterMoratorium november = WinterMoratorium.of(
                    SeasonWindow.of(MonthDay.of(11, 1), MonthDay.of(12, 31)), MoratoriumScope.ALL_LEASES);
            WinterMoratorium january = WinterMoratorium.of(
                    SeasonWindow.of(MonthDay.of(1, 1), MonthDay.of(3, 15)), MoratoriumScope.ALL_LEASES);
            LegalCalendar calendar = LegalCalendar.of(CalendarParameters.builder()
                    .from(CalendarFixtures.PARAMETERS)
                    .winterMoratorium(DatedValue.of(
                            "test/winter",
                            List.of(
                                    DatedValue.Step.of(day(2020, 1, 1), november, CalendarFixtures.CBL),
                                    DatedValue.Step.of(day(2024, 1, 1), january, CalendarFixtures.CBL))))
                    .build());
            assertThat(calendar.moratoriumOn(day(2023, 12, 1), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED)
                            .protectedUntil())
                    .contains(day(2024, 3, 15));
        }
    }

    @Nested
    class EarliestExecution {
        @Test
        void brusselsJudgmentServedInOctoberWaitsForTheEndOfTheMoratorium() {
            var e = CALENDAR.earliestExecution(day(2023, 10, 10), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED);
            assertThat(e.minimumDelay().on()).isEqualTo(day(2023, 11, 10));
            assertThat(e.isPostponed()).isTrue();
            assertThat(e.on()).isEqualTo(day(2024, 3, 16));
            assertThat(e.references())
                    .extracting(r -> r.article().orElseThrow())
                    .containsExactly("art. 1344quater", "art. 233duodecies");
        }

        @Test
        void walloonPrivateTenantWaitsOneMonthOnly() {
            var e = CALENDAR.earliestExecution(day(2023, 10, 10), WALLONIA, PRIVATE, ACCEPTED);
            assertThat(e.on()).isEqualTo(day(2023, 11, 10));
            assertThat(e.isPostponed()).isFalse();
            assertThat(e.references())
                    .extracting(r -> r.article().orElseThrow())
                    .containsExactly("art. 1344quater");
        }

        @Test
        void walloonSocialTenantWhoRefusedBudgetGuidanceIsNotProtected() {
            assertThat(CALENDAR.earliestExecution(day(2023, 10, 10), WALLONIA, SOCIAL, REFUSED)
                            .on())
                    .isEqualTo(day(2023, 11, 10));
        }

        @Test
        void walloonSocialTenantWaitsForTheSixteenthOfMarch() {
            assertThat(CALENDAR.earliestExecution(day(2023, 10, 10), WALLONIA, SOCIAL, ACCEPTED)
                            .on())
                    .isEqualTo(day(2024, 3, 16));
        }

        @Test
        void walloonPrivateTenantWasProtectedByTheEnergyCrisisSuspension() {
            var e = CALENDAR.earliestExecution(day(2022, 10, 10), WALLONIA, PRIVATE, ACCEPTED);
            assertThat(e.on()).isEqualTo(day(2023, 3, 16));
            assertThat(e.postponedBy().orElseThrow().findings())
                    .filteredOn(MoratoriumFinding::protects)
                    .extracting(MoratoriumFinding::kind)
                    .containsExactly(ProtectionKind.TEMPORARY_SUSPENSION);
        }

        @Test
        void judgmentServedOnThe31stOfJanuary() {
            assertThat(CALENDAR.earliestExecution(day(2023, 1, 31), WALLONIA, PRIVATE, ACCEPTED)
                            .on())
                    .isEqualTo(day(2023, 3, 16)); // 28 February falls inside the 2022-2023 suspension
            assertThat(CALENDAR.earliestExecution(day(2024, 1, 31), WALLONIA, PRIVATE, ACCEPTED)
                            .on())
                    .isEqualTo(day(2024, 2, 29));
        }

        @Test
        void brusselsJudgmentServedBeforeTheReformFollowsTheOldLawOnItsDay() {
            // one month after 31 July 2023 is 31 August 2023: the old social-only moratorium, a private tenant
            assertThat(CALENDAR.earliestExecution(day(2023, 7, 31), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED)
                            .on())
                    .isEqualTo(day(2023, 8, 31));
        }

        @Test
        void noMinimumDelayBeforeItsFirstDay() {
            assertThatThrownBy(() -> CALENDAR.earliestExecution(day(1999, 1, 10), WALLONIA, PRIVATE, ACCEPTED))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("wallonia/minimum-delay-after-service")
                    .hasMessageContaining("1999-01-11");
        }

        @Test
        void minimumDelayIsInForceFromItsFirstDay() {
            DatedValue<Delay> delay = CALENDAR.parameters(WALLONIA).minimumDelayAfterService();
            assertThat(delay.valueOn(day(1999, 1, 10))).isEmpty();
            assertThat(delay.inForceOn(day(1999, 1, 11))).isEqualTo(Delay.months(1));
            assertThat(delay.referenceOn(day(1999, 1, 11)).article()).contains("art. 1344quater");
        }

        @Test
        void noMoratoriumValueOnTheDayAfterTheDelay() {
            assertThatThrownBy(() -> CALENDAR.earliestExecution(day(1999, 6, 1), BRUSSELS_CAPITAL, PRIVATE, ACCEPTED))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("brussels-capital/winter-moratorium")
                    .hasMessageContaining("1999-07-01");
        }
    }

    @Nested
    class ExecutionNotice {
        @Test
        void earliestExecutionIsFiveWorkingDaysAfterNotice() {
            Deadline d = CALENDAR.earliestExecutionAfterNotice(day(2024, 3, 28), WALLONIA);
            assertThat(d.on()).isEqualTo(day(2024, 4, 5));
            assertThat(d.parameter()).isEqualTo("wallonia/execution-notice");
            assertThat(d.delay()).isEqualTo(Delay.workingDays(5));
            assertThat(d.reference().article()).contains("art. 1344quater");
        }

        @Test
        void latestNoticeDateIsFiveWorkingDaysBefore() {
            assertThat(CALENDAR.latestNoticeDate(day(2024, 4, 5), BRUSSELS_CAPITAL)
                            .on())
                    .isEqualTo(day(2024, 3, 28));
            assertThat(CALENDAR.latestNoticeDate(day(2024, 3, 11), BRUSSELS_CAPITAL)
                            .on())
                    .isEqualTo(day(2024, 3, 4));
        }

        @Test
        void latestNoticeDateForAnExecutionOnASaturdayIsAWorkingDay() {
            Deadline d = CALENDAR.latestNoticeDate(day(2024, 3, 16), BRUSSELS_CAPITAL);
            assertThat(d.on()).isEqualTo(day(2024, 3, 8));
            assertThat(d.countedFrom()).isEqualTo(day(2024, 3, 16));
        }

        @Test
        void noNoticeDelayBeforeItsFirstDay() {
            assertThatThrownBy(() -> CALENDAR.earliestExecutionAfterNotice(day(1999, 1, 10), WALLONIA))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("wallonia/execution-notice");
            assertThat(CALENDAR.earliestExecutionAfterNotice(day(1999, 1, 11), WALLONIA)
                            .on())
                    .isEqualTo(day(1999, 1, 18));
        }
    }

    @Nested
    class BrusselsProcedure {
        @Test
        void hearingNotBeforeFortyDaysFromFirstOfSeptember2023() {
            Deadline d = CALENDAR.earliestHearing(day(2023, 9, 1), BRUSSELS_CAPITAL);
            assertThat(d.on()).isEqualTo(day(2023, 10, 11));
            assertThat(d.reference().verified()).isFalse();
            assertThatThrownBy(() -> CALENDAR.earliestHearing(day(2023, 8, 31), BRUSSELS_CAPITAL))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("brussels-capital/appearance-delay")
                    .hasMessageContaining("2023-09-01");
        }

        @Test
        void requestNotBeforeOneMonthAfterTheFormalNotice() {
            assertThat(CALENDAR.earliestRequestAfterFormalNotice(day(2023, 9, 1), BRUSSELS_CAPITAL)
                            .on())
                    .isEqualTo(day(2023, 10, 1));
            assertThatThrownBy(() -> CALENDAR.earliestRequestAfterFormalNotice(day(2023, 8, 31), BRUSSELS_CAPITAL))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("brussels-capital/formal-notice-delay");
        }

        @Test
        void walloniaHasNoSuchDelays() {
            assertThatThrownBy(() -> CALENDAR.earliestHearing(day(2024, 1, 1), WALLONIA))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("WALLONIA")
                    .hasMessageContaining("appearanceDelay");
            assertThatThrownBy(() -> CALENDAR.earliestRequestAfterFormalNotice(day(2024, 1, 1), WALLONIA))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("formalNoticeDelay");
        }
    }

    @Nested
    class SwlRehousingDeadline {
        @Test
        void swlHasThirtyDaysFromFirstOfSeptember2013() {
            assertThatThrownBy(() -> CALENDAR.swlRehousingDeadline(day(2013, 8, 31)))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("wallonia/swl-rehousing-delay")
                    .hasMessageContaining("2013-09-01");
            Deadline d = CALENDAR.swlRehousingDeadline(day(2013, 9, 1));
            assertThat(d.on()).isEqualTo(day(2013, 10, 1));
            assertThat(d.reference().article()).contains("art. 7 et 13");
        }

        @Test
        void needsWalloonParameters() {
            LegalCalendar brusselsOnly = LegalCalendar.of(CalendarParameters.bundled(BRUSSELS_CAPITAL));
            assertThatThrownBy(() -> brusselsOnly.swlRehousingDeadline(day(2024, 1, 1)))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("WALLONIA");
        }
    }

    @Nested
    class CpasForwardingDeadline {
        @Test
        void fiveCalendarDays() {
            assertThat(CALENDAR.cpasForwardingDeadline(day(2024, 3, 1), WALLONIA)
                            .on())
                    .isEqualTo(day(2024, 3, 6));
            assertThat(CALENDAR.cpasForwardingDeadline(day(2024, 3, 29), BRUSSELS_CAPITAL)
                            .on())
                    .isEqualTo(day(2024, 4, 3));
        }

        @Test
        void fromFirstOfOctober2002() {
            assertThatThrownBy(() -> CALENDAR.cpasForwardingDeadline(day(2002, 9, 30), WALLONIA))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("wallonia/cpas-forwarding-delay")
                    .hasMessageContaining("2002-10-01");
            assertThat(CALENDAR.cpasForwardingDeadline(day(2002, 10, 1), WALLONIA)
                            .on())
                    .isEqualTo(day(2002, 10, 6));
        }
    }

    @Nested
    class Construction {
        @Test
        void bundledKnowsWalloniaAndBrussels() {
            assertThat(CALENDAR.regions()).containsExactlyInAnyOrder(WALLONIA, BRUSSELS_CAPITAL);
            assertThat(CALENDAR.parameters(WALLONIA)).isEqualTo(CalendarParameters.bundled(WALLONIA));
            assertThat(LegalCalendar.bundled()).isSameAs(CALENDAR);
        }

        @Test
        void unknownRegionHasNoRuleInForce() {
            assertThatThrownBy(() -> CALENDAR.moratoriumOn(day(2024, 1, 1), Region.FLANDERS, PRIVATE, ACCEPTED))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("FLANDERS");
        }

        @Test
        void rejectsTwoParameterSetsForOneRegion() {
            assertThatThrownBy(() -> LegalCalendar.of(CalendarFixtures.PARAMETERS, CalendarFixtures.PARAMETERS))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("BRUSSELS_CAPITAL");
        }

        @Test
        void givesTheSameAnswersFromManyThreads() {
            List<LocalDate> days = day(2020, 1, 1).datesUntil(day(2026, 1, 1)).toList();
            List<LocalDate> sequential = days.stream()
                    .map(d -> CALENDAR.earliestExecution(d, BRUSSELS_CAPITAL, SOCIAL, ACCEPTED)
                            .on())
                    .toList();
            List<LocalDate> parallel = days.parallelStream()
                    .map(d -> CALENDAR.earliestExecution(d, BRUSSELS_CAPITAL, SOCIAL, ACCEPTED)
                            .on())
                    .toList();
            assertThat(parallel).isEqualTo(sequential);
        }

        @Test
        void toStringNamesTheRegions() {
            assertThat(CALENDAR.toString()).contains("WALLONIA").contains("BRUSSELS_CAPITAL");
        }

        @Test
        void nullPointers() {
            CalendarFixtures.nullPointerTester().testAllPublicStaticMethods(LegalCalendar.class);
            CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(CALENDAR);
        }
    }
}
