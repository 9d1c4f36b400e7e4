package be.accompaniment.passerelle;

import static be.accompaniment.passerelle.PasserelleStatus.ACCEPTED;
import static be.accompaniment.passerelle.PasserelleStatus.CANCELLED;
import static be.accompaniment.passerelle.PasserelleStatus.COMPLETED;
import static be.accompaniment.passerelle.PasserelleStatus.DRAFT;
import static be.accompaniment.passerelle.PasserelleStatus.FAILED;
import static be.accompaniment.passerelle.PasserelleStatus.IN_PROGRESS;
import static be.accompaniment.passerelle.PasserelleStatus.ON_HOLD;
import static be.accompaniment.passerelle.PasserelleStatus.REJECTED;
import static be.accompaniment.passerelle.PasserelleStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasserelleStatusTest {
    @Nested
    class FhirCode {
        @Test
        void areTheNineFhirTaskCodesInOrder() {
            assertThat(PasserelleStatus.values())
                    .extracting(PasserelleStatus::fhirCode)
                    .containsExactly(
                            "draft",
                            "requested",
                            "accepted",
                            "rejected",
                            "in-progress",
                            "on-hold",
                            "failed",
                            "completed",
                            "cancelled");
        }
    }

    @Nested
    class FromFhirCode {
        @Test
        void readsEveryCode() {
            assertThat(PasserelleStatus.fromFhirCode("in-progress")).isEqualTo(IN_PROGRESS);
            assertThat(PasserelleStatus.fromFhirCode("on-hold")).isEqualTo(ON_HOLD);
            assertThat(PasserelleStatus.fromFhirCode("cancelled")).isEqualTo(CANCELLED);
            for (PasserelleStatus s : PasserelleStatus.values()) {
                assertThat(PasserelleStatus.fromFhirCode(s.fhirCode())).isEqualTo(s);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"received", "ready", "entered-in-error", "IN_PROGRESS", "In-Progress", "canceled", ""})
        void refusesCodesWithoutAPasserelleStatus(String code) {
            assertThatThrownBy(() -> PasserelleStatus.fromFhirCode(code))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("passerelle status: unknown FHIR task status \"" + code + "\"")
                    .hasMessageContaining("[draft, requested, accepted, rejected, in-progress, on-hold, failed,"
                            + " completed, cancelled]");
        }

        @Test
        void refusesNull() {
            new NullPointerTester().testAllPublicStaticMethods(PasserelleStatus.class);
        }
    }

    @Nested
    class NextStatuses {
        @Test
        void followTheFhirTaskStateMachine() {
            assertThat(DRAFT.nextStatuses()).containsExactly(REQUESTED, CANCELLED);
            assertThat(REQUESTED.nextStatuses()).containsExactly(ACCEPTED, REJECTED, CANCELLED);
            assertThat(ACCEPTED.nextStatuses()).containsExactly(IN_PROGRESS, ON_HOLD, CANCELLED);
            assertThat(IN_PROGRESS.nextStatuses()).containsExactly(ON_HOLD, FAILED, COMPLETED, CANCELLED);
            assertThat(ON_HOLD.nextStatuses()).containsExactly(IN_PROGRESS, FAILED, CANCELLED);
        }

        @Test
        void areEmptyExactlyForTheTerminalStatuses() {
            assertThat(PasserelleStatus.values())
                    .filteredOn(PasserelleStatus::isTerminal)
                    .containsExactly(REJECTED, FAILED, COMPLETED, CANCELLED);
            for (PasserelleStatus s : PasserelleStatus.values()) {
                assertThat(s.nextStatuses().isEmpty()).isEqualTo(s.isTerminal());
            }
        }

        @Test
        void cannotBeChanged() {
            assertThatThrownBy(() -> DRAFT.nextStatuses().add(COMPLETED))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void nothingLeadsBackToDraft() {
            for (PasserelleStatus s : PasserelleStatus.values()) {
                assertThat(s.canMoveTo(DRAFT)).isFalse();
            }
        }
    }

    @Nested
    class CanMoveTo {
        @Test
        void agreesWithNextStatuses() {
            for (PasserelleStatus from : PasserelleStatus.values()) {
                for (PasserelleStatus to : PasserelleStatus.values()) {
                    assertThat(from.canMoveTo(to)).isEqualTo(from.nextStatuses().contains(to));
                }
            }
        }

        @Test
        void refusesNull() {
            assertThatThrownBy(() -> DRAFT.canMoveTo(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class IsTakenUp {
        @Test
        void holdsForAcceptedAndTheStatusesReachedThroughIt() {
            assertThat(PasserelleStatus.values())
                    .filteredOn(PasserelleStatus::isTakenUp)
                    .containsExactly(ACCEPTED, IN_PROGRESS, ON_HOLD, FAILED, COMPLETED);
        }
    }
}
