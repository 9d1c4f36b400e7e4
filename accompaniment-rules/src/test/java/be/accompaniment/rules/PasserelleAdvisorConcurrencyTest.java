package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.i18n.Language;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One advisor shared between threads: the same batch on 1, 2 and 8 threads gives the same advices. */
class PasserelleAdvisorConcurrencyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    @Test
    void theSameBatchOnOneTwoAndEightThreadsGivesIdenticalAdvices() throws Exception {
        ActorDirectory directory = RulesGenerators.walloniaAndBrussels(DAY, 5);
        PasserelleAdvisor advisor = PasserelleAdvisor.compile(RulesFixtures.testRulebook(), directory);
        List<Case> batch = RulesGenerators.batch(directory, DAY, 3000, 21);

        ImmutableList<Advice> sequential = advisor.adviseAll(batch, DAY, false);
        List<ImmutableList<Advice>> parallel = new ArrayList<>();
        for (int threads : new int[] {1, 2, 8}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                parallel.add(
                        pool.submit(() -> advisor.adviseAll(batch, DAY, true)).get());
            } finally {
                pool.shutdown();
                assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            }
        }

        assertThat(sequential).hasSize(batch.size());
        assertThat(sequential.stream().mapToInt(a -> a.suggestions().size()).sum())
                .as("suggestions in the batch")
                .isGreaterThan(batch.size() / 4);
        for (ImmutableList<Advice> advices : parallel) {
            assertThat(advices).isEqualTo(sequential);
            // explanations rendered lazily by racing threads read the same
            assertThat(render(advices)).isEqualTo(render(sequential));
        }
    }

    private static String render(List<Advice> advices) {
        return advices.parallelStream().map(a -> a.toJson(Language.FR)).collect(Collectors.joining("\n"));
    }
}
