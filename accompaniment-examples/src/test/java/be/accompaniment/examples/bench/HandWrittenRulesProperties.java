package be.accompaniment.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.rules.Case;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.RulesGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The hand-written rules agree with the rulebook beyond the benchmark's households: on other days, and for households
 * of Brussels too (for which neither fires).
 */
class HandWrittenRulesProperties {
    private static final ActorDirectory DIRECTORY = BenchData.directory();
    private static final PasserelleAdvisor ADVISOR =
            PasserelleAdvisor.compile(BenchData.twentyRules(), BenchData.walloon(DIRECTORY));

    /** A case around a day, and the day. */
    private record Dated(LocalDate day, Case c) {}

    private static Gen<Dated> datedCases() {
        Gen<LocalDate> days = Generate.range(0, 8 * 365).map(d -> HandWrittenRules.FIRST_DAY.plusDays(d));
        return days.flatMap(day -> RulesGenerators.casesIn(DIRECTORY, day).map(c -> new Dated(day, c)));
    }

    @Test
    void theRulebookAndTheHandWrittenRulesFireTheSameRules() {
        qt().withExamples(4000).forAll(datedCases()).checkAssert(d -> {
            var referrer = d.c().referrer().orElse(null);
            var byHand =
                    HandWrittenRules.fire(d.c().household(), referrer, d.day()).ruleIds();
            assertThat(byHand)
                    .as("%s on %s", d.c(), d.day())
                    .isEqualTo(HandWrittenRulesTest.firedBy(
                            HandWrittenRulesTest.advise(ADVISOR, d.c().household(), referrer, d.day())));
            assertThat(HandWrittenRulesTest.screen(ADVISOR, d.c().household(), referrer, d.day())
                            .ruleIds())
                    .as("screening %s on %s", d.c(), d.day())
                    .isEqualTo(byHand.asList());
        });
    }
}
