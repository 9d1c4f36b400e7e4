package be.accompaniment.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.measure.Measure;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.measure.MeasureStatus;
import be.accompaniment.passerelle.ConsentStatus;
import be.accompaniment.passerelle.Passerelle;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.passerelle.StatusReason;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PathwayEventTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final ActorId CPAS = ActorId.of("cpas-anderlecht");
    private static final ActorId AIS = ActorId.of("ais-quartiers");
    private static final PasserelleId P12 = PasserelleId.of("p-12");
    private static final MeasureId M1 = MeasureId.of("m-1");

    private static PasserelleMade made() {
        return PasserelleMade.builder()
                .passerelle(P12)
                .situation(SituationKind.EVICTION_THREAT)
                .referrer(CPAS)
                .receiver(AIS)
                .receiverKind(ActorKind.AIS)
                .measure(MeasureKind.AIS_RENTAL)
                .on(DAY)
                .build();
    }

    private static Passerelle draft() {
        return Passerelle.draft(
                P12,
                HouseholdId.of("h-9"),
                SituationKind.EVICTION_THREAT,
                CPAS,
                AIS,
                ActorKind.AIS,
                MeasureKind.AIS_RENTAL,
                ConsentStatus.GIVEN,
                DAY.minusDays(3));
    }

    @Nested
    class Json {
        private void roundTrip(PathwayEvent e, String json) {
            assertThat(AccompanimentJson.write(e)).isEqualTo(json);
            assertThat(AccompanimentJson.read(json, PathwayEvent.class)).isEqualTo(e);
        }

        @Test
        void situationOpened() {
            roundTrip(
                    SituationOpened.of(SituationKind.EVICTION_THREAT, DAY),
                    "{\"kind\":\"situation-opened\",\"situation\":\"EVICTION_THREAT\",\"on\":\"2024-03-01\"}");
        }

        @Test
        void firstContact() {
            roundTrip(
                    FirstContact.of(CPAS, DAY),
                    "{\"kind\":\"first-contact\",\"actor\":\"cpas-anderlecht\",\"on\":\"2024-03-01\"}");
        }

        @Test
        void passerelleMade() {
            roundTrip(
                    made(),
                    "{\"kind\":\"passerelle-made\",\"passerelle\":\"p-12\",\"situation\":\"EVICTION_THREAT\","
                            + "\"referrer\":\"cpas-anderlecht\",\"receiver\":\"ais-quartiers\",\"receiverKind\":\"AIS\","
                            + "\"measure\":\"AIS_RENTAL\",\"on\":\"2024-03-01\"}");
        }

        @Test
        void passerelleAnswered() {
            roundTrip(
                    PasserelleAnswered.of(P12, PasserelleStatus.REJECTED, DAY, StatusReason.NO_CAPACITY),
                    "{\"kind\":\"passerelle-answered\",\"passerelle\":\"p-12\",\"status\":\"REJECTED\","
                            + "\"on\":\"2024-03-01\",\"reason\":\"NO_CAPACITY\"}");
            roundTrip(
                    PasserelleAnswered.of(P12, PasserelleStatus.ACCEPTED, DAY),
                    "{\"kind\":\"passerelle-answered\",\"passerelle\":\"p-12\",\"status\":\"ACCEPTED\","
                            + "\"on\":\"2024-03-01\"}");
        }

        @Test
        void measureStartedAndEnded() {
            roundTrip(
                    MeasureStarted.builder()
                            .measure(M1)
                            .measureKind(MeasureKind.BUDGET_GUIDANCE)
                            .provider(CPAS)
                            .situation(SituationKind.RENT_ARREARS)
                            .on(DAY)
                            .build(),
                    "{\"kind\":\"measure-started\",\"measure\":\"m-1\",\"measureKind\":\"BUDGET_GUIDANCE\","
                            + "\"provider\":\"cpas-anderlecht\",\"situation\":\"RENT_ARREARS\",\"on\":\"2024-03-01\"}");
            roundTrip(
                    MeasureEnded.of(M1, MeasureStatus.ABANDONED, DAY),
                    "{\"kind\":\"measure-ended\",\"measure\":\"m-1\",\"outcome\":\"ABANDONED\",\"on\":\"2024-03-01\"}");
        }

        @Test
        void dwellingUpgradedAndHouseholdRelocated() {
            roundTrip(
                    DwellingUpgraded.of(DwellingUpgrade.DECREE_LIFTED, DAY),
                    "{\"kind\":\"dwelling-upgraded\",\"upgrade\":\"DECREE_LIFTED\",\"on\":\"2024-03-01\"}");
            roundTrip(
                    HouseholdRelocated.of(NisCode.of(62063), Destination.AIS_HOUSING, DAY),
                    "{\"kind\":\"household-relocated\",\"commune\":\"62063\",\"destination\":\"AIS_HOUSING\","
                            + "\"on\":\"2024-03-01\"}");
        }

        @Test
        void situationWorsenedAndResolved() {
            roundTrip(
                    SituationWorsened.of(SituationKind.EVICTION_THREAT, "JUDGMENT", DAY),
                    "{\"kind\":\"situation-worsened\",\"situation\":\"EVICTION_THREAT\",\"stage\":\"JUDGMENT\","
                            + "\"on\":\"2024-03-01\"}");
            roundTrip(
                    SituationResolved.of(SituationKind.INSALUBRITY, DAY),
                    "{\"kind\":\"situation-resolved\",\"situation\":\"INSALUBRITY\",\"on\":\"2024-03-01\"}");
        }

        @Test
        void stabilised() {
            roundTrip(Stabilised.of(DAY), "{\"kind\":\"stabilised\",\"on\":\"2024-03-01\"}");
            roundTrip(
                    Stabilised.of(DAY, Destination.SOCIAL_HOUSING),
                    "{\"kind\":\"stabilised\",\"destination\":\"SOCIAL_HOUSING\",\"on\":\"2024-03-01\"}");
        }

        @Test
        void refusesAnUnknownKind() {
            assertThatThrownBy(() -> AccompanimentJson.read(
                            "{\"kind\":\"situation-closed\",\"on\":\"2024-03-01\"}", PathwayEvent.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("situation-closed");
        }

        @Test
        void refusesAnEventWithoutKind() {
            assertThatThrownBy(() -> AccompanimentJson.read("{\"on\":\"2024-03-01\"}", PathwayEvent.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("kind");
        }

        @Test
        void refusesAnUnknownField() {
            assertThatThrownBy(() -> AccompanimentJson.read(
                            "{\"kind\":\"stabilised\",\"on\":\"2024-03-01\",\"note\":\"x\"}", PathwayEvent.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("unknown field \"note\"");
        }
    }

    @Nested
    class Check {
        @Test
        void aMeasureEndsCompletedOrAbandoned() {
            assertThatThrownBy(() -> MeasureEnded.of(M1, MeasureStatus.SUSPENDED, DAY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure-ended m-1: outcome: must be COMPLETED or ABANDONED, was SUSPENDED");
        }

        @Test
        void aHouseholdRelocatesToACommune() {
            assertThatThrownBy(() -> HouseholdRelocated.of(NisCode.of(62000), Destination.PRIVATE_RENTAL, DAY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("household-relocated on 2024-03-01: commune: must be the code of a commune, was the"
                            + " aggregate code 62000");
        }

        @Test
        void aStageIsAConstantNameNeverFreeText() {
            assertThatThrownBy(() -> SituationWorsened.of(SituationKind.EVICTION_THREAT, "Mme X. expulsée", DAY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("situation-worsened EVICTION_THREAT: stage: must be a stage constant name (capital"
                            + " letters, digits, _; at most 64), was a text of 15 characters")
                    .hasMessageNotContaining("Mme");
            assertThatThrownBy(() -> SituationWorsened.of(SituationKind.EVICTION_THREAT, "A".repeat(65), DAY))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(SituationWorsened.of(SituationKind.EVICTION_THREAT, "A".repeat(64), DAY)
                            .stage())
                    .hasSize(64);
        }

        @Test
        void aPasserelleGoesToAnotherActor() {
            assertThatThrownBy(() ->
                            PasserelleMade.builder().from(made()).receiver(CPAS).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle-made p-12: receiver: must differ from the referrer, was cpas-anderlecht");
        }
    }

    @Nested
    class From {
        @Test
        void aPasserelleCreatedRequestedIsMadeOnItsCreationDay() {
            Passerelle p = Passerelle.requested(
                    P12,
                    HouseholdId.of("h-9"),
                    SituationKind.EVICTION_THREAT,
                    CPAS,
                    AIS,
                    ActorKind.AIS,
                    MeasureKind.AIS_RENTAL,
                    ConsentStatus.GIVEN,
                    DAY);
            assertThat(PasserelleMade.from(p)).isEqualTo(made());
        }

        @Test
        void aDraftIsMadeOnTheDayItWasSent() {
            Passerelle sent = draft().transition(PasserelleStatus.REQUESTED, DAY)
                    .transition(PasserelleStatus.ACCEPTED, DAY.plusDays(5));
            assertThat(PasserelleMade.from(sent)).isEqualTo(made());
        }

        @Test
        void aDraftNeverSentIsNotMade() {
            assertThatThrownBy(() -> PasserelleMade.from(draft()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: was never sent (status DRAFT)");
        }

        @Test
        void aDraftCancelledBeforeBeingSentIsNotMade() {
            Passerelle withdrawn = draft().transition(PasserelleStatus.CANCELLED, DAY, StatusReason.REFERRED_ELSEWHERE);
            assertThatThrownBy(() -> PasserelleMade.from(withdrawn))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("passerelle p-12: was never sent (status CANCELLED)");
        }

        @Test
        void aStartedMeasureStartsOnItsStartDay() {
            Measure m = Measure.builder()
                    .id(M1)
                    .kind(MeasureKind.DEBT_MEDIATION)
                    .provider(CPAS)
                    .household(HouseholdId.of("h-9"))
                    .situation(SituationKind.RENT_ARREARS)
                    .plannedOn(DAY.minusDays(10))
                    .status(MeasureStatus.PLANNED)
                    .build()
                    .moveTo(MeasureStatus.ACTIVE, DAY);
            assertThat(MeasureStarted.from(m))
                    .isEqualTo(MeasureStarted.builder()
                            .measure(M1)
                            .measureKind(MeasureKind.DEBT_MEDIATION)
                            .provider(CPAS)
                            .situation(SituationKind.RENT_ARREARS)
                            .on(DAY)
                            .build());
        }

        @Test
        void aPlannedMeasureHasNotStarted() {
            Measure m = Measure.planned(M1, MeasureKind.DEBT_MEDIATION, CPAS, HouseholdId.of("h-9"), DAY);
            assertThatThrownBy(() -> MeasureStarted.from(m))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("measure m-1: has not started (status PLANNED)");
        }
    }

    @Test
    void equalsByKindAndAttributes() {
        new EqualsTester()
                .addEqualityGroup(
                        SituationOpened.of(SituationKind.INSALUBRITY, DAY),
                        SituationOpened.of(SituationKind.INSALUBRITY, DAY))
                .addEqualityGroup(SituationResolved.of(SituationKind.INSALUBRITY, DAY))
                .addEqualityGroup(SituationOpened.of(SituationKind.INSALUBRITY, DAY.plusDays(1)))
                .addEqualityGroup(SituationOpened.of(SituationKind.HOMELESSNESS, DAY))
                .addEqualityGroup(FirstContact.of(CPAS, DAY))
                .addEqualityGroup(made())
                .addEqualityGroup(PasserelleAnswered.of(P12, PasserelleStatus.ACCEPTED, DAY))
                .addEqualityGroup(PasserelleAnswered.of(P12, PasserelleStatus.ACCEPTED, DAY, StatusReason.WAITING_LIST))
                .addEqualityGroup(MeasureStarted.of(M1, MeasureKind.LEGAL_AID, CPAS, DAY))
                .addEqualityGroup(MeasureEnded.of(M1, MeasureStatus.COMPLETED, DAY))
                .addEqualityGroup(DwellingUpgraded.of(DwellingUpgrade.ADAPTATION, DAY))
                .addEqualityGroup(HouseholdRelocated.of(NisCode.of(21001), Destination.SOCIAL_HOUSING, DAY))
                .addEqualityGroup(SituationWorsened.of(SituationKind.INSALUBRITY, "DECREE", DAY))
                .addEqualityGroup(Stabilised.of(DAY))
                .addEqualityGroup(Stabilised.of(DAY, Destination.OWNER_OCCUPIED))
                .testEquals();
    }

    @Test
    void refusesNulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(LocalDate.class, DAY)
                .setDefault(ActorId.class, CPAS)
                .setDefault(PasserelleId.class, P12)
                .setDefault(MeasureId.class, M1)
                .setDefault(MeasureStatus.class, MeasureStatus.COMPLETED)
                .setDefault(NisCode.class, NisCode.of(62063))
                .setDefault(String.class, "JUDGMENT");
        for (Class<?> type : List.of(
                SituationOpened.class,
                FirstContact.class,
                PasserelleMade.class,
                PasserelleAnswered.class,
                MeasureStarted.class,
                MeasureEnded.class,
                DwellingUpgraded.class,
                HouseholdRelocated.class,
                SituationWorsened.class,
                SituationResolved.class,
                Stabilised.class)) {
            tester.testAllPublicStaticMethods(type);
        }
        for (Object builder : List.of(
                SituationOpened.builder(),
                FirstContact.builder(),
                PasserelleMade.builder(),
                PasserelleAnswered.builder(),
                MeasureStarted.builder(),
                MeasureEnded.builder(),
                DwellingUpgraded.builder(),
                HouseholdRelocated.builder(),
                SituationWorsened.builder(),
                SituationResolved.builder(),
                Stabilised.builder())) {
            tester.testAllPublicInstanceMethods(builder);
        }
    }
}
