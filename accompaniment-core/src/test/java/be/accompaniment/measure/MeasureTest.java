package be.accompaniment.measure;

import static be.accompaniment.measure.MeasureStatus.ABANDONED;
import static be.accompaniment.measure.MeasureStatus.ACTIVE;
import static be.accompaniment.measure.MeasureStatus.COMPLETED;
import static be.accompaniment.measure.MeasureStatus.PLANNED;
import static be.accompaniment.measure.MeasureStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.PathwayException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.situation.SituationKind;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeasureTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final MeasureId ID = MeasureId.of("m-1");
    private static final ActorId CPAS = ActorId.of("cpas-esneux");
    private static final HouseholdId HOUSEHOLD = HouseholdId.of("h-9");

    private static Measure planned() {
        return Measure.planned(ID, MeasureKind.BUDGET_GUIDANCE, CPAS, HOUSEHOLD, MARCH_1);
    }

    private static Measure.Builder base() {
        return Measure.builder()
                .id(ID)
                .kind(MeasureKind.BUDGET_GUIDANCE)
                .provider(CPAS)
                .household(HOUSEHOLD)
                .plannedOn(MARCH_1);
    }

    @Nested
    class Planned {
        @Test
        void isPlannedWithoutStartOrEnd() {
            Measure m = planned();
            assertThat(m.status()).isEqualTo(PLANNED);
            assertThat(m.plannedOn()).isEqualTo(MARCH_1);
            assertThat(m.startedOn()).isEmpty();
            assertThat(m.endedOn()).isEmpty();
            assertThat(m.situation()).isEmpty();
            assertThat(m.statusSince()).isEqualTo(MARCH_1);
        }

        @Test
        void isCollectiveWhenItsKindIs() {
            assertThat(planned().collective()).isFalse();
            Measure collective =
                    Measure.planned(ID, MeasureKind.COLLECTIVE_ENERGY_RENOVATION, CPAS, HOUSEHOLD, MARCH_1);
            assertThat(collective.collective()).isTrue();
        }

        @Test
        void anIndividualKindMayBeRunCollectively() {
            Measure m = base().status(PLANNED).collective(true).build();
            assertThat(m.collective()).isTrue();
        }
    }

    @Nested
    class MoveTo {
        @Test
        void startingSetsTheStartDay() {
            Measure m = planned().moveTo(ACTIVE, MARCH_1.plusDays(7));
            assertThat(m.status()).isEqualTo(ACTIVE);
            assertThat(m.startedOn()).contains(MARCH_1.plusDays(7));
            assertThat(m.statusSince()).isEqualTo(MARCH_1.plusDays(7));
            assertThat(m.endedOn()).isEmpty();
        }

        @Test
        void suspendingAndResumingKeepsTheStartDay() {
            Measure m = planned()
                    .moveTo(ACTIVE, MARCH_1.plusDays(7))
                    .moveTo(SUSPENDED, MARCH_1.plusDays(20))
                    .moveTo(ACTIVE, MARCH_1.plusDays(40));
            assertThat(m.startedOn()).contains(MARCH_1.plusDays(7));
            assertThat(m.statusSince()).isEqualTo(MARCH_1.plusDays(40));
            assertThat(m.status()).isEqualTo(ACTIVE);
        }

        @Test
        void completingSetsTheEndDay() {
            Measure m = planned().moveTo(ACTIVE, MARCH_1).moveTo(COMPLETED, MARCH_1.plusDays(90));
            assertThat(m.endedOn()).contains(MARCH_1.plusDays(90));
            assertThat(m.statusSince()).isEqualTo(MARCH_1.plusDays(90));
            assertThat(m.status().isTerminal()).isTrue();
        }

        @Test
        void abandoningBeforeTheStartLeavesNoStartDay() {
            Measure m = planned().moveTo(ABANDONED, MARCH_1.plusDays(3));
            assertThat(m.startedOn()).isEmpty();
            assertThat(m.endedOn()).contains(MARCH_1.plusDays(3));
        }

        @Test
        void leavesTheOriginalUnchanged() {
            Measure m = planned();
            m.moveTo(ACTIVE, MARCH_1.plusDays(1));
            assertThat(m.status()).isEqualTo(PLANNED);
        }

        @Test
        void refusesAMoveNotAllowedNamingTheAllowedOnes() {
            assertThatThrownBy(() -> planned().moveTo(COMPLETED, MARCH_1))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("measure m-1: cannot move from PLANNED to COMPLETED (allowed: ACTIVE, ABANDONED)");
        }

        @Test
        void refusesEveryMoveFromAnEndedMeasure() {
            Measure ended = planned().moveTo(ABANDONED, MARCH_1);
            assertThatThrownBy(() -> ended.moveTo(ACTIVE, MARCH_1))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("measure m-1: cannot move from ABANDONED to ACTIVE (allowed: none)");
        }

        @Test
        void refusesADayBeforeTheCurrentStatusBegan() {
            Measure suspended = planned().moveTo(ACTIVE, MARCH_1).moveTo(SUSPENDED, MARCH_1.plusDays(10));
            assertThatThrownBy(() -> suspended.moveTo(ACTIVE, MARCH_1.plusDays(9)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("measure m-1: cannot move to ACTIVE on 2024-03-10, before its SUSPENDED status began"
                            + " on 2024-03-11");
        }
    }

    @Nested
    class Check {
        @Test
        void activeNeedsAStartDay() {
            assertThatThrownBy(() -> base().status(ACTIVE).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: startedOn: must be present when status is ACTIVE");
        }

        @Test
        void plannedHasNoStartDay() {
            assertThatThrownBy(() -> base().status(PLANNED).startedOn(MARCH_1).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: startedOn: must be absent when status is PLANNED, was 2024-03-01");
        }

        @Test
        void completedNeedsAnEndDay() {
            assertThatThrownBy(() -> base().status(COMPLETED).startedOn(MARCH_1).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: endedOn: must be present when status is COMPLETED");
        }

        @Test
        void activeHasNoEndDay() {
            assertThatThrownBy(() -> base().status(ACTIVE)
                            .startedOn(MARCH_1)
                            .endedOn(MARCH_1.plusDays(2))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: endedOn: must be absent when status is ACTIVE, was 2024-03-03");
        }

        @Test
        void startsOnOrAfterItWasPlanned() {
            assertThatThrownBy(() -> base().status(ACTIVE)
                            .startedOn(MARCH_1.minusDays(1))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: startedOn: must not be before plannedOn 2024-03-01, was 2024-02-29");
        }

        @Test
        void endsOnOrAfterItWasPlanned() {
            assertThatThrownBy(() -> base().status(ABANDONED)
                            .endedOn(MARCH_1.minusDays(2))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: endedOn: must not be before plannedOn 2024-03-01, was 2024-02-28");
        }

        @Test
        void endsOnOrAfterItStarted() {
            assertThatThrownBy(() -> base().status(COMPLETED)
                            .startedOn(MARCH_1.plusDays(10))
                            .endedOn(MARCH_1.plusDays(5))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: endedOn: must not be before startedOn 2024-03-11, was 2024-03-06");
        }

        @Test
        void anEndedMeasureHasItsStatusSinceItsEnd() {
            assertThatThrownBy(() -> base().status(COMPLETED)
                            .startedOn(MARCH_1)
                            .endedOn(MARCH_1.plusDays(5))
                            .statusSince(MARCH_1.plusDays(6))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: statusSince: must equal endedOn 2024-03-06 when status is COMPLETED,"
                            + " was 2024-03-07");
        }

        @Test
        void theStatusBeginsOnOrAfterTheStart() {
            assertThatThrownBy(() -> base().status(SUSPENDED)
                            .startedOn(MARCH_1.plusDays(5))
                            .statusSince(MARCH_1.plusDays(4))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: statusSince: must not be before startedOn 2024-03-06, was 2024-03-05");
        }

        @Test
        void theStatusOfAPlannedMeasureBeginsOnOrAfterItWasPlanned() {
            assertThatThrownBy(() -> base().status(PLANNED)
                            .statusSince(MARCH_1.minusDays(1))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: statusSince: must not be before plannedOn 2024-03-01, was 2024-02-29");
        }

        @Test
        void aCollectiveKindIsCollective() {
            assertThatThrownBy(() -> base().kind(MeasureKind.COLLECTIVE_ACCOMPANIMENT)
                            .status(PLANNED)
                            .collective(false)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: collective: must be true for the collective kind"
                            + " COLLECTIVE_ACCOMPANIMENT, was false");
        }
    }

    @Test
    void equalsByAllAttributes() {
        new EqualsTester()
                .addEqualityGroup(planned(), planned())
                .addEqualityGroup(planned().moveTo(ACTIVE, MARCH_1))
                .addEqualityGroup(base().status(PLANNED)
                        .situation(SituationKind.EVICTION_THREAT)
                        .build())
                .addEqualityGroup(Measure.planned(ID, MeasureKind.DEBT_MEDIATION, CPAS, HOUSEHOLD, MARCH_1))
                .addEqualityGroup(base().status(PLANNED).collective(true).build())
                .testEquals();
    }

    @Test
    void refusesNulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(MeasureId.class, ID)
                .setDefault(ActorId.class, CPAS)
                .setDefault(HouseholdId.class, HOUSEHOLD)
                .setDefault(LocalDate.class, MARCH_1);
        tester.testAllPublicStaticMethods(Measure.class);
        tester.testAllPublicInstanceMethods(Measure.builder());
        tester.testAllPublicInstanceMethods(planned());
    }

    @Test
    void readsAndWritesJson() {
        Measure m = base().situation(SituationKind.EVICTION_THREAT)
                .status(PLANNED)
                .build()
                .moveTo(ACTIVE, MARCH_1.plusDays(7));
        String json = AccompanimentJson.write(m);
        assertThat(json)
                .isEqualTo("{\"id\":\"m-1\",\"kind\":\"BUDGET_GUIDANCE\",\"provider\":\"cpas-esneux\","
                        + "\"household\":\"h-9\",\"situation\":\"EVICTION_THREAT\",\"plannedOn\":\"2024-03-01\","
                        + "\"startedOn\":\"2024-03-08\",\"status\":\"ACTIVE\",\"statusSince\":\"2024-03-08\","
                        + "\"collective\":false}");
        assertThat(AccompanimentJson.read(json, Measure.class)).isEqualTo(m);
    }

    @Test
    void readsJsonWithoutDefaults() {
        Measure m = AccompanimentJson.read(
                "{\"id\":\"m-1\",\"kind\":\"COLLECTIVE_ACCOMPANIMENT\",\"provider\":\"pcs-ath\","
                        + "\"household\":\"h-9\",\"plannedOn\":\"2024-03-01\",\"status\":\"PLANNED\"}",
                Measure.class);
        assertThat(m.collective()).isTrue();
        assertThat(m.statusSince()).isEqualTo(MARCH_1);
    }

    @Test
    void namesTheFieldOfABadJsonValue() {
        assertThatThrownBy(() -> AccompanimentJson.read(
                        "{\"id\":\"m-1\",\"kind\":\"BUDGET_GUIDANCE\",\"provider\":\"cpas-esneux\","
                                + "\"household\":\"h-9\",\"plannedOn\":\"2024-03-01\",\"status\":\"ACTIVE\"}",
                        Measure.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("measure m-1: startedOn: must be present when status is ACTIVE");
    }
}
