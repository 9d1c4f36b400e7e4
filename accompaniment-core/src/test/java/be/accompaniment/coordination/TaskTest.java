package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaskTest {
    static final ActorId CPAS = ActorId.of("cpas-ath");
    static final ActorId PCS = ActorId.of("pcs-ath");
    static final LocalDate ASSIGNED = LocalDate.of(2014, 6, 5);
    static final LocalDate DUE = LocalDate.of(2014, 10, 1);
    static final LocalDate DONE = LocalDate.of(2014, 11, 15);

    static Task.Builder task() {
        return Task.builder()
                .title("Répertoire des services logement")
                .addCarriers(PCS, CPAS)
                .assignedOn(ASSIGNED);
    }

    @Nested
    class Status {
        @Test
        void isDoneOnlyWithADoneDay() {
            assertThat(task().build().isDone()).isFalse();
            assertThat(task().doneOn(DONE).build().isDone()).isTrue();
        }

        @Test
        void isOpenFromAssignmentUntilTheDayBeforeItIsDone() {
            Task task = task().doneOn(DONE).build();
            assertThat(task.isOpenOn(ASSIGNED.minusDays(1))).isFalse();
            assertThat(task.isOpenOn(ASSIGNED)).isTrue();
            assertThat(task.isOpenOn(DONE.minusDays(1))).isTrue();
            assertThat(task.isOpenOn(DONE)).isFalse();
            assertThat(task().build().isOpenOn(LocalDate.of(2030, 1, 1))).isTrue();
        }

        @Test
        void isOverdueWhenOpenAfterItsDueDay() {
            Task task = task().dueOn(DUE).doneOn(DONE).build();
            assertThat(task.isOverdueOn(DUE)).isFalse();
            assertThat(task.isOverdueOn(DUE.plusDays(1))).isTrue();
            assertThat(task.isOverdueOn(DONE)).isFalse();
            assertThat(task().build().isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
        }
    }

    @Nested
    class Validation {
        @Test
        void rejectsBlankTitle() {
            assertThatThrownBy(() -> task().title("").build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("task: title"))
                    .hasMessageContaining("was \"\"");
        }

        @Test
        void rejectsATaskNobodyCarries() {
            assertThatThrownBy(() ->
                            Task.builder().title("Avis").assignedOn(ASSIGNED).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("task \"Avis\": carriers"))
                    .hasMessageContaining("must not be empty");
        }

        @Test
        void rejectsADueDayBeforeAssignment() {
            assertThatThrownBy(() -> task().dueOn(ASSIGNED.minusDays(3)).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("task \"Répertoire des services logement\": dueOn"))
                    .hasMessageContaining("assignedOn 2014-06-05")
                    .hasMessageContaining("was 2014-06-02");
        }

        @Test
        void rejectsADoneDayBeforeAssignment() {
            assertThatThrownBy(() -> task().doneOn(ASSIGNED.minusDays(1)).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("task \"Répertoire des services logement\": doneOn"))
                    .hasMessageContaining("was 2014-06-04");
        }
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(task().build(), task().build())
                .addEqualityGroup(task().title("Avis").build())
                .addEqualityGroup(task().carriers(List.of(PCS)).build())
                .addEqualityGroup(task().dueOn(DUE).build())
                .addEqualityGroup(task().doneOn(DONE).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorId.class, CPAS)
                .setDefault(LocalDate.class, ASSIGNED)
                .setDefault(Task.class, task().build());
        tester.testAllPublicStaticMethods(Task.class);
        tester.testAllPublicInstanceMethods(Task.builder());
        tester.testAllPublicInstanceMethods(task().build());
    }
}
