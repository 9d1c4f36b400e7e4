package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingTest {
    static final LocalDate DAY = LocalDate.of(2014, 8, 7);
    static final ActorId CPAS = ActorId.of("cpas-ath");
    static final ActorId PCS = ActorId.of("pcs-ath");

    static Meeting.Builder meeting() {
        return Meeting.builder().heldOn(DAY).addAttendees(PCS, CPAS);
    }

    @Test
    void attendeesAreInIdOrder() {
        assertThat(meeting().build().attendees()).containsExactly(CPAS, PCS);
    }

    @Test
    void hasObjectivesWhenItSetSome() {
        assertThat(meeting().build().hasObjectives()).isFalse();
        assertThat(meeting()
                        .addObjectives("Inventaire des logements de transit")
                        .build()
                        .hasObjectives())
                .isTrue();
    }

    @Test
    void rejectsAMeetingWithoutAttendees() {
        assertThatThrownBy(() -> Meeting.builder().heldOn(DAY).build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.where()).isEqualTo("meeting of 2014-08-07: attendees"))
                .hasMessageContaining("must not be empty");
    }

    @Test
    void rejectsABlankObjective() {
        assertThatThrownBy(() -> meeting().addObjectives("Avis", " ").build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.where()).isEqualTo("meeting of 2014-08-07: objectives[1]"))
                .hasMessageContaining("was \" \"");
    }

    @Test
    void rejectsABlankSubCommission() {
        assertThatThrownBy(() -> meeting().subCommission("").build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.where()).isEqualTo("meeting of 2014-08-07: subCommission"))
                .hasMessageContaining("was \"\"");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(
                        meeting().build(),
                        Meeting.builder().heldOn(DAY).addAttendees(CPAS, PCS).build())
                .addEqualityGroup(meeting().heldOn(DAY.plusDays(1)).build())
                .addEqualityGroup(meeting().addObjectives("Avis").build())
                .addEqualityGroup(meeting().addThemes(Theme.INSALUBRITY).build())
                .addEqualityGroup(meeting()
                        .addResourcePersons(ResourcePerson.of("ADeL", ActorKind.SPW_LOGEMENT))
                        .build())
                .addEqualityGroup(meeting().subCommission("Expulsions").build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorId.class, CPAS)
                .setDefault(LocalDate.class, DAY)
                .setDefault(ResourcePerson.class, ResourcePerson.of("ADeL"))
                .setDefault(Meeting.class, meeting().build());
        tester.testAllPublicStaticMethods(Meeting.class);
        tester.testAllPublicInstanceMethods(Meeting.builder());
        tester.testAllPublicInstanceMethods(meeting().build());
    }
}
