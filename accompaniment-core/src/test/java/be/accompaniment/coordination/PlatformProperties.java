package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.ActorId;
import be.accompaniment.json.AccompanimentJson;
import org.junit.jupiter.api.Test;

class PlatformProperties {
    @Test
    void jsonRoundTrips() {
        qt().withExamples(300)
                .forAll(CoordinationGenerators.platforms())
                .checkAssert(platform -> assertThat(
                                AccompanimentJson.read(AccompanimentJson.write(platform), Platform.class))
                        .isEqualTo(platform));
    }

    @Test
    void copyThroughTheBuilderIsEqual() {
        qt().withExamples(300)
                .forAll(CoordinationGenerators.platforms())
                .checkAssert(platform ->
                        assertThat(Platform.builder().from(platform).build()).isEqualTo(platform));
    }

    @Test
    void everyAttendeeWasAMemberOnTheDayOfTheMeeting() {
        qt().withExamples(300).forAll(CoordinationGenerators.platforms()).checkAssert(platform -> {
            for (Meeting meeting : platform.meetings()) {
                assertThat(platform.membersOn(meeting.heldOn())).containsAll(meeting.attendees());
            }
        });
    }

    @Test
    void membersOnADayAreAmongTheMembers() {
        qt().withExamples(300)
                .forAll(CoordinationGenerators.platforms(), CoordinationGenerators.dates())
                .checkAssert((platform, day) -> {
                    assertThat(platform.memberIds()).containsAll(platform.membersOn(day));
                    for (ActorId id : platform.memberIds()) {
                        assertThat(platform.isMemberOn(id, day))
                                .isEqualTo(platform.membersOn(day).contains(id));
                    }
                });
    }

    @Test
    void meetingsFromTheStartToTheLastMeetingAreAllMeetings() {
        qt().withExamples(300).forAll(CoordinationGenerators.platforms()).checkAssert(platform -> {
            platform.lastMeetingOn()
                    .ifPresentOrElse(
                            last -> assertThat(platform.meetingsBetween(platform.startedOn(), last))
                                    .isEqualTo(platform.meetings()),
                            () -> assertThat(platform.meetings()).isEmpty());
        });
    }

    @Test
    void tasksCarriedByTheMembersCoverEveryTask() {
        qt().withExamples(300).forAll(CoordinationGenerators.platforms()).checkAssert(platform -> {
            long carried = platform.tasks().stream()
                    .mapToLong(t -> t.carriers().size())
                    .sum();
            long counted = platform.memberIds().stream()
                    .mapToLong(id -> platform.tasksCarriedBy(id).size())
                    .sum();
            assertThat(counted).isEqualTo(carried);
        });
    }
}
