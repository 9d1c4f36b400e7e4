package be.accompaniment.situation;

import static be.accompaniment.situation.Fixtures.D;
import static be.accompaniment.situation.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.Region;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InsalubrityTest {
    private static final String WHAT = "insalubrity opened 2024-02-01";

    private static Insalubrity.Builder wallonia() {
        return Insalubrity.builder().openedOn(D).region(Region.WALLONIA);
    }

    private static Insalubrity.Builder brussels() {
        return Insalubrity.builder().openedOn(D).region(Region.BRUSSELS_CAPITAL);
    }

    private static Insalubrity.Builder surveyed(Insalubrity.Builder b) {
        return b.surveyRequestedOn(D).surveyedOn(D.plusDays(30));
    }

    @Nested
    class Stage {
        @Test
        void isReportedBeforeAnySurveyIsRequested() {
            assertThat(wallonia().build().stage()).isEqualTo(InsalubrityStage.REPORTED);
            assertThat(wallonia().surveyRequestedOn(D).build().stage()).isEqualTo(InsalubrityStage.SURVEY_REQUESTED);
        }

        @Test
        void isSurveyedByDateOrByOutcome() {
            assertThat(surveyed(wallonia()).build().stage()).isEqualTo(InsalubrityStage.SURVEYED);
            assertThat(wallonia()
                            .walloonOutcome(WalloonSurveyOutcome.SALUBRE)
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.SURVEYED);
            assertThat(brussels()
                            .brusselsOutcome(BrusselsInspectionOutcome.CONFORME)
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.SURVEYED);
        }

        @Test
        void isWorksOrderedByDateByWalloonDecisionOrByBrusselsNotice() {
            assertThat(surveyed(wallonia())
                            .worksOrderedOn(D.plusDays(40))
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.WORKS_ORDERED);
            assertThat(wallonia()
                            .addWalloonDecisions(WalloonDecision.WORKS_ORDER)
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.WORKS_ORDERED);
            assertThat(brussels()
                            .brusselsOutcome(BrusselsInspectionOutcome.MISE_EN_DEMEURE)
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.WORKS_ORDERED);
        }

        @Test
        void isLettingBanByDateByPermitWithdrawalOrByBrusselsBan() {
            assertThat(surveyed(brussels()).lettingBanOn(D.plusDays(40)).build().stage())
                    .isEqualTo(InsalubrityStage.LETTING_BAN);
            assertThat(wallonia()
                            .addWalloonDecisions(WalloonDecision.LETTING_PERMIT_WITHDRAWN)
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.LETTING_BAN);
            assertThat(brussels()
                            .brusselsOutcome(BrusselsInspectionOutcome.INTERDICTION_IMMEDIATE)
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.LETTING_BAN);
            assertThat(brussels()
                            .brusselsOutcome(BrusselsInspectionOutcome.INTERDICTION_LOCATION)
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.LETTING_BAN);
        }

        @Test
        void isDecreeByDateOrByDecreeOrDemolitionDecision() {
            assertThat(surveyed(wallonia()).decreeOn(D.plusDays(40)).build().stage())
                    .isEqualTo(InsalubrityStage.UNINHABITABILITY_DECREE);
            assertThat(wallonia()
                            .addWalloonDecisions(WalloonDecision.DEMOLITION)
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.UNINHABITABILITY_DECREE);
            assertThat(wallonia()
                            .addWalloonDecisions(WalloonDecision.UNINHABITABILITY_DECREE, WalloonDecision.WORKS_ORDER)
                            .build()
                            .stage())
                    .isEqualTo(InsalubrityStage.UNINHABITABILITY_DECREE);
        }

        @Test
        void endsWithWorksCompletedOrRelocation() {
            Insalubrity.Builder ordered = surveyed(wallonia()).worksOrderedOn(D.plusDays(40));
            assertThat(ordered.worksCompletedOn(D.plusDays(200)).build().stage())
                    .isEqualTo(InsalubrityStage.WORKS_COMPLETED);
            assertThat(ordered.relocatedOn(D.plusDays(210)).build().stage()).isEqualTo(InsalubrityStage.RELOCATED);
        }
    }

    @Nested
    class Outcomes {
        @Test
        void listsSurveyOutcomeFindingsAndDecisions() {
            Insalubrity i = wallonia()
                    .walloonOutcome(WalloonSurveyOutcome.NON_AMELIORABLE)
                    .uninhabitable(true)
                    .overcrowded(true)
                    .addWalloonDecisions(WalloonDecision.UNINHABITABILITY_DECREE)
                    .build();
            assertThat(i.outcomes())
                    .containsExactly(
                            WalloonSurveyOutcome.NON_AMELIORABLE,
                            InsalubrityFinding.UNINHABITABLE,
                            InsalubrityFinding.OVERCROWDED,
                            WalloonDecision.UNINHABITABILITY_DECREE);
        }

        @Test
        void listsTheBrusselsOutcome() {
            assertThat(brussels()
                            .brusselsOutcome(BrusselsInspectionOutcome.MISE_EN_DEMEURE)
                            .build()
                            .outcomes())
                    .containsExactly(BrusselsInspectionOutcome.MISE_EN_DEMEURE);
        }

        @Test
        void isEmptyBeforeTheSurvey() {
            assertThat(wallonia().build().outcomes()).isEmpty();
        }
    }

    @Nested
    class Ethos {
        @Test
        void anUnfitDwellingIs12_1() {
            assertThat(wallonia().build().ethos()).isEqualTo(EthosCategory.E12_1);
            assertThat(wallonia()
                            .walloonOutcome(WalloonSurveyOutcome.AMELIORABLE)
                            .overcrowded(true)
                            .build()
                            .ethos())
                    .isEqualTo(EthosCategory.E12_1);
            assertThat(brussels().overcrowded(true).lettingBanOn(D).build().ethos())
                    .isEqualTo(EthosCategory.E12_1);
        }

        @Test
        void overcrowdingAloneIs13_1() {
            assertThat(wallonia().overcrowded(true).build().ethos()).isEqualTo(EthosCategory.E13_1);
            assertThat(wallonia()
                            .walloonOutcome(WalloonSurveyOutcome.SALUBRE)
                            .overcrowded(true)
                            .build()
                            .ethos())
                    .isEqualTo(EthosCategory.E13_1);
            assertThat(brussels()
                            .brusselsOutcome(BrusselsInspectionOutcome.CONFORME)
                            .overcrowded(true)
                            .build()
                            .ethos())
                    .isEqualTo(EthosCategory.E13_1);
        }

        @Test
        void countsInNoEthosLightCategory() {
            assertThat(wallonia().build().ethosLight()).isEmpty();
            assertThat(wallonia().overcrowded(true).build().ethosLight()).isEmpty();
        }
    }

    @Nested
    class Validation {
        @Test
        void rejectsAWalloonOutcomeElsewhere() {
            assertInvalid(
                    () -> brussels()
                            .walloonOutcome(WalloonSurveyOutcome.AMELIORABLE)
                            .build(),
                    WHAT + ": walloonOutcome",
                    "is a Walloon survey outcome, but the region is BRUSSELS_CAPITAL, was AMELIORABLE");
        }

        @Test
        void rejectsWalloonDecisionsElsewhere() {
            assertInvalid(
                    () -> Insalubrity.builder()
                            .openedOn(D)
                            .region(Region.FLANDERS)
                            .addWalloonDecisions(WalloonDecision.DEMOLITION)
                            .build(),
                    WHAT + ": walloonDecisions",
                    "are Walloon decisions, but the region is FLANDERS, was [DEMOLITION]");
        }

        @Test
        void rejectsTheUninhabitableFindingElsewhere() {
            assertInvalid(
                    () -> brussels().uninhabitable(true).build(),
                    WHAT + ": uninhabitable",
                    "is a Walloon survey finding, but the region is BRUSSELS_CAPITAL, was true");
        }

        @Test
        void rejectsABrusselsOutcomeElsewhere() {
            assertInvalid(
                    () -> wallonia()
                            .brusselsOutcome(BrusselsInspectionOutcome.CONFORME)
                            .build(),
                    WHAT + ": brusselsOutcome",
                    "is a Brussels inspection outcome, but the region is WALLONIA, was CONFORME");
        }

        @Test
        void rejectsAnUninhabitableSalubriousDwelling() {
            assertInvalid(
                    () -> wallonia()
                            .walloonOutcome(WalloonSurveyOutcome.SALUBRE)
                            .uninhabitable(true)
                            .build(),
                    WHAT + ": uninhabitable",
                    "cannot be true for a dwelling surveyed SALUBRE, was true");
        }

        @Test
        void rejectsALettingBanOnACompliantDwelling() {
            assertInvalid(
                    () -> brussels()
                            .brusselsOutcome(BrusselsInspectionOutcome.CONFORME)
                            .lettingBanOn(D)
                            .build(),
                    WHAT + ": lettingBanOn",
                    "must be absent for a dwelling inspected CONFORME, was 2024-02-01");
        }

        @Test
        void acceptsAFlemishDwellingWithDatesAndFindingsOnly() {
            Insalubrity i = Insalubrity.builder()
                    .openedOn(D)
                    .region(Region.FLANDERS)
                    .overcrowded(true)
                    .surveyRequestedOn(D)
                    .decreeOn(D.plusDays(60))
                    .build();
            assertThat(i.stage()).isEqualTo(InsalubrityStage.UNINHABITABILITY_DECREE);
        }

        @Test
        void rejectsASurveyBeforeItsRequest() {
            assertInvalid(
                    () -> wallonia()
                            .surveyRequestedOn(D)
                            .surveyedOn(D.minusDays(1))
                            .build(),
                    WHAT + ": surveyedOn",
                    "must not be before surveyRequestedOn 2024-02-01, was 2024-01-31");
        }

        @Test
        void rejectsAWorksDeadlineBeforeTheOrder() {
            assertInvalid(
                    () -> surveyed(wallonia())
                            .worksOrderedOn(D.plusDays(40))
                            .worksDeadlineOn(D.plusDays(39))
                            .build(),
                    WHAT + ": worksDeadlineOn",
                    "must not be before worksOrderedOn 2024-03-12, was 2024-03-11");
        }

        @Test
        void rejectsWorksCompletedBeforeTheOrder() {
            assertInvalid(
                    () -> surveyed(wallonia())
                            .worksOrderedOn(D.plusDays(40))
                            .worksCompletedOn(D.plusDays(35))
                            .build(),
                    WHAT + ": worksCompletedOn",
                    "must not be before worksOrderedOn 2024-03-12, was 2024-03-07");
        }

        @Test
        void rejectsADecreeOrBanBeforeTheSurvey() {
            assertInvalid(
                    () -> surveyed(wallonia()).decreeOn(D.plusDays(29)).build(),
                    WHAT + ": decreeOn",
                    "must not be before surveyedOn 2024-03-02, was 2024-03-01");
            assertInvalid(
                    () -> surveyed(brussels()).lettingBanOn(D.plusDays(29)).build(),
                    WHAT + ": lettingBanOn",
                    "must not be before surveyedOn 2024-03-02, was 2024-03-01");
        }
    }

    @Test
    void writesItsRegionOutcomesAndDatesAsJson() {
        String json = AccompanimentJson.write(surveyed(wallonia())
                .walloonOutcome(WalloonSurveyOutcome.NON_AMELIORABLE)
                .uninhabitable(true)
                .addWalloonDecisions(WalloonDecision.UNINHABITABILITY_DECREE)
                .decreeOn(D.plusDays(45))
                .build());
        assertThat(json)
                .isEqualTo("{\"kind\":\"insalubrity\",\"openedOn\":\"2024-02-01\",\"region\":\"WALLONIA\","
                        + "\"walloonOutcome\":\"NON_AMELIORABLE\",\"uninhabitable\":true,\"overcrowded\":false,"
                        + "\"walloonDecisions\":[\"UNINHABITABILITY_DECREE\"],\"surveyRequestedOn\":\"2024-02-01\","
                        + "\"surveyedOn\":\"2024-03-02\",\"decreeOn\":\"2024-03-17\"}");
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(wallonia().build(), wallonia().build())
                .addEqualityGroup(brussels().build())
                .addEqualityGroup(wallonia().overcrowded(true).build())
                .addEqualityGroup(wallonia()
                        .addWalloonDecisions(WalloonDecision.WORKS_ORDER)
                        .build())
                .addEqualityGroup(surveyed(wallonia()).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(Insalubrity.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(Insalubrity.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(wallonia().build());
    }
}
