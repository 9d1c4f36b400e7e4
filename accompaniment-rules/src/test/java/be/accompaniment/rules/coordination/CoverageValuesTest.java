package be.accompaniment.rules.coordination;

import static be.accompaniment.rules.coordination.HealthValuesTest.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.i18n.Language;
import be.accompaniment.law.LegalReference;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The value types of coverage analysis. */
class CoverageValuesTest {
    private static final NisCode ESNEUX = NisCode.of(62032);

    static CoverageExpectation apl() {
        return CoverageExpectation.builder()
                .id("wal-apl-where-ais")
                .scope(ExpectationScope.TERRITORY)
                .kind(ActorKind.APL)
                .whenPresent(ActorKind.AIS)
                .note("Une APL là où il y a une AIS")
                .build();
    }

    static CoverageExpectation cpas() {
        return CoverageExpectation.builder()
                .id("wal-cpas")
                .scope(ExpectationScope.EVERY_COMMUNE)
                .kind(ActorKind.CPAS)
                .note("Un CPAS par commune")
                .reference(LegalReference.of("Loi organique des CPAS", "art. 1"))
                .build();
    }

    private static NullPointerTester tester() {
        return new NullPointerTester()
                .setDefault(NisCode.class, ESNEUX)
                .setDefault(ActorId.class, ActorId.of("ais-ourthe"))
                .setDefault(ActorKind.class, ActorKind.AIS)
                .setDefault(ServiceKind.class, ServiceKind.HOUSING_SEARCH)
                .setDefault(CoverageExpectation.class, apl())
                .setDefault(Region.class, Region.WALLONIA)
                .setDefault(Language.class, Language.EN)
                .setDefault(UnmetDemand.class, UnmetDemand.none())
                .setDefault(String.class, "rule-1");
    }

    @Nested
    class Expectation {
        @Test
        void describesWhatIsExpected() {
            assertThat(apl().what(Language.FR)).isEqualTo("Association de promotion du logement (APL)");
            assertThat(CoverageExpectation.builder()
                            .from(apl())
                            .kind(Optional.empty())
                            .service(ServiceKind.TECHNICAL_ASSISTANCE)
                            .build()
                            .what(Language.EN))
                    .isEqualTo("Technical assistance on the dwelling (any actor)");
        }

        @Test
        void rejectsBadIdsMissingTargetsAndBlankNotes() {
            rejects(
                    () -> CoverageExpectation.builder().from(apl()).id("APL!").build(),
                    "coverage expectation: id",
                    "\"APL!\"");
            rejects(
                    () -> CoverageExpectation.builder()
                            .from(apl())
                            .kind(Optional.empty())
                            .build(),
                    "coverage expectation wal-apl-where-ais: kind",
                    "neither");
            rejects(
                    () -> CoverageExpectation.builder().from(apl()).note(" ").build(),
                    "coverage expectation wal-apl-where-ais: note",
                    "\" \"");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(apl(), apl())
                    .addEqualityGroup(cpas())
                    .addEqualityGroup(CoverageExpectation.builder()
                            .from(apl())
                            .scope(ExpectationScope.EVERY_COMMUNE)
                            .build())
                    .addEqualityGroup(CoverageExpectation.builder()
                            .from(apl())
                            .whenPresent(Optional.empty())
                            .build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(CoverageExpectation.class);
            tester().testAllPublicInstanceMethods(CoverageExpectation.builder());
            tester().testAllPublicInstanceMethods(apl());
        }
    }

    @Nested
    class Model {
        private CoverageModel.Builder model() {
            return CoverageModel.builder()
                    .region(Region.WALLONIA)
                    .name("Modèle")
                    .addExpectations(cpas(), apl());
        }

        @Test
        void rejectsDuplicateIdsAndKindsForeignToTheRegion() {
            rejects(
                    () -> model().addExpectations(cpas()).build(),
                    "coverage model WALLONIA: expectations[2].id",
                    "\"wal-cpas\" twice");
            rejects(
                    () -> model().addExpectations(CoverageExpectation.builder()
                                    .from(cpas())
                                    .id("sisp")
                                    .kind(ActorKind.SISP)
                                    .build())
                            .build(),
                    "coverage model WALLONIA: expectations[2].kind",
                    "SISP");
            rejects(
                    () -> model().addExpectations(CoverageExpectation.builder()
                                    .from(apl())
                                    .id("apl-sisp")
                                    .whenPresent(ActorKind.SISP)
                                    .build())
                            .build(),
                    "coverage model WALLONIA: expectations[2].whenPresent",
                    "SISP");
            rejects(() -> model().name("").build(), "coverage model WALLONIA: name", "\"\"");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(model().build(), model().build())
                    .addEqualityGroup(model().name("Autre").build())
                    .addEqualityGroup(model().addSingleProviderServices(ServiceKind.HOUSING_SEARCH)
                            .build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(CoverageModel.class);
            tester().testAllPublicInstanceMethods(CoverageModel.builder());
        }
    }

    @Nested
    class Gap {
        private CoverageGap territoryGap() {
            return CoverageGap.builder()
                    .expectation(apl())
                    .region(Region.WALLONIA)
                    .addTriggeredBy(ActorId.of("ais-ourthe"))
                    .build();
        }

        @Test
        void needsACommuneExactlyForExpectationsOfEveryCommune() {
            rejects(
                    () -> CoverageGap.builder()
                            .expectation(cpas())
                            .region(Region.WALLONIA)
                            .build(),
                    "coverage gap wal-cpas: commune",
                    "none for scope EVERY_COMMUNE");
            rejects(
                    () -> CoverageGap.builder()
                            .from(territoryGap())
                            .commune(ESNEUX)
                            .build(),
                    "coverage gap wal-apl-where-ais: commune",
                    "62032 for scope TERRITORY");
            rejects(
                    () -> CoverageGap.builder()
                            .expectation(cpas())
                            .region(Region.WALLONIA)
                            .commune(ESNEUX)
                            .addTriggeredBy(ActorId.of("x"))
                            .build(),
                    "coverage gap wal-cpas: triggeredBy",
                    "[x]");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(
                            territoryGap(),
                            CoverageGap.builder().from(territoryGap()).build())
                    .addEqualityGroup(CoverageGap.builder()
                            .from(territoryGap())
                            .triggeredBy(List.of())
                            .build())
                    .addEqualityGroup(CoverageGap.builder()
                            .expectation(cpas())
                            .region(Region.WALLONIA)
                            .commune(ESNEUX)
                            .build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(CoverageGap.class);
            tester().testAllPublicInstanceMethods(CoverageGap.builder());
            tester().testAllPublicInstanceMethods(territoryGap());
        }
    }

    @Nested
    class Single {
        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(
                            SingleProvider.of(ESNEUX, ServiceKind.HOUSING_SEARCH, ActorId.of("cpas")),
                            SingleProvider.of(ESNEUX, ServiceKind.HOUSING_SEARCH, ActorId.of("cpas")))
                    .addEqualityGroup(
                            SingleProvider.of(NisCode.of(62009), ServiceKind.HOUSING_SEARCH, ActorId.of("cpas")))
                    .addEqualityGroup(SingleProvider.of(ESNEUX, ServiceKind.BUDGET_GUIDANCE, ActorId.of("cpas")))
                    .addEqualityGroup(SingleProvider.of(ESNEUX, ServiceKind.HOUSING_SEARCH, ActorId.of("ais")))
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(SingleProvider.class);
            tester().testAllPublicInstanceMethods(SingleProvider.builder());
            tester().testAllPublicInstanceMethods(
                            SingleProvider.of(ESNEUX, ServiceKind.HOUSING_SEARCH, ActorId.of("a")));
        }
    }

    @Nested
    class Demand {
        private UnresolvedDemand apl(int count) {
            return UnresolvedDemand.of(ESNEUX, Optional.of(ActorKind.APL), Optional.empty(), "rule-1", count);
        }

        @Test
        void rejectsBadRows() {
            rejects(() -> apl(0), "unresolved demand 62032: count", "0");
            rejects(
                    () -> UnresolvedDemand.of(ESNEUX, Optional.of(ActorKind.APL), Optional.empty(), " ", 1),
                    "unresolved demand 62032: rule",
                    "\" \"");
            rejects(
                    () -> UnresolvedDemand.of(
                            NisCode.of(62000), Optional.of(ActorKind.APL), Optional.empty(), "rule-1", 1),
                    "unresolved demand 62000: commune",
                    "62000");
            rejects(
                    () -> UnresolvedDemand.of(ESNEUX, Optional.empty(), Optional.empty(), "rule-1", 1),
                    "unresolved demand 62032: kind",
                    "neither");
        }

        @Test
        void mergesRowsOfTheSameCommuneKindServiceAndRule() {
            UnresolvedDemand other = UnresolvedDemand.of(
                    NisCode.of(62009), Optional.empty(), Optional.of(ServiceKind.HOUSING_SEARCH), "rule-2", 2);
            UnmetDemand d = UnmetDemand.of(List.of(apl(1), other, apl(3)));
            assertThat(d.demand()).containsExactly(other, apl(4));
            assertThat(d.total()).isEqualTo(6);
            assertThat(d).isEqualTo(UnmetDemand.of(List.of(apl(4), other)));
            assertThat(d.toString()).isEqualTo("UnmetDemand{6 suggestions, 2 rows}");
            assertThat(UnmetDemand.none().total()).isZero();
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(apl(1), apl(1))
                    .addEqualityGroup(apl(2))
                    .addEqualityGroup(UnresolvedDemand.builder()
                            .from(apl(1))
                            .rule("rule-2")
                            .build())
                    .addEqualityGroup(UnresolvedDemand.builder()
                            .from(apl(1))
                            .service(ServiceKind.TECHNICAL_ASSISTANCE)
                            .build())
                    .testEquals();
            new EqualsTester()
                    .addEqualityGroup(UnmetDemand.none(), UnmetDemand.of(List.of()))
                    .addEqualityGroup(UnmetDemand.of(List.of(apl(1))))
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(UnresolvedDemand.class);
            tester().testAllPublicInstanceMethods(UnresolvedDemand.builder());
            tester().testAllPublicStaticMethods(UnmetDemand.class);
            tester().testAllPublicInstanceMethods(UnmetDemand.builder());
        }
    }

    @Nested
    class Report {
        private CoverageReport.Builder report() {
            return CoverageReport.builder().territory("Ourthe-Amblève").communes(4);
        }

        @Test
        void rejectsBadHeaders() {
            rejects(() -> report().territory(" ").build(), "coverage report: territory", "\" \"");
            rejects(() -> report().communes(0).build(), "coverage report Ourthe-Amblève: communes", "0");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(report().build(), report().build())
                    .addEqualityGroup(report().communes(3).build())
                    .addEqualityGroup(
                            report().addUnassessedRegions(Region.FLANDERS).build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            tester().testAllPublicStaticMethods(CoverageReport.class);
            tester().testAllPublicInstanceMethods(CoverageReport.builder());
            tester().testAllPublicInstanceMethods(report().build());
        }
    }

    @Test
    void expectationsNeedAKindOrAService() {
        assertThatThrownBy(() -> CoverageExpectation.builder()
                        .id("x")
                        .scope(ExpectationScope.TERRITORY)
                        .note("n")
                        .build())
                .isInstanceOf(InvalidInputException.class);
    }
}
