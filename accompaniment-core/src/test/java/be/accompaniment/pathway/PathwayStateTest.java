package be.accompaniment.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.situation.SituationKind;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PathwayStateTest {
    private static final HouseholdId H9 = HouseholdId.of("h-9");
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    private static PathwayState.Builder base() {
        return PathwayState.builder()
                .household(H9)
                .eventCount(5)
                .lastEventOn(DAY)
                .addOpenSituations(SituationKind.INSALUBRITY)
                .putPasserelles(PasserelleId.of("p-1"), PasserelleStatus.ACCEPTED)
                .putActiveMeasures(MeasureId.of("m-1"), MeasureKind.TECHNICAL_ASSISTANCE)
                .addActorsInvolved(ActorId.of("cpas-esneux"), ActorId.of("apl-ourthe"))
                .relocated(false)
                .upgraded(true);
    }

    @Test
    void theEmptyStateHasNothing() {
        PathwayState s = PathwayState.empty(H9);
        assertThat(s.eventCount()).isZero();
        assertThat(s.lastEventOn()).isEmpty();
        assertThat(s.openSituations()).isEmpty();
        assertThat(s.passerelles()).isEmpty();
        assertThat(s.activeMeasures()).isEmpty();
        assertThat(s.actorsInvolved()).isEmpty();
        assertThat(s.relocated()).isFalse();
        assertThat(s.upgraded()).isFalse();
        assertThat(s.isStabilised()).isFalse();
        assertThat(s.outcome()).isEqualTo(HousingOutcome.NEITHER);
    }

    @Test
    void refusesANegativeEventCount() {
        assertThatThrownBy(() -> base().eventCount(-1).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("pathway state of household h-9: eventCount: must be >= 0, was -1");
    }

    @Test
    void isNotStabilisedWhileASituationIsOpen() {
        assertThatThrownBy(() -> base().stabilisedOn(DAY).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("pathway state of household h-9: stabilisedOn: must be absent while situations are open"
                        + " [INSALUBRITY], was 2024-06-01");
    }

    @Test
    void equalsByAllAttributes() {
        new EqualsTester()
                .addEqualityGroup(base().build(), base().build())
                .addEqualityGroup(base().eventCount(6).build())
                .addEqualityGroup(base().relocated(true).build())
                .addEqualityGroup(
                        base().addOpenSituations(SituationKind.RENT_ARREARS).build())
                .addEqualityGroup(PathwayState.empty(H9))
                .testEquals();
    }

    @Test
    void refusesNulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(HouseholdId.class, H9)
                .setDefault(MeasureId.class, MeasureId.of("m-1"))
                .setDefault(PasserelleId.class, PasserelleId.of("p-1"))
                .setDefault(ActorId.class, ActorId.of("a-1"));
        tester.testAllPublicStaticMethods(PathwayState.class);
        tester.testAllPublicInstanceMethods(PathwayState.builder());
    }

    @Test
    void readsAndWritesJson() {
        PathwayState s = base().build();
        String json = AccompanimentJson.write(s);
        assertThat(json)
                .isEqualTo("{\"household\":\"h-9\",\"eventCount\":5,\"lastEventOn\":\"2024-06-01\","
                        + "\"openSituations\":[\"INSALUBRITY\"],\"passerelles\":{\"p-1\":\"ACCEPTED\"},"
                        + "\"activeMeasures\":{\"m-1\":\"TECHNICAL_ASSISTANCE\"},"
                        + "\"actorsInvolved\":[\"cpas-esneux\",\"apl-ourthe\"],\"relocated\":false,\"upgraded\":true}");
        assertThat(AccompanimentJson.read(json, PathwayState.class)).isEqualTo(s);
    }
}
