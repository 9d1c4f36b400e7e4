package be.accompaniment.rules.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.rules.Advice;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.RulesGenerators;
import be.accompaniment.rules.Suggestion;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The adapter from a batch of the passerelle advisor's advice to unmet demand. */
class UnmetDemandFromAdviceProperties {
    private static final LocalDate ON = LocalDate.of(2024, 10, 7);
    /** Kinds removed from the synthetic directory, so that their suggestions find no actor. */
    private static final Set<ActorKind> MISSING =
            EnumSet.of(ActorKind.APL, ActorKind.REGIE_DE_QUARTIER, ActorKind.HOUSING_FIRST, ActorKind.SHELTER);

    private static final List<NisCode> COMMUNES =
            List.of(NisCode.of(62009), NisCode.of(62026), NisCode.of(62032), NisCode.of(62100));
    private static final ActorDirectory DIRECTORY = ActorDirectory.of(
            RulesGenerators.walloniaAndBrussels(ON, 7).servingAny(Territory.of("Ourthe-Amblève", COMMUNES)).stream()
                    .filter(a -> !MISSING.contains(a.kind()))
                    .toList());
    private static final PasserelleAdvisor ADVISOR =
            PasserelleAdvisor.compile(Rulebook.bundled(Region.WALLONIA), DIRECTORY);

    @Test
    void countsEverySuggestionThatFoundNoActor() {
        qt().withExamples(25)
                .forAll(RulesGenerators.householdsWithEveryKindIn(COMMUNES, ON))
                .checkAssert(household -> {
                    Advice advice = ADVISOR.advise(household, ON);
                    UnmetDemand unmet = UnmetDemand.fromAdvice(List.of(advice));
                    long unresolved = advice.suggestions().stream()
                            .filter(s -> s.unresolved() && !s.referrerIsCandidate())
                            .count();
                    assertThat(unmet.total()).isEqualTo((int) unresolved);
                    for (UnresolvedDemand d : unmet.demand()) {
                        // the commune searched: the household's, or that of the competent CPAS
                        assertThat(advice.suggestions())
                                .anyMatch(s -> s.commune().equals(d.commune()));
                        assertThat(advice.suggestions())
                                .anyMatch(s -> s.ruleId().equals(d.rule())
                                        && s.template().actorKind().equals(d.kind())
                                        && s.template().service().equals(d.service()));
                    }
                });
    }

    @Test
    void aResolvedSuggestionIsNoDemand() {
        qt().withExamples(15)
                .forAll(RulesGenerators.householdsWithEveryKindIn(COMMUNES, ON))
                .checkAssert(household -> {
                    for (Suggestion s : ADVISOR.advise(household, ON).suggestions()) {
                        Optional<UnresolvedDemand> d = UnresolvedDemand.from(s);
                        assertThat(d.isPresent()).isEqualTo(s.unresolved() && !s.referrerIsCandidate());
                        d.ifPresent(x -> assertThat(x.count()).isEqualTo(1));
                    }
                });
    }

    @Test
    void feedsTheCoverageReportOfTheTerritory() {
        qt().withExamples(5)
                .forAll(RulesGenerators.householdsWithEveryKindIn(COMMUNES, ON))
                .checkAssert(household -> {
                    UnmetDemand unmet = UnmetDemand.fromAdvice(List.of(ADVISOR.advise(household, ON)));
                    CoverageReport report = CoverageAnalyzer.bundled()
                            .analyse(Territory.of("Ourthe-Amblève", COMMUNES), DIRECTORY, unmet.demand());
                    // the demand of the territory's communes; a competent CPAS may lie elsewhere (a prison's commune)
                    assertThat(report.unmetDemand())
                            .isEqualTo(UnmetDemand.of(unmet.demand().stream()
                                    .filter(d -> COMMUNES.contains(d.commune()))
                                    .toList()));
                    assertThat(report.gaps())
                            .extracting(g -> g.expectation().id())
                            .contains("wal-apl-where-ais", "wal-regie-where-ais", "wal-housing-first");
                });
    }
}
