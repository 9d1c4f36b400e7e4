package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.SituationKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Step units, the indicator catalogue, counter-based draws and replication seeds. */
class ScenarioPrimitivesTest {
    @Nested
    class StepUnits {
        @Test
        void moveByTheirUnit() {
            LocalDate d = LocalDate.of(2026, 1, 31);
            assertThat(StepUnit.DAY.dayOf(d, 2)).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(StepUnit.WEEK.dayOf(d, 2)).isEqualTo(LocalDate.of(2026, 2, 14));
            assertThat(StepUnit.MONTH.dayOf(d, 1)).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(StepUnit.MONTH.dayOf(d, 0)).isEqualTo(d);
            assertThatThrownBy(() -> StepUnit.DAY.dayOf(d, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Indicators {
        @Test
        void haveUniqueNamesAndCountsComeFirst() {
            Set<String> names = new HashSet<>();
            boolean derived = false;
            for (Indicator i : Indicator.all()) {
                assertThat(names.add(i.name())).as(i.name()).isTrue();
                assertThat(Indicator.named(i.name())).contains(i);
                assertThat(i.toString()).isEqualTo(i.name());
                if (!i.isCount()) {
                    derived = true;
                } else {
                    assertThat(derived).as("counts before derived figures").isFalse();
                }
            }
            assertThat(Indicator.named("nothing")).isEmpty();
        }

        @Test
        void coverEveryStatusSituationAndEthosCategory() {
            for (HouseholdStatus s : HouseholdStatus.values()) {
                assertThat(Indicator.status(s).name())
                        .isEqualTo("status_" + s.name().toLowerCase());
            }
            assertThat(Indicator.situation(SituationKind.EVICTION_THREAT).name())
                    .isEqualTo("situation_eviction-threat");
            assertThat(Indicator.ethos(EthosCategory.E9_1).name()).isEqualTo("ethos_9.1");
            assertThat(Indicator.PASSERELLES_MADE.isFlow()).isTrue();
            assertThat(Indicator.HOUSEHOLDS.isFlow()).isFalse();
            assertThat(Indicator.SHARE_STABILISED.isCount()).isFalse();
        }
    }

    @Nested
    class CounterBasedDraws {
        @Test
        void dependOnlyOnTheirKey() {
            double a = Draws.uniform(1, 2, Draws.ACCEPT, 3, 4);
            assertThat(Draws.uniform(1, 2, Draws.ACCEPT, 3, 4)).isEqualTo(a);
            assertThat(Draws.uniform(2, 2, Draws.ACCEPT, 3, 4)).isNotEqualTo(a);
            assertThat(Draws.uniform(1, 3, Draws.ACCEPT, 3, 4)).isNotEqualTo(a);
            assertThat(Draws.uniform(1, 2, Draws.RESOLVE, 3, 4)).isNotEqualTo(a);
            assertThat(Draws.uniform(1, 2, Draws.ACCEPT, 4, 4)).isNotEqualTo(a);
            assertThat(Draws.uniform(1, 2, Draws.ACCEPT, 3, 5)).isNotEqualTo(a);
        }

        @Test
        void areUniformInTheUnitInterval() {
            int[] bins = new int[10];
            int n = 100_000;
            for (int h = 0; h < n; h++) {
                double u = Draws.uniform(42, h, Draws.INCIDENCE, 7, 0);
                assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
                bins[(int) (u * 10)]++;
            }
            for (int b : bins) {
                assertThat(b).isBetween(n / 10 - 500, n / 10 + 500);
            }
        }

        @Test
        void replicationSeedsDiffer() {
            assertThat(Simulation.replicationSeed(5, 0)).isEqualTo(5);
            Set<Long> seeds = new HashSet<>();
            for (int r = 0; r < 100; r++) {
                seeds.add(Simulation.replicationSeed(5, r));
            }
            assertThat(seeds).hasSize(100);
            assertThatThrownBy(() -> Simulation.replicationSeed(5, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
