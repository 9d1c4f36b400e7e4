package be.accompaniment.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.household.Household;
import be.accompaniment.rules.Advice;
import be.accompaniment.rules.Case;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rule;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.Screening;
import be.accompaniment.rules.Suggestion;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sides of {@link RuleEvaluationBenchmark} compare like with like: for every household the rulebook's advice, its
 * screening and the hand-written {@code if}s name the same rules.
 */
class HandWrittenRulesTest {
    private static Rulebook rulebook;
    private static ActorDirectory directory;
    private static PasserelleAdvisor advisor;

    @BeforeAll
    static void compile() {
        rulebook = BenchData.twentyRules();
        directory = BenchData.walloon(BenchData.directory());
        advisor = PasserelleAdvisor.compile(rulebook, directory);
    }

    @Test
    void theHandWrittenRulesAreTheRulebooksTwenty() {
        assertThat(rulebook.rules()).extracting(Rule::id).containsExactlyElementsOf(HandWrittenRules.IDS);
        // the hand-written rules ignore validity: every rule must be in force from their first day on
        assertThat(rulebook.rules()).allSatisfy(r -> {
            assertThat(r.validity().from()).as(r.id()).isBeforeOrEqualTo(HandWrittenRules.FIRST_DAY);
            assertThat(r.validity().until()).as(r.id()).isEmpty();
        });
    }

    @Test
    void bothFireTheSameRulesForEveryHouseholdOfTheBenchmark() {
        List<Case> cases = BenchData.cases(directory, BenchData.HOUSEHOLDS, BenchData.CASES_SEED);
        Map<String, Integer> firings = new HashMap<>();
        int disagreements = 0;
        String first = null;
        for (Case c : cases) {
            Actor referrer = c.referrer().orElse(null);
            ImmutableSortedSet<String> byRulebook = firedBy(advise(advisor, c.household(), referrer, BenchData.DAY));
            ImmutableSortedSet<String> byHand = HandWrittenRules.fire(c.household(), referrer, BenchData.DAY)
                    .ruleIds();
            List<String> screened =
                    screen(advisor, c.household(), referrer, BenchData.DAY).ruleIds();
            if (!byRulebook.equals(byHand) || !screened.equals(byHand.asList())) {
                disagreements++;
                if (first == null) {
                    first = c + ": rulebook " + byRulebook + ", screened " + screened + ", by hand " + byHand;
                }
            }
            byRulebook.forEach(id -> firings.merge(id, 1, Integer::sum));
        }

        assertThat(disagreements)
                .as("households where they disagree; first: %s", first)
                .isZero();
        // not vacuous: each of the twenty rules fires for some of the households measured
        assertThat(firings.keySet()).containsExactlyInAnyOrderElementsOf(HandWrittenRules.IDS);
    }

    static Advice advise(PasserelleAdvisor advisor, Household household, Actor referrer, LocalDate day) {
        return referrer == null ? advisor.advise(household, day) : advisor.advise(household, referrer, day);
    }

    static Screening screen(PasserelleAdvisor advisor, Household household, Actor referrer, LocalDate day) {
        return referrer == null ? advisor.screen(household, day) : advisor.screen(household, referrer, day);
    }

    static ImmutableSortedSet<String> firedBy(Advice advice) {
        return advice.suggestions().stream()
                .map(Suggestion::ruleId)
                .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    }
}
