package be.accompaniment.passerelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusChangeTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    @Test
    void holdsItsStep() {
        StatusChange c =
                StatusChange.of(PasserelleStatus.REQUESTED, PasserelleStatus.REJECTED, DAY, StatusReason.NO_CAPACITY);
        assertThat(c.from()).isEqualTo(PasserelleStatus.REQUESTED);
        assertThat(c.to()).isEqualTo(PasserelleStatus.REJECTED);
        assertThat(c.on()).isEqualTo(DAY);
        assertThat(c.reason()).contains(StatusReason.NO_CAPACITY);
        assertThat(StatusChange.of(PasserelleStatus.REQUESTED, PasserelleStatus.ACCEPTED, DAY)
                        .reason())
                .isEmpty();
    }

    @Test
    void refusesAStepNotAllowed() {
        assertThatThrownBy(() -> StatusChange.of(PasserelleStatus.REJECTED, PasserelleStatus.ACCEPTED, DAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("status change on 2024-03-05: to: cannot follow rejected (allowed: none), was accepted");
        assertThatThrownBy(() -> StatusChange.of(PasserelleStatus.DRAFT, PasserelleStatus.ACCEPTED, DAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("status change on 2024-03-05: to: cannot follow draft (allowed: requested, cancelled),"
                        + " was accepted");
    }

    @Test
    void equalsByAllAttributes() {
        new EqualsTester()
                .addEqualityGroup(
                        StatusChange.of(PasserelleStatus.REQUESTED, PasserelleStatus.ACCEPTED, DAY),
                        StatusChange.of(PasserelleStatus.REQUESTED, PasserelleStatus.ACCEPTED, DAY))
                .addEqualityGroup(StatusChange.of(PasserelleStatus.REQUESTED, PasserelleStatus.REJECTED, DAY))
                .addEqualityGroup(StatusChange.of(PasserelleStatus.DRAFT, PasserelleStatus.REQUESTED, DAY))
                .addEqualityGroup(
                        StatusChange.of(PasserelleStatus.REQUESTED, PasserelleStatus.ACCEPTED, DAY.plusDays(1)))
                .addEqualityGroup(StatusChange.of(
                        PasserelleStatus.REQUESTED, PasserelleStatus.ACCEPTED, DAY, StatusReason.WAITING_LIST))
                .testEquals();
    }

    @Test
    void refusesNulls() {
        NullPointerTester tester = new NullPointerTester().setDefault(LocalDate.class, DAY);
        tester.testAllPublicStaticMethods(StatusChange.class);
        tester.testAllPublicInstanceMethods(StatusChange.builder());
    }

    @Test
    void readsAndWritesJson() {
        StatusChange c = StatusChange.of(
                PasserelleStatus.IN_PROGRESS, PasserelleStatus.ON_HOLD, DAY, StatusReason.HOUSEHOLD_UNREACHABLE);
        String json = AccompanimentJson.write(c);
        assertThat(json)
                .isEqualTo("{\"from\":\"IN_PROGRESS\",\"to\":\"ON_HOLD\",\"on\":\"2024-03-05\","
                        + "\"reason\":\"HOUSEHOLD_UNREACHABLE\"}");
        assertThat(AccompanimentJson.read(json, StatusChange.class)).isEqualTo(c);
    }

    @Test
    void refusesAnUnknownStatusInJson() {
        assertThatThrownBy(() -> AccompanimentJson.read(
                        "{\"from\":\"RECEIVED\",\"to\":\"ACCEPTED\",\"on\":\"2024-03-05\"}", StatusChange.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("$.from: unknown value \"RECEIVED\" for PasserelleStatus");
    }
}
