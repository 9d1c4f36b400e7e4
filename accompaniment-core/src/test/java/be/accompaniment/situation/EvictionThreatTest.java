package be.accompaniment.situation;

import static be.accompaniment.situation.Fixtures.D;
import static be.accompaniment.situation.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EvictionThreatTest {
    private static final String WHAT = "eviction threat opened 2024-02-01";

    private static EvictionThreat.Builder opened() {
        return EvictionThreat.builder().openedOn(D);
    }

    private static EvictionThreat.Builder filed() {
        return opened().demandOn(D).procedure(EvictionProcedure.REQUETE).filedOn(D.plusDays(40));
    }

    /** A threat that went through every step of the procedure, ten days apart. */
    private static EvictionThreat executed() {
        return filed().cpasNotifiedOn(D.plusDays(44))
                .hearingOn(D.plusDays(80))
                .judgmentOn(D.plusDays(90))
                .judgmentServedOn(D.plusDays(100))
                .executionNoticeOn(D.plusDays(140))
                .executionOn(D.plusDays(150))
                .executedOn(D.plusDays(150))
                .build();
    }

    @Nested
    class Stage {
        @Test
        void isDemandBeforeAnyClaim() {
            assertThat(opened().build().stage()).isEqualTo(EvictionStage.DEMAND);
            assertThat(opened().demandOn(D).build().stage()).isEqualTo(EvictionStage.DEMAND);
        }

        @Test
        void followsEachStepOfTheProcedure() {
            assertThat(filed().build().stage()).isEqualTo(EvictionStage.FILED);
            assertThat(filed().cpasNotifiedOn(D.plusDays(44)).build().stage()).isEqualTo(EvictionStage.CPAS_NOTIFIED);
            assertThat(filed().hearingOn(D.plusDays(80)).build().stage()).isEqualTo(EvictionStage.HEARING_SET);
            assertThat(filed().judgmentOn(D.plusDays(90)).build().stage()).isEqualTo(EvictionStage.JUDGMENT);
            assertThat(filed().judgmentServedOn(D.plusDays(100)).build().stage())
                    .isEqualTo(EvictionStage.SERVED);
            assertThat(filed().executionOn(D.plusDays(150)).build().stage())
                    .isEqualTo(EvictionStage.EXECUTION_SCHEDULED);
            assertThat(executed().stage()).isEqualTo(EvictionStage.EXECUTED);
        }

        @Test
        void aNoticeOfTheDateAloneSchedulesTheEviction() {
            assertThat(filed().executionNoticeOn(D.plusDays(140)).build().stage())
                    .isEqualTo(EvictionStage.EXECUTION_SCHEDULED);
        }

        @Test
        void settlementEndsTheThreatAtAnyStep() {
            assertThat(opened().settledOn(D).build().stage()).isEqualTo(EvictionStage.SETTLED);
            assertThat(EvictionThreat.builder()
                            .from(executed())
                            .settledOn(D.plusDays(200))
                            .build()
                            .stage())
                    .isEqualTo(EvictionStage.SETTLED);
        }

        @Test
        void belongsToTheEvictionKind() {
            assertThat(executed().stage().kind()).isEqualTo(SituationKind.EVICTION_THREAT);
            assertThat(executed().kind()).isEqualTo(SituationKind.EVICTION_THREAT);
        }
    }

    @Nested
    class Milestones {
        @Test
        void listsTheDatesRecordedInLegalOrderAfterOpened() {
            assertThat(executed().milestones().keySet())
                    .containsExactly(
                            Milestone.OPENED,
                            Milestone.DEMAND,
                            Milestone.FILING,
                            Milestone.CPAS_NOTIFICATION,
                            Milestone.HEARING,
                            Milestone.JUDGMENT,
                            Milestone.SERVICE_OF_JUDGMENT,
                            Milestone.EXECUTION_NOTICE,
                            Milestone.EXECUTION,
                            Milestone.EXECUTED);
            assertThat(executed().milestone(Milestone.HEARING)).contains(D.plusDays(80));
        }

        @Test
        void hasNoDateForAStepNotRecorded() {
            assertThat(filed().build().milestone(Milestone.HEARING)).isEmpty();
            assertThat(filed().build().daysUntil(Milestone.HEARING, D)).isEmpty();
        }

        @Test
        void countsDaysUntilAndSinceAMilestone() {
            EvictionThreat t = filed().hearingOn(D.plusDays(80)).build();
            assertThat(t.daysUntil(Milestone.HEARING, D.plusDays(70))).isEqualTo(OptionalLong.of(10));
            assertThat(t.daysUntil(Milestone.HEARING, D.plusDays(80))).isEqualTo(OptionalLong.of(0));
            assertThat(t.daysUntil(Milestone.HEARING, D.plusDays(83))).isEqualTo(OptionalLong.of(-3));
        }

        @Test
        void recordsOnlyMilestonesOfItsKind() {
            assertThat(SituationKind.EVICTION_THREAT.milestones())
                    .containsAll(executed().milestones().keySet());
        }
    }

    @Nested
    class Ethos {
        @Test
        void aRentedDwellingIsUnderThreatOfEviction() {
            assertThat(executed().ethos()).isEqualTo(EthosCategory.E9_1);
            assertThat(executed().ethosLight()).isEmpty();
        }

        @Test
        void anOwnerFacesRepossession() {
            assertThat(opened().repossession(true).build().ethos()).isEqualTo(EthosCategory.E9_2);
        }
    }

    @Nested
    class Validation {
        @Test
        void rejectsNegativeArrears() {
            assertInvalid(() -> opened().arrearsCents(-1).build(), WHAT + ": arrearsCents", "must be >= 0, was -1");
        }

        @Test
        void requiresTheProcedureOnceFiled() {
            assertInvalid(
                    () -> opened().filedOn(D).build(),
                    WHAT + ": procedure",
                    "must be given once filedOn is recorded, was absent");
        }

        @Test
        void acceptsAProcedureBeforeFiling() {
            assertThat(opened().procedure(EvictionProcedure.CITATION).build().stage())
                    .isEqualTo(EvictionStage.DEMAND);
        }

        @Test
        void rejectsACpasNotificationTheTenantObjectedTo() {
            assertInvalid(
                    () -> filed().tenantObjectedToCpasNotification(true)
                            .cpasNotifiedOn(D.plusDays(44))
                            .build(),
                    WHAT + ": cpasNotifiedOn",
                    "must be absent when the tenant objected to the notification, was 2024-03-16");
        }

        @Test
        void rejectsFilingBeforeTheDemand() {
            assertInvalid(
                    () -> filed().filedOn(D.minusDays(1)).build(),
                    WHAT + ": filedOn",
                    "must not be before demandOn 2024-02-01, was 2024-01-31");
        }

        @Test
        void rejectsAHearingBeforeFiling() {
            assertInvalid(
                    () -> filed().hearingOn(D.plusDays(39)).build(),
                    WHAT + ": hearingOn",
                    "must not be before filedOn 2024-03-12, was 2024-03-11");
        }

        @Test
        void rejectsEachLaterStepBeforeTheOneBefore() {
            LocalDate early = D.plusDays(41);
            assertInvalid(
                    () -> EvictionThreat.builder()
                            .from(executed())
                            .judgmentOn(D.plusDays(79))
                            .build(),
                    WHAT + ": judgmentOn",
                    "must not be before hearingOn 2024-04-21, was 2024-04-20");
            assertInvalid(
                    () -> EvictionThreat.builder()
                            .from(executed())
                            .judgmentServedOn(early)
                            .build(),
                    WHAT + ": judgmentServedOn",
                    "must not be before judgmentOn 2024-05-01, was 2024-03-13");
            assertInvalid(
                    () -> EvictionThreat.builder()
                            .from(executed())
                            .executionNoticeOn(early)
                            .build(),
                    WHAT + ": executionNoticeOn",
                    "must not be before judgmentServedOn 2024-05-11, was 2024-03-13");
            assertInvalid(
                    () -> EvictionThreat.builder()
                            .from(executed())
                            .executionOn(early)
                            .build(),
                    WHAT + ": executionOn",
                    "must not be before executionNoticeOn 2024-06-20, was 2024-03-13");
            assertInvalid(
                    () -> EvictionThreat.builder()
                            .from(executed())
                            .executedOn(early)
                            .build(),
                    WHAT + ": executedOn",
                    "must not be before executionOn 2024-06-30, was 2024-03-13");
        }

        @Test
        void comparesWithTheLatestStepRecordedWhenOnesBetweenAreMissing() {
            assertInvalid(
                    () -> filed().judgmentOn(D.plusDays(30)).build(),
                    WHAT + ": judgmentOn",
                    "must not be before filedOn 2024-03-12, was 2024-03-02");
        }

        @Test
        void rejectsACpasNotificationBeforeFiling() {
            assertInvalid(
                    () -> filed().cpasNotifiedOn(D.plusDays(39)).build(),
                    WHAT + ": cpasNotifiedOn",
                    "must not be before filedOn 2024-03-12, was 2024-03-11");
        }

        @Test
        void rejectsASettlementBeforeFiling() {
            assertInvalid(
                    () -> filed().settledOn(D.plusDays(39)).build(),
                    WHAT + ": settledOn",
                    "must not be before filedOn 2024-03-12, was 2024-03-11");
        }

        @Test
        void acceptsStepsOnTheSameDay() {
            EvictionThreat t = opened().demandOn(D)
                    .procedure(EvictionProcedure.COMPARUTION_VOLONTAIRE)
                    .filedOn(D)
                    .hearingOn(D)
                    .judgmentOn(D)
                    .build();
            assertThat(t.stage()).isEqualTo(EvictionStage.JUDGMENT);
        }

        @Test
        void acceptsASettlementBeforeAHearingThatWillNotTakePlace() {
            assertThat(filed().hearingOn(D.plusDays(80))
                            .settledOn(D.plusDays(60))
                            .build()
                            .stage())
                    .isEqualTo(EvictionStage.SETTLED);
        }
    }

    @Test
    void writesItsKindAndRecordedFieldsAsJson() {
        String json = AccompanimentJson.write(
                filed().hearingOn(D.plusDays(80)).arrearsCents(250_000).build());
        assertThat(json)
                .isEqualTo("{\"kind\":\"eviction-threat\",\"openedOn\":\"2024-02-01\",\"procedure\":\"REQUETE\","
                        + "\"demandOn\":\"2024-02-01\",\"filedOn\":\"2024-03-12\",\"hearingOn\":\"2024-04-21\","
                        + "\"tenantObjectedToCpasNotification\":false,\"arrearsCents\":250000,"
                        + "\"budgetGuidanceRefused\":false,\"repossession\":false}");
        assertThat(AccompanimentJson.read(json, Situation.class))
                .isEqualTo(AccompanimentJson.read(json, EvictionThreat.class));
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(executed(), executed())
                .addEqualityGroup(filed().build())
                .addEqualityGroup(filed().arrearsCents(1).build())
                .addEqualityGroup(filed().repossession(true).build())
                .addEqualityGroup(filed().procedure(EvictionProcedure.CITATION).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(EvictionThreat.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(EvictionThreat.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(executed());
    }
}
