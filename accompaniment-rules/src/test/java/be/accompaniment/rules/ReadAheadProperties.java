package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.household.Consent;
import be.accompaniment.household.Household;
import be.accompaniment.household.Income;
import be.accompaniment.household.Member;
import be.accompaniment.situation.Situation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The read-ahead of a batch reads every household of its block, and those only, to the elements of their lists. */
class ReadAheadProperties {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);
    private static final ActorDirectory DIRECTORY = RulesGenerators.walloniaAndBrussels(DAY, 5);
    private static final Case[] BATCH =
            RulesGenerators.batch(DIRECTORY, DAY, 3 * ReadAhead.BLOCK, 17).toArray(Case[]::new);

    /** What the read-ahead sums of one household, read here through streams. */
    private static long expected(Household h) {
        return h.situations().size()
                + h.members().size()
                + h.consents().size()
                + h.incomes().size()
                + h.id().value().length()
                + h.commune().intValue()
                + h.situations().stream().mapToLong(s -> s.milestones().size()).sum()
                + h.members().stream().mapToLong(Member::birthYear).sum()
                + h.consents().stream().mapToLong(c -> c.givenOn().getYear()).sum()
                + h.incomes().stream().mapToLong(Income::monthlyCents).sum();
    }

    @Test
    void aBlockReadsEachOfItsHouseholdsWithEveryElementOfTheirLists() {
        ReadAhead ahead = new ReadAhead();
        qt().forAll(Generate.range(0, BATCH.length - 1), Generate.range(0, ReadAhead.BLOCK))
                .assuming((from, n) -> from + n <= BATCH.length)
                .checkAssert((from, n) -> {
                    long sum = 0;
                    for (int i = from; i < from + n; i++) {
                        sum += expected(BATCH[i].household());
                    }
                    assertThat(ahead.read(BATCH, from, from + n)).isEqualTo(sum);
                });
    }

    @Test
    void theBatchReadIsNotVacuous() {
        // each list the read-ahead walks has elements somewhere in the batch
        List<Household> households =
                List.of(BATCH).stream().map(Case::household).toList();
        assertThat(households).anySatisfy(h -> assertThat(h.situations()).isNotEmpty());
        assertThat(households).anySatisfy(h -> assertThat(h.members()).isNotEmpty());
        assertThat(households).anySatisfy(h -> assertThat(h.consents()).isNotEmpty());
        assertThat(households).anySatisfy(h -> assertThat(h.incomes()).isNotEmpty());
        assertThat(households.stream().flatMap(h -> h.situations().stream()).map(Situation::milestones))
                .anySatisfy(m -> assertThat(m).isNotEmpty());
        assertThat(households.stream().flatMap(h -> h.consents().stream()).map(Consent::givenOn))
                .isNotEmpty();
    }
}
