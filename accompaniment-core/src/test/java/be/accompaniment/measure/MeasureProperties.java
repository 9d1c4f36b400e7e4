package be.accompaniment.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.PathwayException;
import be.accompaniment.json.AccompanimentJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class MeasureProperties {
    @Test
    void jsonRoundTripGivesAnEqualMeasure() {
        qt().forAll(MeasureGenerators.measures())
                .checkAssert(m -> assertThat(AccompanimentJson.read(AccompanimentJson.write(m), Measure.class))
                        .isEqualTo(m));
    }

    @Test
    void idsRoundTripThroughJson() {
        qt().forAll(MeasureGenerators.measureIds())
                .checkAssert(id -> assertThat(AccompanimentJson.read(AccompanimentJson.write(id), MeasureId.class))
                        .isEqualTo(id));
    }

    @Test
    void everyAllowedWalkSucceedsAndEndsInItsLastStatus() {
        qt().forAll(MeasureGenerators.measures(), MeasureGenerators.walks(8), Generate.range(0, 30))
                .checkAssert((seed, walk, gap) -> {
                    Measure m = Measure.planned(
                            seed.id(), seed.kind(), seed.provider(), seed.household(), seed.plannedOn());
                    for (MeasureStatus s : walk.subList(1, walk.size())) {
                        m = m.moveTo(s, m.statusSince().plusDays(gap));
                    }
                    assertThat(m.status()).isEqualTo(walk.get(walk.size() - 1));
                    assertThat(m.endedOn().isPresent()).isEqualTo(m.status().isTerminal());
                });
    }

    @Test
    void everyMoveNotAllowedIsRefused() {
        qt().forAll(MeasureGenerators.measures(), MeasureGenerators.statuses())
                .assuming((m, next) -> !m.status().canMoveTo(next))
                .checkAssert((m, next) -> assertThatThrownBy(() -> m.moveTo(next, m.statusSince()))
                        .isInstanceOf(PathwayException.class)
                        .hasMessageContaining("cannot move from " + m.status() + " to " + next));
    }

    @Test
    void datesFollowTheStatus() {
        qt().forAll(MeasureGenerators.measures()).checkAssert(m -> {
            assertThat(m.startedOn().isPresent())
                    .isEqualTo(m.status() != MeasureStatus.PLANNED
                            && (m.status() != MeasureStatus.ABANDONED
                                    || m.startedOn().isPresent()));
            List.of(m.startedOn(), m.endedOn())
                    .forEach(d -> d.ifPresent(day -> assertThat(day).isAfterOrEqualTo(m.plannedOn())));
            assertThat(m.statusSince()).isAfterOrEqualTo(m.startedOn().orElse(m.plannedOn()));
        });
    }
}
