package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.coordination.Meeting;
import be.accompaniment.coordination.MeetingFrequency;
import be.accompaniment.coordination.Membership;
import be.accompaniment.coordination.Platform;
import be.accompaniment.coordination.PlatformId;
import be.accompaniment.coordination.PlatformPurpose;
import be.accompaniment.coordination.ResourcePerson;
import be.accompaniment.coordination.Task;
import be.accompaniment.coordination.Theme;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A healthy platform of six members meeting monthly, and helpers to spoil it one condition at a time. Synthetic
 * data only.
 */
final class HealthFixtures {
    static final ActorId CPAS = ActorId.of("cpas-esneux");
    static final ActorId PCS = ActorId.of("pcs-sprimont");
    static final ActorId AIS = ActorId.of("ais-ourthe");
    static final ActorId APL = ActorId.of("apl-ourthe");
    static final ActorId SLSP = ActorId.of("slsp-ourthe");
    static final ActorId REGIE = ActorId.of("regie-esneux");
    static final List<ActorId> SIX = List.of(AIS, APL, CPAS, PCS, REGIE, SLSP);

    static final LocalDate START = LocalDate.of(2020, 1, 6);
    /** Sixteen days after the seventh monthly meeting. */
    static final LocalDate ON = LocalDate.of(2020, 7, 20);

    private HealthFixtures() {}

    /** The day of the k-th monthly meeting, from 0. */
    static LocalDate meetingDay(int k) {
        return START.plusDays(30L * k);
    }

    /** Seven monthly meetings attended by everyone, each with an objective; a resource person at the sixth. */
    static List<Meeting> monthlyMeetings(List<ActorId> members) {
        List<List<ActorId>> attendance = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            attendance.add(members);
        }
        return meetings(attendance);
    }

    /** Monthly meetings with the given attendees, each with an objective; a resource person at the sixth. */
    static List<Meeting> meetings(List<List<ActorId>> attendance) {
        List<Meeting> meetings = new ArrayList<>();
        for (int k = 0; k < attendance.size(); k++) {
            Meeting.Builder m = Meeting.builder()
                    .heldOn(meetingDay(k))
                    .addAllAttendees(attendance.get(k))
                    .addObjectives("Objectif " + k);
            if (k == 5) {
                m.addResourcePersons(ResourcePerson.of("ADeL", ActorKind.SPW_LOGEMENT));
            }
            meetings.add(m.build());
        }
        return meetings;
    }

    /** One task per member, each carried by that member alone. */
    static List<Task> oneTaskEach(List<ActorId> members) {
        List<Task> tasks = new ArrayList<>();
        for (ActorId m : members) {
            tasks.add(task(m));
        }
        return tasks;
    }

    static Task task(ActorId... carriers) {
        return Task.builder()
                .title("Inventaire des logements de transit")
                .assignedOn(START.plusDays(30))
                .addCarriers(carriers)
                .build();
    }

    /** A healthy platform of the given members, all joined at the start. */
    static Platform.Builder healthy(List<ActorId> members) {
        Platform.Builder b = Platform.builder()
                .id(PlatformId.of("pf-ourthe"))
                .name("Plate-forme logement Ourthe-Amblève")
                .territory(Territory.of(
                        "Ourthe-Amblève", NisCode.of(62009), NisCode.of(62026), NisCode.of(62032), NisCode.of(62100)))
                .startedOn(START)
                .pilot(members.get(0))
                .secretariat(members.get(1))
                .venue("Maison de la cohésion sociale")
                .meetingFrequency(MeetingFrequency.MONTHLY)
                .addPurposes(PlatformPurpose.TERRITORIAL_DIAGNOSIS)
                .addThemes(Theme.PERMANENT_HABITAT);
        members.forEach(m -> b.addMembers(Membership.of(m, START)));
        return b.addAllMeetings(monthlyMeetings(members)).addAllTasks(oneTaskEach(members));
    }

    static Platform.Builder healthy() {
        return healthy(SIX);
    }
}
