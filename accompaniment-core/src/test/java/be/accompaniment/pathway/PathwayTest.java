package be.accompaniment.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.PathwayException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.measure.MeasureStatus;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.passerelle.StatusReason;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PathwayTest {
    private static final HouseholdId H9 = HouseholdId.of("h-9");
    private static final LocalDate FEB_1 = LocalDate.of(2024, 2, 1);
    private static final ActorId CPAS = ActorId.of("cpas-anderlecht");
    private static final ActorId AIS = ActorId.of("ais-quartiers");
    private static final ActorId UNION = ActorId.of("syndicat-locataires");
    private static final PasserelleId P1 = PasserelleId.of("p-1");
    private static final MeasureId M1 = MeasureId.of("m-1");

    static PasserelleMade made(PasserelleId id, ActorId from, ActorId to, LocalDate on) {
        return PasserelleMade.builder()
                .passerelle(id)
                .situation(SituationKind.EVICTION_THREAT)
                .referrer(from)
                .receiver(to)
                .receiverKind(ActorKind.AIS)
                .measure(MeasureKind.AIS_RENTAL)
                .on(on)
                .build();
    }

    /** An eviction in Anderlecht: CPAS contact, a passerelle to an AIS, budget guidance, a move, stabilisation. */
    static Pathway eviction() {
        return Pathway.start(H9)
                .append(SituationOpened.of(SituationKind.EVICTION_THREAT, FEB_1))
                .append(FirstContact.of(CPAS, FEB_1.plusDays(4)))
                .append(made(P1, CPAS, AIS, FEB_1.plusDays(6)))
                .append(MeasureStarted.of(M1, MeasureKind.BUDGET_GUIDANCE, CPAS, FEB_1.plusDays(6)))
                .append(PasserelleAnswered.of(P1, PasserelleStatus.ACCEPTED, FEB_1.plusDays(12)))
                .append(SituationWorsened.of(SituationKind.EVICTION_THREAT, "JUDGMENT", FEB_1.plusDays(40)))
                .append(HouseholdRelocated.of(NisCode.of(21001), Destination.AIS_HOUSING, FEB_1.plusDays(90)))
                .append(SituationResolved.of(SituationKind.EVICTION_THREAT, FEB_1.plusDays(90)))
                .append(MeasureEnded.of(M1, MeasureStatus.COMPLETED, FEB_1.plusDays(180)))
                .append(PasserelleAnswered.of(P1, PasserelleStatus.IN_PROGRESS, FEB_1.plusDays(180)))
                .append(Stabilised.of(FEB_1.plusDays(300), Destination.AIS_HOUSING));
    }

    private static Pathway opened() {
        return Pathway.start(H9).append(SituationOpened.of(SituationKind.EVICTION_THREAT, FEB_1));
    }

    @Nested
    class Start {
        @Test
        void isEmpty() {
            Pathway p = Pathway.start(H9);
            assertThat(p.household()).isEqualTo(H9);
            assertThat(p.events()).isEmpty();
            assertThat(p.isEmpty()).isTrue();
            assertThat(p.size()).isZero();
            assertThat(p.lastEventOn()).isEmpty();
            assertThat(p.state()).isEqualTo(PathwayState.empty(H9));
        }
    }

    @Nested
    class Append {
        @Test
        void keepsEventsInOrderAndLeavesTheOriginalUnchanged() {
            Pathway before = opened();
            Pathway after = before.append(FirstContact.of(CPAS, FEB_1));
            assertThat(before.size()).isEqualTo(1);
            assertThat(after.events())
                    .containsExactly(
                            SituationOpened.of(SituationKind.EVICTION_THREAT, FEB_1), FirstContact.of(CPAS, FEB_1));
            assertThat(after.lastEventOn()).contains(FEB_1);
        }

        @Test
        void refusesAnEventDatedBeforeThePreviousOne() {
            assertThatThrownBy(() -> opened().append(FirstContact.of(CPAS, FEB_1.minusDays(1))))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[1] (first-contact on 2024-01-31) breaks rule dates-in-order:"
                            + " its day is before the previous event's day 2024-02-01");
        }

        @Test
        void namesTheKindOfEveryEventItRefuses() {
            LocalDate eve = FEB_1.minusDays(1);
            List<PathwayEvent> late = List.of(
                    SituationOpened.of(SituationKind.INSALUBRITY, eve),
                    FirstContact.of(CPAS, eve),
                    made(P1, CPAS, AIS, eve),
                    PasserelleAnswered.of(P1, PasserelleStatus.ACCEPTED, eve),
                    MeasureStarted.of(M1, MeasureKind.BUDGET_GUIDANCE, CPAS, eve),
                    MeasureEnded.of(M1, MeasureStatus.COMPLETED, eve),
                    DwellingUpgraded.of(DwellingUpgrade.WORKS_COMPLETED, eve),
                    HouseholdRelocated.of(NisCode.of(21001), Destination.AIS_HOUSING, eve),
                    SituationWorsened.of(SituationKind.EVICTION_THREAT, "JUDGMENT", eve),
                    SituationResolved.of(SituationKind.EVICTION_THREAT, eve),
                    Stabilised.of(eve));
            List<String> kinds = new ArrayList<>();
            for (PathwayEvent e : late) {
                assertThatThrownBy(() -> opened().append(e))
                        .isInstanceOf(PathwayException.class)
                        .satisfies(x -> kinds.add(x.getMessage()
                                .replaceFirst(
                                        "^household h-9: events\\[1\\] \\(([a-z-]+) on 2024-01-31\\) .*$", "$1")));
            }
            assertThat(kinds)
                    .containsExactly(
                            "situation-opened",
                            "first-contact",
                            "passerelle-made",
                            "passerelle-answered",
                            "measure-started",
                            "measure-ended",
                            "dwelling-upgraded",
                            "household-relocated",
                            "situation-worsened",
                            "situation-resolved",
                            "stabilised");
        }

        @Test
        void refusesToOpenASituationAlreadyOpen() {
            assertThatThrownBy(() -> opened().append(SituationOpened.of(SituationKind.EVICTION_THREAT, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[1] (situation-opened on 2024-02-01) breaks rule"
                            + " situation-open-once: situation EVICTION_THREAT is already open");
        }

        @Test
        void reopensASituationOnceResolved() {
            Pathway p = opened().append(SituationResolved.of(SituationKind.EVICTION_THREAT, FEB_1))
                    .append(SituationOpened.of(SituationKind.EVICTION_THREAT, FEB_1.plusDays(200)));
            assertThat(p.state().openSituations()).containsExactly(SituationKind.EVICTION_THREAT);
        }

        @Test
        void refusesToResolveOrWorsenASituationNotOpen() {
            assertThatThrownBy(() -> opened().append(SituationResolved.of(SituationKind.INSALUBRITY, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[1] (situation-resolved on 2024-02-01) breaks rule"
                            + " situation-open: situation INSALUBRITY is not open");
            assertThatThrownBy(() ->
                            Pathway.start(H9).append(SituationWorsened.of(SituationKind.INSALUBRITY, "DECREE", FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[0] (situation-worsened on 2024-02-01) breaks rule"
                            + " situation-open: situation INSALUBRITY is not open");
        }

        @Test
        void refusesAPasserelleForASituationNotOpen() {
            assertThatThrownBy(() -> Pathway.start(H9).append(made(P1, CPAS, AIS, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[0] (passerelle-made on 2024-02-01) breaks rule situation-open:"
                            + " situation EVICTION_THREAT is not open");
        }

        @Test
        void refusesASecondFirstContactWithTheSameActor() {
            Pathway p = opened().append(FirstContact.of(CPAS, FEB_1)).append(FirstContact.of(AIS, FEB_1));
            assertThatThrownBy(() -> p.append(FirstContact.of(CPAS, FEB_1.plusDays(3))))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[3] (first-contact on 2024-02-04) breaks rule first-contact-once:"
                            + " actor cpas-anderlecht already had a first contact");
        }

        @Test
        void refusesToMakeAPasserelleTwice() {
            Pathway p = opened().append(made(P1, CPAS, AIS, FEB_1));
            assertThatThrownBy(() -> p.append(made(P1, CPAS, UNION, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[2] (passerelle-made on 2024-02-01) breaks rule"
                            + " passerelle-made-once: passerelle p-1 was already made");
        }

        @Test
        void refusesToAnswerAPasserelleNotMade() {
            assertThatThrownBy(() -> opened().append(PasserelleAnswered.of(P1, PasserelleStatus.ACCEPTED, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[1] (passerelle-answered on 2024-02-01) breaks rule"
                            + " passerelle-made-before-answer: passerelle p-1 was not made earlier in the pathway");
        }

        @Test
        void refusesAnAnswerTheLifecycleDoesNotAllow() {
            Pathway p = opened().append(made(P1, CPAS, AIS, FEB_1))
                    .append(PasserelleAnswered.of(P1, PasserelleStatus.REJECTED, FEB_1, StatusReason.NO_CAPACITY));
            assertThatThrownBy(() -> p.append(PasserelleAnswered.of(P1, PasserelleStatus.ACCEPTED, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[3] (passerelle-answered on 2024-02-01) breaks rule"
                            + " passerelle-transition: passerelle p-1 cannot move from rejected to accepted"
                            + " (allowed: none)");
            assertThatThrownBy(() -> opened().append(made(P1, CPAS, AIS, FEB_1))
                            .append(PasserelleAnswered.of(P1, PasserelleStatus.COMPLETED, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessageEndingWith("passerelle p-1 cannot move from requested to completed"
                            + " (allowed: accepted, rejected, cancelled)");
        }

        @Test
        void refusesToStartAMeasureTwice() {
            Pathway p = opened().append(MeasureStarted.of(M1, MeasureKind.LEGAL_AID, UNION, FEB_1))
                    .append(MeasureEnded.of(M1, MeasureStatus.COMPLETED, FEB_1));
            assertThatThrownBy(() -> p.append(MeasureStarted.of(M1, MeasureKind.LEGAL_AID, UNION, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[3] (measure-started on 2024-02-01) breaks rule"
                            + " measure-started-once: measure m-1 was already started");
        }

        @Test
        void refusesToEndAMeasureNotStarted() {
            assertThatThrownBy(() -> opened().append(MeasureEnded.of(M1, MeasureStatus.ABANDONED, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[1] (measure-ended on 2024-02-01) breaks rule"
                            + " measure-started-before-end: measure m-1 was not started earlier in the pathway");
        }

        @Test
        void refusesToEndAMeasureTwice() {
            Pathway p = opened().append(MeasureStarted.of(M1, MeasureKind.LEGAL_AID, UNION, FEB_1))
                    .append(MeasureEnded.of(M1, MeasureStatus.COMPLETED, FEB_1));
            assertThatThrownBy(() -> p.append(MeasureEnded.of(M1, MeasureStatus.ABANDONED, FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[3] (measure-ended on 2024-02-01) breaks rule"
                            + " measure-ended-once: measure m-1 has already ended");
        }

        @Test
        void refusesToStabiliseWithoutAnySituation() {
            assertThatThrownBy(() -> Pathway.start(H9).append(Stabilised.of(FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[0] (stabilised on 2024-02-01) breaks rule"
                            + " stabilised-after-situation: no situation was opened before");
        }

        @Test
        void refusesToStabiliseWhileASituationIsOpen() {
            Pathway p = opened().append(SituationOpened.of(SituationKind.RENT_ARREARS, FEB_1));
            assertThatThrownBy(() -> p.append(Stabilised.of(FEB_1)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[2] (stabilised on 2024-02-01) breaks rule"
                            + " stabilised-without-open-situation: situations still open: [EVICTION_THREAT,"
                            + " RENT_ARREARS]");
        }

        @Test
        void refusesToStabiliseTwice() {
            Pathway p = opened().append(SituationResolved.of(SituationKind.EVICTION_THREAT, FEB_1))
                    .append(Stabilised.of(FEB_1.plusDays(10)));
            assertThatThrownBy(() -> p.append(Stabilised.of(FEB_1.plusDays(20))))
                    .isInstanceOf(PathwayException.class)
                    .hasMessage("household h-9: events[3] (stabilised on 2024-02-21) breaks rule stabilised-once:"
                            + " already stabilised on 2024-02-11 with no situation opened since");
        }

        @Test
        void stabilisesAgainAfterANewSituationResolved() {
            Pathway p = opened().append(SituationResolved.of(SituationKind.EVICTION_THREAT, FEB_1))
                    .append(Stabilised.of(FEB_1.plusDays(10)))
                    .append(SituationOpened.of(SituationKind.RENT_ARREARS, FEB_1.plusDays(100)));
            assertThat(p.state().isStabilised()).isFalse();
            Pathway again = p.append(SituationResolved.of(SituationKind.RENT_ARREARS, FEB_1.plusDays(150)))
                    .append(Stabilised.of(FEB_1.plusDays(160)));
            assertThat(again.state().stabilisedOn()).contains(FEB_1.plusDays(160));
        }

        @Test
        void aRefusedEventLeavesThePathwayUsable() {
            Pathway p = opened();
            assertThatThrownBy(() -> p.append(Stabilised.of(FEB_1))).isInstanceOf(PathwayException.class);
            Pathway next = p.append(SituationResolved.of(SituationKind.EVICTION_THREAT, FEB_1));
            assertThat(next.size()).isEqualTo(2);
            assertThat(next.state().openSituations()).isEmpty();
            assertThat(next.state()).isEqualTo(next.replay());
        }

        @Test
        void allowsEventsOnTheSameDay() {
            Pathway p = opened().append(FirstContact.of(CPAS, FEB_1))
                    .append(DwellingUpgraded.of(DwellingUpgrade.WORKS_COMPLETED, FEB_1));
            assertThat(p.size()).isEqualTo(3);
        }

        @Test
        void branchesWhenAppendingToAnOlderVersion() {
            Pathway base = opened();
            Pathway moved = base.append(HouseholdRelocated.of(NisCode.of(62063), Destination.PRIVATE_RENTAL, FEB_1));
            Pathway upgraded = base.append(DwellingUpgraded.of(DwellingUpgrade.DECREE_LIFTED, FEB_1.plusDays(1)));
            Pathway movedFurther = moved.append(FirstContact.of(CPAS, FEB_1.plusDays(2)));
            assertThat(base.size()).isEqualTo(1);
            assertThat(moved.events()).hasSize(2);
            assertThat(moved.state().relocated()).isTrue();
            assertThat(moved.state().upgraded()).isFalse();
            assertThat(upgraded.events().get(1)).isInstanceOf(DwellingUpgraded.class);
            assertThat(upgraded.state().relocated()).isFalse();
            assertThat(upgraded.state().upgraded()).isTrue();
            assertThat(movedFurther.events().subList(0, 2)).isEqualTo(moved.events());
            assertThat(base.state()).isEqualTo(base.replay());
            assertThat(moved.state()).isEqualTo(moved.replay());
        }

        @Test
        void concurrentAppendsToOneVersionEachGetTheirOwnPathway() throws Exception {
            Pathway base = eviction();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Pathway>> tasks = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    LocalDate day = FEB_1.plusDays(300 + i);
                    tasks.add(() -> base.append(DwellingUpgraded.of(DwellingUpgrade.ENERGY_RENOVATION, day)));
                }
                List<Future<Pathway>> results = pool.invokeAll(tasks);
                for (int i = 0; i < results.size(); i++) {
                    Pathway p = results.get(i).get();
                    assertThat(p.size()).isEqualTo(base.size() + 1);
                    assertThat(p.events().subList(0, base.size())).isEqualTo(base.events());
                    assertThat(p.lastEventOn()).contains(FEB_1.plusDays(300 + i));
                    assertThat(p.state()).isEqualTo(p.replay());
                }
            } finally {
                pool.shutdown();
            }
            assertThat(base.size()).isEqualTo(eviction().size());
        }

        @Test
        void refusesNull() {
            assertThatThrownBy(() -> opened().append(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Of {
        @Test
        void appendsTheEventsInOrder() {
            Pathway p = eviction();
            assertThat(Pathway.of(H9, p.events())).isEqualTo(p);
        }

        @Test
        void refusesEventsOutOfOrder() {
            assertThatThrownBy(() -> Pathway.of(
                            H9,
                            List.of(
                                    SituationOpened.of(SituationKind.INSALUBRITY, FEB_1),
                                    SituationResolved.of(SituationKind.INSALUBRITY, FEB_1.minusDays(1)))))
                    .isInstanceOf(PathwayException.class)
                    .hasMessageContaining("events[1]")
                    .hasMessageContaining("dates-in-order");
        }
    }

    @Nested
    class Replay {
        @Test
        void givesWhereThePathwayStands() {
            PathwayState s = eviction().replay();
            assertThat(s.household()).isEqualTo(H9);
            assertThat(s.eventCount()).isEqualTo(11);
            assertThat(s.lastEventOn()).contains(FEB_1.plusDays(300));
            assertThat(s.openSituations()).isEmpty();
            assertThat(s.passerelles()).containsExactly(java.util.Map.entry(P1, PasserelleStatus.IN_PROGRESS));
            assertThat(s.activeMeasures()).isEmpty();
            assertThat(s.actorsInvolved()).containsExactly(CPAS, AIS);
            assertThat(s.relocated()).isTrue();
            assertThat(s.upgraded()).isFalse();
            assertThat(s.stabilisedOn()).contains(FEB_1.plusDays(300));
            assertThat(s.isStabilised()).isTrue();
            assertThat(s.outcome()).isEqualTo(HousingOutcome.RELOCATION);
        }

        @Test
        void equalsTheIncrementalState() {
            Pathway p = eviction();
            assertThat(p.replay()).isEqualTo(p.state());
        }

        @Test
        void onADayGivesTheStateAtTheEndOfThatDay() {
            Pathway p = eviction();
            PathwayState s = p.replay(FEB_1.plusDays(6));
            assertThat(s.eventCount()).isEqualTo(4);
            assertThat(s.passerelles()).containsEntry(P1, PasserelleStatus.REQUESTED);
            assertThat(s.activeMeasures()).containsEntry(M1, MeasureKind.BUDGET_GUIDANCE);
            assertThat(s.openSituations()).containsExactly(SituationKind.EVICTION_THREAT);
            assertThat(p.replay(FEB_1.minusDays(1))).isEqualTo(PathwayState.empty(H9));
            assertThat(p.replay(FEB_1.plusDays(1000))).isEqualTo(p.state());
        }

        @Test
        void anActorWhoOnlyReceivedAPasserelleIsNotInvolved() {
            Pathway p = opened().append(made(P1, CPAS, AIS, FEB_1))
                    .append(PasserelleAnswered.of(P1, PasserelleStatus.REJECTED, FEB_1));
            assertThat(p.state().actorsInvolved()).containsExactly(CPAS);
        }
    }

    @Nested
    class Json {
        @Test
        void readsAndWritesThePathway() {
            Pathway p = opened().append(FirstContact.of(CPAS, FEB_1.plusDays(2)));
            String json = AccompanimentJson.write(p);
            assertThat(json)
                    .isEqualTo("{\"household\":\"h-9\",\"events\":[{\"kind\":\"situation-opened\","
                            + "\"situation\":\"EVICTION_THREAT\",\"on\":\"2024-02-01\"},{\"kind\":\"first-contact\","
                            + "\"actor\":\"cpas-anderlecht\",\"on\":\"2024-02-03\"}]}");
            assertThat(AccompanimentJson.read(json, Pathway.class)).isEqualTo(p);
        }

        @Test
        void roundTripsAWholePathway() {
            Pathway p = eviction();
            Pathway read = AccompanimentJson.read(AccompanimentJson.writePretty(p), Pathway.class);
            assertThat(read).isEqualTo(p);
            assertThat(read.state()).isEqualTo(p.state());
        }

        @Test
        void refusesAnInvalidLogNamingTheRule() {
            String json = "{\"household\":\"h-9\",\"events\":[{\"kind\":\"stabilised\",\"on\":\"2024-02-01\"}]}";
            assertThatThrownBy(() -> AccompanimentJson.read(json, Pathway.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("household h-9: events[0] (stabilised on 2024-02-01) breaks rule"
                            + " stabilised-after-situation");
        }

        @Test
        void refusesAMissingHousehold() {
            assertThatThrownBy(() -> AccompanimentJson.read("{\"events\":[]}", Pathway.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("household");
        }

        @Test
        void namesThePathOfABadEvent() {
            String json = "{\"household\":\"h-9\",\"events\":[{\"kind\":\"situation-opened\","
                    + "\"situation\":\"FLOOD\",\"on\":\"2024-02-01\"}]}";
            assertThatThrownBy(() -> AccompanimentJson.read(json, Pathway.class))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.events[0].situation");
        }
    }

    @Test
    void equalsByHouseholdAndEvents() {
        new EqualsTester()
                .addEqualityGroup(
                        eviction(), eviction(), Pathway.of(H9, eviction().events()))
                .addEqualityGroup(Pathway.start(H9), Pathway.start(H9))
                .addEqualityGroup(Pathway.start(HouseholdId.of("h-10")))
                .addEqualityGroup(opened())
                .addEqualityGroup(opened().append(FirstContact.of(CPAS, FEB_1)))
                .testEquals();
    }

    @Test
    void refusesNulls() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(HouseholdId.class, H9)
                .setDefault(LocalDate.class, FEB_1)
                .setDefault(PathwayEvent.class, FirstContact.of(CPAS, FEB_1.plusDays(1000)));
        tester.testAllPublicStaticMethods(Pathway.class);
        tester.testAllPublicInstanceMethods(eviction());
    }

    @Test
    void toStringShowsTheHouseholdIdAndSizeOnly() {
        assertThat(eviction()).hasToString("Pathway[h-9, 11 events]");
    }
}
