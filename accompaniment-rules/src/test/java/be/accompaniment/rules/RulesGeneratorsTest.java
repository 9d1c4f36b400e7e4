package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesGeneratorsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @Test
    void theSyntheticDirectoryServesEveryWalloonAndBrusselsCommuneWithFifteenActorsOrMore() {
        ActorDirectory directory = RulesGenerators.walloniaAndBrussels(DAY, 1);
        assertThat(directory.communes()).hasSize(261 + 19);
        assertThat(directory.communes()).allSatisfy(c -> {
            assertThat(c.region()).isIn(Region.WALLONIA, Region.BRUSSELS_CAPITAL);
            assertThat(directory.serving(c)).hasSizeGreaterThanOrEqualTo(15);
        });
        assertThat(RulesGenerators.walloniaAndBrussels(DAY, 1)).isEqualTo(directory);
    }

    @Test
    void aBatchIsReproducibleFromItsSeed() {
        ActorDirectory directory = RulesGenerators.walloniaAndBrussels(DAY, 1);
        List<Case> batch = RulesGenerators.batch(directory, DAY, 200, 9);
        assertThat(RulesGenerators.batch(directory, DAY, 200, 9)).isEqualTo(batch);
        List<NisCode> communes = RulesGenerators.communes(directory);
        assertThat(batch)
                .allSatisfy(c -> assertThat(communes).contains(c.household().commune()));
        assertThat(batch).anySatisfy(c -> assertThat(c.referrer()).isPresent());
        assertThat(batch).anySatisfy(c -> assertThat(c.household().situations()).hasSizeGreaterThan(3));
    }
}
