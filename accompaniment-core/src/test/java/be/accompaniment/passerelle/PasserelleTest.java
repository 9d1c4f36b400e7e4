package be.accompaniment.passerelle;

import static be.accompaniment.passerelle.PasserelleStatus.ACCEPTED;
import static be.accompaniment.passerelle.PasserelleStatus.CANCELLED;
import static be.accompaniment.passerelle.PasserelleStatus.DRAFT;
import static be.accompaniment.passerelle.PasserelleStatus.IN_PROGRESS;
import static be.accompaniment.passerelle.PasserelleStatus.REJECTED;
import static be.accompaniment.passerelle.PasserelleStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.PathwayException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.SituationKind;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PasserelleTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final PasserelleId ID = PasserelleId.of("p-12");
    private static final HouseholdId HOUSEHOLD = HouseholdId.of("h-9");
    private static final ActorId CPAS = ActorId.of("cpas-anderlecht");
    private static final ActorId AIS = ActorId.of("ais-quartiers");

    private static Passerelle requested() {
        return Passerelle.requested(
                ID,
                HOUSEHOLD,
                SituationKind.EVICTION_THREAT,
                CPAS,
                AIS,
                ActorKind.AIS,
                MeasureKind.AIS_RENTAL,
                ConsentStatus.GIVEN,
                MARCH_1);
    }

    private static Passerelle draft(ConsentStatus consent) {
        return Passerelle.draft(
                ID,
                HOUSEHOLD,
                SituationKind.EVICTION_THREAT,
                CPAS,
                AIS,
                ActorKind.AIS,
                MeasureKind.AIS_RENTAL,
                consent,
                MARCH_1);
    }

    private static Passerelle.Builder base() {
        return Passerelle.builder().from(requested()).history(java.util.List.of());
    }

    @Nested
    class Requested {
        @Test
        void isRequestedOnItsCreationDayWithoutHistory() {
            Passerelle p = requested();
            assertThat(p.status()).isEqualTo(REQUESTED);
            assertThat(p.initialStatus()).isEqualTo(REQUESTED);
            assertThat(p.createdOn()).isEqualTo(MARCH_1);
            assertThat(p.lastChangedOn()).isEqualTo(MARCH_1);
            assertThat(p.history()).isEmpty();
            assertThat(p.isOpen()).isTrue();
            assertThat(p.wasTakenUp()).isFalse();
            assertThat(p.referrer()).isEqualTo(CPAS);
            assertThat(p.receiver()).isEqualTo(AIS);
            assertThat(p.receiverKind()).isEqualTo(ActorKind.AIS);
            assertThat(p.measure()).isEqualTo(MeasureKind.AIS_RENTAL);
            assertThat(p.situation()).isEqualTo(SituationKind.EVICTION_THREAT);
            assertThat(p.household()).isEqualTo(HOUSEHOLD);
        }

        @Test
        void refusesMissingConsent() {
            assertThatThrownBy(() -> Passerelle.requested(
                            ID,
                            HOUSEHOLD,
                            SituationKind.EVICTION_THREAT,
                            CPAS,
                            AIS,
                            ActorKind.AIS,
                            MeasureKind.AIS_RENTAL,
                            ConsentStatus.MISSING,
                            MARCH_1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: status: must stay draft (or be cancelled) while consent is"
                            + " missing, was requested");
        }
    }

    @Nested
    class Draft {
        @Test
        void isADraftEvenWithoutConsent() {
            Passerelle p = draft(ConsentStatus.MISSING);
            assertThat(p.status()).isEqualTo(DRAFT);
            assertThat(p.consent()).isEqualTo(ConsentStatus.MISSING);
        }

        @Test
        void isSentOnceConsentIsGiven() {
            Passerelle p = draft(ConsentStatus.MISSING);
            Passerelle consented =
                    Passerelle.builder().from(p).consent(ConsentStatus.GIVEN).build();
            Passerelle sent = consented.transition(REQUESTED, MARCH_1.plusDays(2));
            assertThat(sent.status()).isEqualTo(REQUESTED);
            assertThat(sent.initialStatus()).isEqualTo(DRAFT);
        }
    }

    @Nested
    class Transition {
        @Test
        void recordsEachStepInTheHistory() {
            Passerelle p = requested()
                    .transition(ACCEPTED, MARCH_1.plusDays(4))
                    .transition(IN_PROGRESS, MARCH_1.plusDays(10))
                    .transition(PasserelleStatus.COMPLETED, MARCH_1.plusDays(90), StatusReason.NEED_MET);
            assertThat(p.status()).isEqualTo(PasserelleStatus.COMPLETED);
            assertThat(p.history())
                    .containsExactly(
                            StatusChange.of(REQUESTED, ACCEPTED, MARCH_1.plusDays(4)),
                            StatusChange.of(ACCEPTED, IN_PROGRESS, MARCH_1.plusDays(10)),
                            StatusChange.of(
                                    IN_PROGRESS,
                                    PasserelleStatus.COMPLETED,
                                    MARCH_1.plusDays(90),
                                    StatusReason.NEED_MET));
            assertThat(p.lastChangedOn()).isEqualTo(MARCH_1.plusDays(90));
            assertThat(p.isOpen()).isFalse();
            assertThat(p.wasTakenUp()).isTrue();
        }

        @Test
        void aCancellationAfterAcceptanceStillCountsAsTakenUp() {
            Passerelle p = requested().transition(ACCEPTED, MARCH_1).transition(CANCELLED, MARCH_1);
            assertThat(p.wasTakenUp()).isTrue();
            assertThat(requested().transition(CANCELLED, MARCH_1).wasTakenUp()).isFalse();
        }

        @Test
        void allowsStepsOnTheSameDay() {
            Passerelle p = requested().transition(ACCEPTED, MARCH_1).transition(IN_PROGRESS, MARCH_1);
            assertThat(p.status()).isEqualTo(IN_PROGRESS);
        }

        @Test
        void leavesTheOriginalUnchanged() {
            Passerelle p = requested();
            p.transition(REJECTED, MARCH_1.plusDays(1));
            assertThat(p.status()).isEqualTo(REQUESTED);
            assertThat(p.history()).isEmpty();
        }

        @Test
        void refusesToLeaveATerminalStatus() {
            Passerelle rejected = requested().transition(REJECTED, MARCH_1.plusDays(4), StatusReason.NO_CAPACITY);
            assertThatThrownBy(() -> rejected.transition(ACCEPTED, MARCH_1.plusDays(5)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("passerelle p-12: cannot move from rejected to accepted (allowed: none)");
        }

        @Test
        void refusesAStepNotAllowedNamingTheAllowedOnes() {
            assertThatThrownBy(() -> requested().transition(IN_PROGRESS, MARCH_1))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("passerelle p-12: cannot move from requested to in-progress"
                            + " (allowed: accepted, rejected, cancelled)");
        }

        @Test
        void refusesToAcceptAPasserelleCreatedAsRequestedWithoutConsent() {
            assertThatThrownBy(() -> Passerelle.builder()
                            .from(requested())
                            .consent(ConsentStatus.MISSING)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: status: must stay draft (or be cancelled) while consent is"
                            + " missing, was requested");
        }

        @Test
        void refusesToSendWhileConsentIsMissing() {
            Passerelle p = draft(ConsentStatus.MISSING);
            assertThatThrownBy(() -> p.transition(REQUESTED, MARCH_1))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("passerelle p-12: cannot move from draft to requested: the household's consent to"
                            + " share its data is missing");
        }

        @Test
        void allowsCancellingADraftWithoutConsent() {
            Passerelle p = draft(ConsentStatus.MISSING).transition(CANCELLED, MARCH_1, StatusReason.HOUSEHOLD_DECLINED);
            assertThat(p.status()).isEqualTo(CANCELLED);
        }

        @Test
        void sendsWhenConsentIsNotRequired() {
            assertThat(draft(ConsentStatus.NOT_REQUIRED)
                            .transition(REQUESTED, MARCH_1)
                            .status())
                    .isEqualTo(REQUESTED);
        }

        @Test
        void refusesADayBeforeTheLastChange() {
            Passerelle accepted = requested().transition(ACCEPTED, MARCH_1.plusDays(4));
            assertThatThrownBy(() -> accepted.transition(IN_PROGRESS, MARCH_1.plusDays(3)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("passerelle p-12: cannot move to in-progress on 2024-03-04, before its last change"
                            + " on 2024-03-05");
            assertThatThrownBy(() -> requested().transition(ACCEPTED, MARCH_1.minusDays(1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessageContaining("before its last change on 2024-03-01");
        }
    }

    @Nested
    class Check {
        @Test
        void theTwoActorsDiffer() {
            assertThatThrownBy(() -> base().receiver(CPAS).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: receiver: must differ from the referrer, was cpas-anderlecht");
        }

        @Test
        void startsAsDraftOrRequested() {
            assertThatThrownBy(() -> base().status(ACCEPTED).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: status: must be draft or requested at creation, was accepted");
            assertThatThrownBy(() -> base().status(IN_PROGRESS)
                            .addHistory(StatusChange.of(ACCEPTED, IN_PROGRESS, MARCH_1))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: history[0].from: must be draft or requested at creation,"
                            + " was accepted");
        }

        @Test
        void eachStepStartsWhereThePreviousEnded() {
            assertThatThrownBy(() -> base().status(REJECTED)
                            .addHistory(StatusChange.of(REQUESTED, ACCEPTED, MARCH_1))
                            .addHistory(StatusChange.of(REQUESTED, REJECTED, MARCH_1))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: history[1].from: must be the status reached before, accepted,"
                            + " was requested");
        }

        @Test
        void stepsAreNotBeforeCreation() {
            assertThatThrownBy(() -> base().status(ACCEPTED)
                            .addHistory(StatusChange.of(REQUESTED, ACCEPTED, MARCH_1.minusDays(2)))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: history[0].on: must not be before createdOn 2024-03-01,"
                            + " was 2024-02-28");
        }

        @Test
        void stepDaysDoNotGoBack() {
            assertThatThrownBy(() -> base().status(IN_PROGRESS)
                            .addHistory(StatusChange.of(REQUESTED, ACCEPTED, MARCH_1.plusDays(5)))
                            .addHistory(StatusChange.of(ACCEPTED, IN_PROGRESS, MARCH_1.plusDays(4)))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: history[1].on: must not be before history[0].on 2024-03-06,"
                            + " was 2024-03-05");
        }

        @Test
        void theStatusIsTheOneTheHistoryReached() {
            assertThatThrownBy(() -> base().status(ACCEPTED)
                            .addHistory(StatusChange.of(REQUESTED, REJECTED, MARCH_1))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: status: must be the status reached by the history, rejected,"
                            + " was accepted");
        }

        @Test
        void aPasserelleWithoutConsentNeverLeftTheDraft() {
            assertThatThrownBy(() -> Passerelle.builder()
                            .from(draft(ConsentStatus.MISSING))
                            .status(CANCELLED)
                            .addHistory(StatusChange.of(DRAFT, REQUESTED, MARCH_1))
                            .addHistory(StatusChange.of(REQUESTED, CANCELLED, MARCH_1))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: history[0].to: must stay draft (or be cancelled) while consent"
                            + " is missing, was requested");
        }
    }

    @Test
    void equalsByAllAttributes() {
        new EqualsTester()
                .addEqualityGroup(requested(), requested())
                .addEqualityGroup(requested().transition(ACCEPTED, MARCH_1))
                .addEqualityGroup(requested().transition(ACCEPTED, MARCH_1.plusDays(1)))
                .addEqualityGroup(draft(ConsentStatus.GIVEN))
                .addEqualityGroup(draft(ConsentStatus.MISSING))
                .addEqualityGroup(base().receiverKind(ActorKind.APL).build())
                .addEqualityGroup(base().measure(MeasureKind.HOUSING_SEARCH).build())
                .testEquals();
    }

    @Test
    void refusesNulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(PasserelleId.class, ID)
                .setDefault(HouseholdId.class, HOUSEHOLD)
                .setDefault(ActorId.class, CPAS)
                .setDefault(LocalDate.class, MARCH_1);
        tester.testAllPublicStaticMethods(Passerelle.class);
        tester.testAllPublicInstanceMethods(Passerelle.builder());
        tester.testAllPublicInstanceMethods(requested());
    }

    @Test
    void readsAndWritesJson() {
        Passerelle p = requested().transition(REJECTED, MARCH_1.plusDays(4), StatusReason.NO_CAPACITY);
        String json = AccompanimentJson.write(p);
        assertThat(json)
                .isEqualTo("{\"id\":\"p-12\",\"household\":\"h-9\",\"situation\":\"EVICTION_THREAT\","
                        + "\"referrer\":\"cpas-anderlecht\",\"receiver\":\"ais-quartiers\",\"receiverKind\":\"AIS\","
                        + "\"measure\":\"AIS_RENTAL\",\"consent\":\"GIVEN\",\"createdOn\":\"2024-03-01\","
                        + "\"status\":\"REJECTED\",\"history\":[{\"from\":\"REQUESTED\",\"to\":\"REJECTED\","
                        + "\"on\":\"2024-03-05\",\"reason\":\"NO_CAPACITY\"}]}");
        assertThat(AccompanimentJson.read(json, Passerelle.class)).isEqualTo(p);
    }

    @Test
    void namesThePlaceOfAnInconsistentJsonHistory() {
        String json = "{\"id\":\"p-12\",\"household\":\"h-9\",\"situation\":\"EVICTION_THREAT\","
                + "\"referrer\":\"cpas-anderlecht\",\"receiver\":\"ais-quartiers\",\"receiverKind\":\"AIS\","
                + "\"measure\":\"AIS_RENTAL\",\"consent\":\"GIVEN\",\"createdOn\":\"2024-03-01\","
                + "\"status\":\"ACCEPTED\",\"history\":[]}";
        assertThatThrownBy(() -> AccompanimentJson.read(json, Passerelle.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("passerelle p-12: status: must be draft or requested at creation, was accepted");
    }

    @Test
    void toStringHoldsIdsAndCodesOnly() {
        assertThat(requested().toString())
                .contains("p-12", "h-9", "cpas-anderlecht", "REQUESTED")
                .doesNotContainPattern("[0-9]{11}");
    }
}
