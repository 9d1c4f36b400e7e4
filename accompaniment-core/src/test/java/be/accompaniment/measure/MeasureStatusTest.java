package be.accompaniment.measure;

import static be.accompaniment.measure.MeasureStatus.ABANDONED;
import static be.accompaniment.measure.MeasureStatus.ACTIVE;
import static be.accompaniment.measure.MeasureStatus.COMPLETED;
import static be.accompaniment.measure.MeasureStatus.PLANNED;
import static be.accompaniment.measure.MeasureStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeasureStatusTest {
    @Test
    void allowsTheDocumentedMovesOnly() {
        assertThat(PLANNED.nextStatuses()).containsExactly(ACTIVE, ABANDONED);
        assertThat(ACTIVE.nextStatuses()).containsExactly(SUSPENDED, COMPLETED, ABANDONED);
        assertThat(SUSPENDED.nextStatuses()).containsExactly(ACTIVE, ABANDONED);
        assertThat(COMPLETED.nextStatuses()).isEmpty();
        assertThat(ABANDONED.nextStatuses()).isEmpty();
    }

    @Test
    void canMoveToAgreesWithNextStatuses() {
        for (MeasureStatus from : MeasureStatus.values()) {
            for (MeasureStatus to : MeasureStatus.values()) {
                assertThat(from.canMoveTo(to)).isEqualTo(from.nextStatuses().contains(to));
            }
        }
    }

    @Test
    void aSuspendedMeasureResumesBeforeItCompletes() {
        assertThat(SUSPENDED.canMoveTo(COMPLETED)).isFalse();
        assertThat(SUSPENDED.canMoveTo(ACTIVE)).isTrue();
    }

    @Test
    void completedAndAbandonedAreTerminal() {
        assertThat(MeasureStatus.values()).filteredOn(MeasureStatus::isTerminal).containsExactly(COMPLETED, ABANDONED);
    }

    @Test
    void nextStatusesCannotBeChanged() {
        assertThatThrownBy(() -> PLANNED.nextStatuses().add(COMPLETED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void canMoveToRefusesNull() {
        assertThatThrownBy(() -> PLANNED.canMoveTo(null)).isInstanceOf(NullPointerException.class);
    }
}
