package be.accompaniment.rules.coordination;

import static be.accompaniment.rules.coordination.HealthValuesTest.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.Sector;
import be.accompaniment.i18n.Language;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The value types of match-making. */
class MatchingValuesTest {
    private static final ActorId AIS = ActorId.of("ais-ourthe");
    private static final ActorId APL = ActorId.of("apl-liege");

    private static Actor actor(ActorId id, ActorKind kind) {
        return CoordinationAnalysisGenerators.actor(id, kind, List.of(NisCode.of(62063)), Set.of());
    }

    private static NullPointerTester tester() {
        return new NullPointerTester()
                .setDefault(ActorKind.class, ActorKind.AIS)
                .setDefault(Sector.class, Sector.PUBLIC)
                .setDefault(ActorId.class, AIS)
                .setDefault(Actor.class, actor(AIS, ActorKind.AIS))
                .setDefault(ReasonKind.class, ReasonKind.NEW_ENCOUNTER)
                .setDefault(Language.class, Language.EN)
                .setDefault(SpeedDatingOptions.class, SpeedDatingOptions.of(2, 2))
                .setDefault(String.class, "note");
    }

    @Nested
    class Weights {
        @Test
        void matchInEitherOrder() {
            KindPairWeight w = KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 3, "n");
            assertThat(w.matches(ActorKind.APL, ActorKind.AIS)).isTrue();
            assertThat(w.matches(ActorKind.AIS, ActorKind.AIS)).isFalse();
            SectorPairWeight s = SectorPairWeight.of(Sector.PUBLIC, Sector.ASSOCIATIVE, 1, "n");
            assertThat(s.matches(Sector.ASSOCIATIVE, Sector.PUBLIC)).isTrue();
        }

        @Test
        void rejectsNegativeWeightsAndBlankNotes() {
            rejects(
                    () -> KindPairWeight.of(ActorKind.AIS, ActorKind.APL, -1, "n"),
                    "kind pair AIS-APL: weight",
                    "-1.0");
            rejects(() -> KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 1, " "), "kind pair AIS-APL: note", "\" \"");
            rejects(
                    () -> SectorPairWeight.of(Sector.PUBLIC, Sector.CITIZEN, Double.POSITIVE_INFINITY, "n"),
                    "sector pair PUBLIC-CITIZEN: weight",
                    "Infinity");
            rejects(
                    () -> SectorPairWeight.of(Sector.PUBLIC, Sector.CITIZEN, 1, ""),
                    "sector pair PUBLIC-CITIZEN: note",
                    "\"\"");
            rejects(
                    () -> EncounterReason.of(ReasonKind.SECTOR_BRIDGE, -2),
                    "encounter reason SECTOR_BRIDGE: weight",
                    "-2.0");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(
                            KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 3, "n"),
                            KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 3, "n"))
                    .addEqualityGroup(KindPairWeight.of(ActorKind.APL, ActorKind.AIS, 3, "n"))
                    .addEqualityGroup(KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 2, "n"))
                    .addEqualityGroup(KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 3, "m"))
                    .testEquals();
            new EqualsTester()
                    .addEqualityGroup(
                            SectorPairWeight.of(Sector.PUBLIC, Sector.CITIZEN, 1, "n"),
                            SectorPairWeight.of(Sector.PUBLIC, Sector.CITIZEN, 1, "n"))
                    .addEqualityGroup(SectorPairWeight.of(Sector.PUBLIC, Sector.PRIVATE, 1, "n"))
                    .testEquals();
            new EqualsTester()
                    .addEqualityGroup(
                            EncounterReason.of(ReasonKind.NEW_ENCOUNTER, 1),
                            EncounterReason.of(ReasonKind.NEW_ENCOUNTER, 1))
                    .addEqualityGroup(EncounterReason.builder()
                            .kind(ReasonKind.NEW_ENCOUNTER)
                            .weight(1)
                            .note("n")
                            .build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(KindPairWeight.class);
            tester().testAllPublicInstanceMethods(KindPairWeight.builder());
            tester().testAllPublicInstanceMethods(KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 3, "n"));
            tester().testAllPublicStaticMethods(SectorPairWeight.class);
            tester().testAllPublicInstanceMethods(SectorPairWeight.builder());
            tester().testAllPublicStaticMethods(EncounterReason.class);
            tester().testAllPublicInstanceMethods(EncounterReason.builder());
        }
    }

    @Nested
    class Table {
        @Test
        void scoresANewEncounterPlusKindAndSectorWeights() {
            Complementarity c = Complementarity.bundled();
            assertThat(c.newEncounterWeight()).isEqualTo(1);
            assertThat(c.kindWeight(ActorKind.APL, ActorKind.AIS)).isEqualTo(3);
            assertThat(c.kindWeight(ActorKind.AIS, ActorKind.REGIE_DE_QUARTIER)).isEqualTo(3);
            assertThat(c.kindWeight(ActorKind.HUISSIER, ActorKind.PRISON)).isZero();
            assertThat(c.sectorWeight(Sector.ASSOCIATIVE, Sector.PUBLIC)).isEqualTo(1);
            Actor ais = actor(AIS, ActorKind.AIS);
            Actor cpas = actor(ActorId.of("cpas-liege"), ActorKind.CPAS);
            assertThat(c.score(ais, cpas)).isEqualTo(1 + 2 + 1);
            assertThat(c.reasons(ais, cpas))
                    .extracting(EncounterReason::kind)
                    .containsExactly(
                            ReasonKind.NEW_ENCOUNTER, ReasonKind.COMPLEMENTARY_KINDS, ReasonKind.SECTOR_BRIDGE);
            assertThat(c.reasons(ais, cpas).get(1).note())
                    .hasValueSatisfying(n -> assertThat(n).contains("FLW forum"));
        }

        @Test
        void leavesOutReasonsOfWeightZero() {
            Complementarity c = Complementarity.builder().newEncounterWeight(0).build();
            assertThat(c.reasons(actor(AIS, ActorKind.AIS), actor(APL, ActorKind.APL)))
                    .isEmpty();
            assertThat(c.score(actor(AIS, ActorKind.AIS), actor(APL, ActorKind.APL)))
                    .isZero();
            // listed pairs of weight zero give no reason either
            Complementarity listed = Complementarity.builder()
                    .newEncounterWeight(0)
                    .addKindPairs(KindPairWeight.of(ActorKind.AIS, ActorKind.CPAS, 0, "listed, worth nothing"))
                    .addSectorPairs(SectorPairWeight.of(Sector.ASSOCIATIVE, Sector.PUBLIC, 0, "listed, worth nothing"))
                    .build();
            Actor ais = actor(AIS, ActorKind.AIS);
            Actor cpas = actor(ActorId.of("cpas-liege"), ActorKind.CPAS);
            assertThat(listed.reasons(ais, cpas)).isEmpty();
            assertThat(listed.score(ais, cpas)).isZero();
        }

        @Test
        void countsANewEncounterAsOneUnlessToldOtherwise() {
            Complementarity plain = Complementarity.builder().build();
            assertThat(plain.newEncounterWeight()).isEqualTo(1);
            assertThat(plain.score(actor(AIS, ActorKind.AIS), actor(APL, ActorKind.APL)))
                    .isEqualTo(1);
        }

        @Test
        void rejectsAPairListedTwiceInEitherOrder() {
            rejects(
                    () -> Complementarity.builder()
                            .addKindPairs(KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 3, "n"))
                            .addKindPairs(KindPairWeight.of(ActorKind.APL, ActorKind.AIS, 1, "n"))
                            .build(),
                    "complementarity: kindPairs[1]",
                    "APL-AIS twice");
            rejects(
                    () -> Complementarity.builder()
                            .addSectorPairs(SectorPairWeight.of(Sector.PUBLIC, Sector.CITIZEN, 1, "n"))
                            .addSectorPairs(SectorPairWeight.of(Sector.CITIZEN, Sector.PUBLIC, 1, "n"))
                            .build(),
                    "complementarity: sectorPairs[1]",
                    "CITIZEN-PUBLIC twice");
            rejects(
                    () -> Complementarity.builder().newEncounterWeight(-1).build(),
                    "complementarity: newEncounterWeight",
                    "-1.0");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(
                            Complementarity.builder().build(),
                            Complementarity.builder().build())
                    .addEqualityGroup(Complementarity.bundled())
                    .addEqualityGroup(
                            Complementarity.builder().newEncounterWeight(2).build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(Complementarity.class);
            tester().testAllPublicInstanceMethods(Complementarity.builder());
            tester().testAllPublicInstanceMethods(Complementarity.bundled());
        }
    }

    @Nested
    class Options {
        @Test
        void seatsAreTheRepresentativesWithinTheCap() {
            SpeedDatingOptions o = SpeedDatingOptions.builder()
                    .rounds(3)
                    .tables(4)
                    .maxRepresentatives(2)
                    .putRepresentatives(AIS, 3)
                    .putRepresentatives(APL, 2)
                    .build();
            assertThat(o.seats(AIS)).isEqualTo(2);
            assertThat(o.seats(APL)).isEqualTo(2);
            assertThat(o.seats(ActorId.of("other"))).isEqualTo(1);
            assertThat(SpeedDatingOptions.of(3, 4).seats(AIS)).isEqualTo(1);
        }

        @Test
        void rejectsOutOfRangeFrames() {
            rejects(() -> SpeedDatingOptions.of(0, 4), "speed dating: rounds", "0");
            rejects(() -> SpeedDatingOptions.of(2, 1001), "speed dating: tables", "1001");
            rejects(
                    () -> SpeedDatingOptions.builder()
                            .rounds(1)
                            .tables(1)
                            .maxRepresentatives(0)
                            .build(),
                    "speed dating: maxRepresentatives",
                    "0");
            rejects(
                    () -> SpeedDatingOptions.builder()
                            .rounds(1)
                            .tables(1)
                            .putRepresentatives(AIS, 0)
                            .build(),
                    "speed dating: representatives.ais-ourthe",
                    "0");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(SpeedDatingOptions.of(2, 3), SpeedDatingOptions.of(2, 3))
                    .addEqualityGroup(SpeedDatingOptions.of(3, 3))
                    .addEqualityGroup(SpeedDatingOptions.of(2, 4))
                    .addEqualityGroup(SpeedDatingOptions.builder()
                            .from(SpeedDatingOptions.of(2, 3))
                            .putAllRepresentatives(Map.of(AIS, 2))
                            .build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(SpeedDatingOptions.class);
            tester().testAllPublicInstanceMethods(SpeedDatingOptions.builder());
            tester().testAllPublicInstanceMethods(SpeedDatingOptions.of(2, 3));
        }
    }

    @Nested
    class Encounters {
        private Encounter.Builder encounter() {
            return Encounter.builder()
                    .round(1)
                    .table(2)
                    .first(AIS)
                    .second(APL)
                    .firstKind(ActorKind.AIS)
                    .secondKind(ActorKind.APL)
                    .firstSector(Sector.ASSOCIATIVE)
                    .secondSector(Sector.ASSOCIATIVE)
                    .addReasons(EncounterReason.of(ReasonKind.NEW_ENCOUNTER, 1))
                    .addReasons(EncounterReason.builder()
                            .kind(ReasonKind.COMPLEMENTARY_KINDS)
                            .weight(3)
                            .note("n")
                            .build());
        }

        @Test
        void explainsItsScore() {
            Encounter e = encounter().build();
            assertThat(e.score()).isEqualTo(4);
            assertThat(e.involves(AIS)).isTrue();
            assertThat(e.involves(ActorId.of("x"))).isFalse();
            assertThat(e.explain(Language.EN, ActorId::value))
                    .isEqualTo("Table 2: ais-ourthe ↔ apl-liege — 4: new encounter +1, AIS ↔ APL +3");
            assertThat(e.toString()).isEqualTo("Encounter{1/2, ais-ourthe-apl-liege}");
        }

        @Test
        void rejectsBadPlacesAndOrder() {
            rejects(() -> encounter().round(0).build(), "encounter ais-ourthe-apl-liege: round", "0");
            rejects(() -> encounter().table(0).build(), "encounter ais-ourthe-apl-liege: table", "0");
            rejects(
                    () -> encounter().first(APL).second(AIS).build(),
                    "encounter apl-liege-ais-ourthe: second",
                    "ais-ourthe");
            rejects(() -> encounter().second(AIS).build(), "encounter ais-ourthe-ais-ourthe: second", "ais-ourthe");
            // a reason may add nothing
            assertThat(encounter()
                            .reasons(List.of(EncounterReason.of(ReasonKind.NEW_ENCOUNTER, 0)))
                            .build()
                            .score())
                    .isZero();
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(encounter().build(), encounter().build())
                    .addEqualityGroup(encounter().round(2).build())
                    .addEqualityGroup(encounter().table(1).build())
                    .addEqualityGroup(encounter().reasons(List.of()).build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(Encounter.class);
            tester().testAllPublicInstanceMethods(Encounter.builder());
            tester().testAllPublicInstanceMethods(encounter().build());
        }

        private SpeedDatingSchedule.Builder schedule() {
            return SpeedDatingSchedule.builder()
                    .name("Liège")
                    .options(SpeedDatingOptions.of(2, 2))
                    .addParticipants(AIS, APL, ActorId.of("cpas"))
                    .greedyScore(4)
                    .addEncounters(encounter().table(1).build());
        }

        @Test
        void schedulesKnowWhoIsIdle() {
            SpeedDatingSchedule s = schedule().build();
            assertThat(s.score()).isEqualTo(4);
            assertThat(s.round(1)).hasSize(1);
            assertThat(s.round(2)).isEmpty();
            assertThat(s.idle(1)).containsExactly(ActorId.of("cpas"));
            assertThat(s.idle(2)).containsExactly(AIS, APL, ActorId.of("cpas"));
            assertThat(s.meets(AIS, APL)).isTrue();
            assertThat(s.meets(AIS, ActorId.of("cpas"))).isFalse();
        }

        @Test
        void schedulesRejectBrokenRules() {
            String where = "speed-dating schedule Liège: ";
            rejects(() -> schedule().name(" ").build(), "speed-dating schedule  : name", "\" \"");
            rejects(() -> schedule().greedyScore(-1).build(), where + "greedyScore", "-1.0");
            rejects(
                    () -> schedule().addEncounters(encounter().round(3).build()).build(),
                    where + "encounters[1].round",
                    "3");
            rejects(
                    () -> schedule().addEncounters(encounter().table(3).build()).build(),
                    where + "encounters[1].table",
                    "3");
            rejects(
                    () -> schedule()
                            .addEncounters(encounter()
                                    .table(1)
                                    .second(ActorId.of("zz"))
                                    .build())
                            .build(),
                    where + "encounters[1]",
                    "ais-ourthe-zz");
            rejects(
                    () -> schedule().addEncounters(encounter().table(1).build()).build(),
                    where + "encounters[1].table",
                    "1 twice");
            rejects(
                    () -> schedule()
                            .addEncounters(encounter().round(2).table(1).build())
                            .build(),
                    where + "encounters[1]",
                    "ais-ourthe-apl-liege twice");
            rejects(
                    () -> schedule()
                            .addEncounters(encounter()
                                    .table(2)
                                    .second(ActorId.of("cpas"))
                                    .secondKind(ActorKind.CPAS)
                                    .build())
                            .build(),
                    where + "encounters",
                    "2");
            rejects(
                    () -> SpeedDatingSchedule.builder()
                            .from(schedule().build())
                            .encounters(List.of(
                                    encounter().round(2).table(1).build(),
                                    encounter()
                                            .round(1)
                                            .table(1)
                                            .second(ActorId.of("cpas"))
                                            .build()))
                            .build(),
                    where + "encounters[1]",
                    "1/1 after 2/1");
        }

        @Test
        void schedulesNumberTheTablesOfARoundInOrderAndFillAnOrganisationsSeats() {
            ActorId cpas = ActorId.of("cpas");
            ActorId pcs = ActorId.of("pcs");
            SpeedDatingSchedule.Builder twoTables = SpeedDatingSchedule.builder()
                    .name("Liège")
                    .options(SpeedDatingOptions.of(1, 2))
                    .addParticipants(AIS, APL, cpas, pcs)
                    .greedyScore(0);
            Encounter second = encounter().build();
            Encounter first = encounter().table(1).first(cpas).second(pcs).build();
            rejects(
                    () -> twoTables.encounters(List.of(second, first)).build(),
                    "speed-dating schedule Liège: encounters[1]",
                    "1/1 after 1/2");
            assertThat(twoTables.encounters(List.of(first, second)).build().round(1))
                    .containsExactly(first, second);

            // the AIS sends two people: it may sit at both tables of the round
            SpeedDatingSchedule both = SpeedDatingSchedule.builder()
                    .from(twoTables.encounters(List.of()).build())
                    .options(SpeedDatingOptions.builder()
                            .rounds(1)
                            .tables(2)
                            .maxRepresentatives(2)
                            .putRepresentatives(AIS, 2)
                            .build())
                    .addEncounters(
                            encounter().table(1).build(),
                            encounter().second(cpas).build())
                    .build();
            assertThat(both.idle(1)).containsExactly(pcs);
            assertThat(both.toString()).isEqualTo("SpeedDatingSchedule{Liège, 4 participants, 2 encounters}");
        }

        @Test
        void schedulesCheckTheSeatsOfTheLastRoundToo() {
            ActorId cpas = ActorId.of("cpas");
            rejects(
                    () -> schedule()
                            .addEncounters(
                                    encounter().round(2).table(1).second(cpas).build(),
                                    encounter().round(2).first(APL).second(cpas).build())
                            .build(),
                    "speed-dating schedule Liège: encounters",
                    "2");
        }

        @Test
        void schedulesEqualsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(schedule().build(), schedule().build())
                    .addEqualityGroup(schedule().name("Namur").build())
                    .addEqualityGroup(schedule().greedyScore(3).build())
                    .addEqualityGroup(schedule().encounters(List.of()).build())
                    .testEquals();
        }

        @Test
        void schedulesRejectNullArguments() {
            tester().testAllPublicStaticMethods(SpeedDatingSchedule.class);
            tester().testAllPublicInstanceMethods(SpeedDatingSchedule.builder());
            tester().testAllPublicInstanceMethods(schedule().build());
        }
    }
}
