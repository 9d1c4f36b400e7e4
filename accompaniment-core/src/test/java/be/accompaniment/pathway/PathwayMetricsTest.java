package be.accompaniment.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PathwayMetricsTest {
    private static final HouseholdId H9 = HouseholdId.of("h-9");
    private static final LocalDate FEB_1 = LocalDate.of(2024, 2, 1);
    private static final ActorId CPAS = ActorId.of("cpas-anderlecht");
    private static final ActorId AIS = ActorId.of("ais-quartiers");
    private static final ActorId APL = ActorId.of("apl-ourthe");

    private static Pathway opened(SituationKind kind) {
        return Pathway.start(H9).append(SituationOpened.of(kind, FEB_1));
    }

    private static PathwayMetrics.Builder base() {
        return PathwayMetrics.builder()
                .household(H9)
                .actorsInvolved(2)
                .outcome(HousingOutcome.NEITHER)
                .passerellesMade(2)
                .passerellesAccepted(1)
                .passerellesDeclined(1);
    }

    @Nested
    class Of {
        @Test
        void measuresAWholePathway() {
            PathwayMetrics m = PathwayTest.eviction().metrics();
            assertThat(m.household()).isEqualTo(H9);
            assertThat(m.daysToFirstContact()).hasValue(4);
            assertThat(m.actorsInvolved()).isEqualTo(2);
            assertThat(m.daysToStabilisation()).hasValue(300);
            assertThat(m.outcome()).isEqualTo(HousingOutcome.RELOCATION);
            assertThat(m.passerellesMade()).isEqualTo(1);
            assertThat(m.passerellesAccepted()).isEqualTo(1);
            assertThat(m.passerellesDeclined()).isZero();
            assertThat(m.destination()).contains(Destination.AIS_HOUSING);
            assertThat(PathwayMetrics.of(PathwayTest.eviction())).isEqualTo(m);
        }

        @Test
        void anAcceptedPasserelleIsAFirstContact() {
            PasserelleId p1 = PasserelleId.of("p-1");
            PasserelleId p2 = PasserelleId.of("p-2");
            Pathway p = opened(SituationKind.EVICTION_THREAT)
                    .append(PathwayTest.made(p1, CPAS, AIS, FEB_1.plusDays(2)))
                    .append(PathwayTest.made(p2, CPAS, APL, FEB_1.plusDays(2)))
                    .append(PasserelleAnswered.of(p1, PasserelleStatus.REJECTED, FEB_1.plusDays(5)))
                    .append(PasserelleAnswered.of(p2, PasserelleStatus.ACCEPTED, FEB_1.plusDays(9)))
                    .append(FirstContact.of(AIS, FEB_1.plusDays(20)));
            PathwayMetrics m = p.metrics();
            assertThat(m.daysToFirstContact()).hasValue(9);
            assertThat(m.passerellesMade()).isEqualTo(2);
            assertThat(m.passerellesAccepted()).isEqualTo(1);
            assertThat(m.passerellesDeclined()).isEqualTo(1);
            assertThat(m.actorsInvolved()).isEqualTo(3);
        }

        @Test
        void aContactBeforeTheSituationCountsAsDayZero() {
            Pathway p = Pathway.start(H9)
                    .append(FirstContact.of(CPAS, FEB_1.minusDays(30)))
                    .append(SituationOpened.of(SituationKind.HOMELESSNESS, FEB_1));
            assertThat(p.metrics().daysToFirstContact()).hasValue(0);
        }

        @Test
        void isEmptyWithoutSituationContactOrStabilisation() {
            PathwayMetrics empty = Pathway.start(H9).metrics();
            assertThat(empty.daysToFirstContact()).isEmpty();
            assertThat(empty.daysToStabilisation()).isEmpty();
            assertThat(empty.destination()).isEmpty();
            assertThat(empty.outcome()).isEqualTo(HousingOutcome.NEITHER);
            assertThat(Pathway.start(H9)
                            .append(FirstContact.of(CPAS, FEB_1))
                            .metrics()
                            .daysToFirstContact())
                    .isEmpty();
            assertThat(opened(SituationKind.INSALUBRITY).metrics().daysToFirstContact())
                    .isEmpty();
        }

        @Test
        void countsDaysToTheFirstStabilisation() {
            Pathway p = opened(SituationKind.INSALUBRITY)
                    .append(DwellingUpgraded.of(DwellingUpgrade.WORKS_COMPLETED, FEB_1.plusDays(100)))
                    .append(SituationResolved.of(SituationKind.INSALUBRITY, FEB_1.plusDays(100)))
                    .append(Stabilised.of(FEB_1.plusDays(120)))
                    .append(SituationOpened.of(SituationKind.RENT_ARREARS, FEB_1.plusDays(200)))
                    .append(SituationResolved.of(SituationKind.RENT_ARREARS, FEB_1.plusDays(220)))
                    .append(Stabilised.of(FEB_1.plusDays(230), Destination.OWNER_OCCUPIED));
            PathwayMetrics m = p.metrics();
            assertThat(m.daysToStabilisation()).hasValue(120);
            assertThat(m.outcome()).isEqualTo(HousingOutcome.UPGRADE);
            assertThat(m.destination()).contains(Destination.OWNER_OCCUPIED);
        }

        @Test
        void tellsRelocationFromUpgrade() {
            Pathway both = opened(SituationKind.INSALUBRITY)
                    .append(HouseholdRelocated.of(NisCode.of(62032), Destination.TRANSIT_HOUSING, FEB_1))
                    .append(DwellingUpgraded.of(DwellingUpgrade.DECREE_LIFTED, FEB_1.plusDays(200)));
            assertThat(both.metrics().outcome()).isEqualTo(HousingOutcome.BOTH);
            assertThat(both.metrics().destination()).contains(Destination.TRANSIT_HOUSING);
        }

        @Test
        void refusesNull() {
            assertThatThrownBy(() -> PathwayMetrics.of(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Check {
        @Test
        void dayCountsAreNotNegative() {
            assertThatThrownBy(() -> base().daysToFirstContact(-1).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("pathway metrics of household h-9: daysToFirstContact: must be >= 0, was -1");
            assertThatThrownBy(() -> base().daysToStabilisation(-2).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("pathway metrics of household h-9: daysToStabilisation: must be >= 0, was -2");
        }

        @Test
        void countsAreNotNegative() {
            assertThatThrownBy(() -> base().actorsInvolved(-1).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("pathway metrics of household h-9: actorsInvolved: must be >= 0, was -1");
            assertThatThrownBy(() -> base().passerellesAccepted(-1).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("pathway metrics of household h-9: passerellesAccepted: must be >= 0, was -1");
            assertThatThrownBy(() -> base().passerellesDeclined(-1).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("pathway metrics of household h-9: passerellesDeclined: must be >= 0, was -1");
        }

        @Test
        void acceptedAndDeclinedAreAmongTheMade() {
            assertThatThrownBy(() -> base().passerellesMade(1).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("pathway metrics of household h-9: passerellesMade: must be >= 2, was 1");
        }
    }

    @Test
    void equalsByAllAttributes() {
        new EqualsTester()
                .addEqualityGroup(base().build(), base().build())
                .addEqualityGroup(base().daysToFirstContact(3).build())
                .addEqualityGroup(base().daysToStabilisation(3).build())
                .addEqualityGroup(base().outcome(HousingOutcome.BOTH).build())
                .addEqualityGroup(base().destination(Destination.PRISON).build())
                .addEqualityGroup(base().passerellesMade(3).build())
                .testEquals();
    }

    @Test
    void refusesNulls() {
        NullPointerTester tester = new NullPointerTester().setDefault(HouseholdId.class, H9);
        tester.testAllPublicInstanceMethods(PathwayMetrics.builder());
    }

    @Test
    void readsAndWritesJson() {
        PathwayMetrics m = PathwayTest.eviction().metrics();
        String json = AccompanimentJson.write(m);
        assertThat(json)
                .isEqualTo("{\"household\":\"h-9\",\"daysToFirstContact\":4,\"actorsInvolved\":2,"
                        + "\"daysToStabilisation\":300,\"outcome\":\"RELOCATION\",\"passerellesMade\":1,"
                        + "\"passerellesAccepted\":1,\"passerellesDeclined\":0,\"destination\":\"AIS_HOUSING\"}");
        assertThat(AccompanimentJson.read(json, PathwayMetrics.class)).isEqualTo(m);
        PathwayMetrics empty = Pathway.start(H9).metrics();
        assertThat(AccompanimentJson.read(AccompanimentJson.write(empty), PathwayMetrics.class))
                .isEqualTo(empty);
    }
}
