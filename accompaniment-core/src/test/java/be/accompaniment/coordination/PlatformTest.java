package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlatformTest {
    static final ActorId PCS_ATH = ActorId.of("pcs-ath");
    static final ActorId CPAS_ATH = ActorId.of("cpas-ath");
    static final ActorId AIS_WAPI = ActorId.of("ais-wapi");
    static final ActorId SLSP_ATH = ActorId.of("slsp-ath");
    static final ActorId CLAC = ActorId.of("clac-ath");
    static final ActorId FLW = ActorId.of("flw");
    static final ActorId PCS_SPRIMONT = ActorId.of("pcs-sprimont");
    static final ActorId CPAS_SPRIMONT = ActorId.of("cpas-sprimont");
    static final ActorId CPAS_ESNEUX = ActorId.of("cpas-esneux");
    static final ActorId SLSP_OURTHE = ActorId.of("slsp-ourthe");
    static final ActorId STRANGER = ActorId.of("cpas-liege");

    static final LocalDate ATH_START = LocalDate.of(2014, 6, 5);
    static final LocalDate OURTHE_START = LocalDate.of(2014, 9, 15);

    /** Ath: bimonthly since 5 June 2014, piloted within the PCS, with a citizens' collective. */
    static Platform.Builder ath() {
        return Platform.builder()
                .id(PlatformId.of("pf-ath"))
                .name("Plate-forme logement d'Ath")
                .territory(Territory.ofCommune(NisCode.of(51004)))
                .startedOn(ATH_START)
                .pilot(PCS_ATH)
                .secretariat(PCS_ATH)
                .venue("Maison communale d'Ath")
                .meetingFrequency(MeetingFrequency.BIMONTHLY)
                .addPurposes(
                        PlatformPurpose.MUTUAL_KNOWLEDGE,
                        PlatformPurpose.INFORMATION_SHARING,
                        PlatformPurpose.JOINT_PROJECTS,
                        PlatformPurpose.ADVICE_TO_AUTHORITIES)
                .addThemes(Theme.SOCIAL_HOUSING, Theme.CITIZEN_PARTICIPATION)
                .addMembers(
                        Membership.of(PCS_ATH, ATH_START),
                        Membership.of(CPAS_ATH, ATH_START),
                        Membership.of(AIS_WAPI, ATH_START),
                        Membership.of(SLSP_ATH, ATH_START),
                        Membership.of(CLAC, ATH_START),
                        Membership.builder()
                                .actor(FLW)
                                .role(MemberRole.RESOURCE_PERSON)
                                .joinedOn(LocalDate.of(2015, 1, 10))
                                .leftOn(LocalDate.of(2016, 12, 31))
                                .build())
                .addSubCommissions(SubCommission.builder()
                        .name("Expulsions")
                        .theme(Theme.EVICTION_PREVENTION)
                        .addMembers(CPAS_ATH, AIS_WAPI)
                        .build())
                .addMeetings(
                        Meeting.builder()
                                .heldOn(ATH_START)
                                .addAttendees(PCS_ATH, CPAS_ATH, SLSP_ATH, CLAC)
                                .addObjectives("Répertoire des services logement de la commune")
                                .build(),
                        Meeting.builder()
                                .heldOn(LocalDate.of(2014, 8, 7))
                                .addAttendees(PCS_ATH, CPAS_ATH, AIS_WAPI, CLAC)
                                .addThemes(Theme.SOCIAL_HOUSING)
                                .build(),
                        Meeting.builder()
                                .heldOn(LocalDate.of(2014, 10, 2))
                                .addAttendees(CPAS_ATH, AIS_WAPI)
                                .subCommission("Expulsions")
                                .addResourcePersons(
                                        ResourcePerson.of("procédure d'expulsion", ActorKind.JUSTICE_DE_PAIX))
                                .build(),
                        Meeting.builder()
                                .heldOn(LocalDate.of(2015, 2, 5))
                                .addAttendees(PCS_ATH, CPAS_ATH, FLW)
                                .addObjectives("Avis sur le programme d'ancrage", "Inviter les OFS du bassin")
                                .build())
                .addTasks(
                        Task.builder()
                                .title("Répertoire des services logement")
                                .addCarriers(PCS_ATH, CPAS_ATH)
                                .assignedOn(ATH_START)
                                .dueOn(LocalDate.of(2014, 10, 1))
                                .doneOn(LocalDate.of(2014, 9, 30))
                                .build(),
                        Task.builder()
                                .title("Avis sur le programme d'ancrage")
                                .addCarriers(PCS_ATH)
                                .assignedOn(LocalDate.of(2015, 2, 5))
                                .dueOn(LocalDate.of(2015, 4, 1))
                                .build());
    }

    /** Aywaille, Comblain-au-Pont, Esneux and Sprimont: transcommunal, started September 2014 within a PCS. */
    static Platform.Builder ourthe() {
        return Platform.builder()
                .id(PlatformId.of("pf-ourthe"))
                .name("Plate-forme logement transcommunale Ourthe-Amblève")
                .territory(Territory.of(
                        "Ourthe-Amblève", NisCode.of(62009), NisCode.of(62026), NisCode.of(62032), NisCode.of(62100)))
                .startedOn(OURTHE_START)
                .pilot(PCS_SPRIMONT)
                .addPurposes(PlatformPurpose.TERRITORIAL_DIAGNOSIS, PlatformPurpose.GOOD_PRACTICES)
                .purposeStatement("Analyser la situation et le potentiel de l'habitat des quatre communes")
                .addThemes(Theme.PERMANENT_HABITAT, Theme.SENIORS, Theme.ENERGY_RENOVATION, Theme.MOBILITY)
                .addMembers(
                        Membership.of(PCS_SPRIMONT, OURTHE_START),
                        Membership.of(SLSP_OURTHE, OURTHE_START),
                        Membership.of(CPAS_SPRIMONT, OURTHE_START),
                        Membership.of(CPAS_ESNEUX, OURTHE_START),
                        Membership.of(FLW, OURTHE_START))
                .addMeetings(
                        Meeting.builder()
                                .heldOn(OURTHE_START)
                                .addAttendees(PCS_SPRIMONT, SLSP_OURTHE, CPAS_SPRIMONT, CPAS_ESNEUX)
                                .build(),
                        Meeting.builder()
                                .heldOn(LocalDate.of(2014, 11, 20))
                                .addAttendees(PCS_SPRIMONT, SLSP_OURTHE, FLW)
                                .addObjectives("Analyse préalable de l'offre de logement")
                                .build());
    }

    static void assertInvalid(ThrowingCallable build, String where, String... fragments) {
        assertThatThrownBy(build)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo(where))
                .hasMessageContainingAll(fragments);
    }

    @Nested
    class Members {
        @Test
        void memberIdsListEveryOrganisationInIdOrder() {
            assertThat(ath().build().memberIds()).containsExactly(AIS_WAPI, CLAC, CPAS_ATH, FLW, PCS_ATH, SLSP_ATH);
        }

        @Test
        void membershipOfAnOrganisation() {
            Platform ath = ath().build();
            assertThat(ath.membership(FLW).map(Membership::role)).contains(MemberRole.RESOURCE_PERSON);
            assertThat(ath.membership(STRANGER)).isEmpty();
        }

        @Test
        void membersOnADayLeaveOutThoseNotYetJoinedOrAlreadyGone() {
            Platform ath = ath().build();
            assertThat(ath.membersOn(ATH_START)).containsExactly(AIS_WAPI, CLAC, CPAS_ATH, PCS_ATH, SLSP_ATH);
            assertThat(ath.membersOn(LocalDate.of(2016, 12, 31))).contains(FLW);
            assertThat(ath.membersOn(LocalDate.of(2017, 1, 1))).doesNotContain(FLW);
            assertThat(ath.membersOn(ATH_START.minusDays(1))).isEmpty();
        }

        @Test
        void isMemberOnADay() {
            Platform ath = ath().build();
            assertThat(ath.isMemberOn(FLW, LocalDate.of(2015, 1, 10))).isTrue();
            assertThat(ath.isMemberOn(FLW, LocalDate.of(2015, 1, 9))).isFalse();
            assertThat(ath.isMemberOn(STRANGER, LocalDate.of(2015, 1, 10))).isFalse();
        }
    }

    @Nested
    class Life {
        @Test
        void isActiveFromItsStartUntilItsEnd() {
            Platform ended = ath().endedOn(LocalDate.of(2018, 6, 30)).build();
            assertThat(ended.isActiveOn(ATH_START.minusDays(1))).isFalse();
            assertThat(ended.isActiveOn(ATH_START)).isTrue();
            assertThat(ended.isActiveOn(LocalDate.of(2018, 6, 30))).isTrue();
            assertThat(ended.isActiveOn(LocalDate.of(2018, 7, 1))).isFalse();
            assertThat(ath().build().isActiveOn(LocalDate.of(2030, 1, 1))).isTrue();
        }

        @Test
        void transcommunalWhenItCoversSeveralCommunes() {
            assertThat(ourthe().build().isTranscommunal()).isTrue();
            assertThat(ath().build().isTranscommunal()).isFalse();
        }
    }

    @Nested
    class Meetings {
        @Test
        void lastMeetingOn() {
            assertThat(ath().build().lastMeetingOn()).contains(LocalDate.of(2015, 2, 5));
            assertThat(ath().meetings(List.of()).build().lastMeetingOn()).isEmpty();
        }

        @Test
        void meetingsBetweenIncludeBothEnds() {
            Platform ath = ath().build();
            assertThat(ath.meetingsBetween(LocalDate.of(2014, 8, 7), LocalDate.of(2014, 10, 2)))
                    .extracting(Meeting::heldOn)
                    .containsExactly(LocalDate.of(2014, 8, 7), LocalDate.of(2014, 10, 2));
            assertThat(ath.meetingsBetween(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1)))
                    .isEmpty();
        }

        @Test
        void twoMeetingsMayBeHeldOnTheSameDay() {
            Meeting plenary =
                    Meeting.builder().heldOn(ATH_START).addAttendees(PCS_ATH).build();
            assertThat(ath().meetings(List.of(plenary, plenary)).build().meetings())
                    .hasSize(2);
        }
    }

    @Nested
    class Tasks {
        @Test
        void tasksCarriedByAnOrganisation() {
            Platform ath = ath().build();
            assertThat(ath.tasksCarriedBy(PCS_ATH)).hasSize(2);
            assertThat(ath.tasksCarriedBy(CPAS_ATH))
                    .extracting(Task::title)
                    .containsExactly("Répertoire des services logement");
            assertThat(ath.tasksCarriedBy(CLAC)).isEmpty();
        }
    }

    @Nested
    class Validation {
        @Test
        void rejectsBlankName() {
            assertInvalid(() -> ath().name(" ").build(), "platform pf-ath: name", "\" \"");
        }

        @Test
        void rejectsAnEndBeforeTheStart() {
            assertInvalid(
                    () -> ath().meetings(List.of())
                            .endedOn(LocalDate.of(2014, 6, 4))
                            .build(),
                    "platform pf-ath: endedOn",
                    "startedOn 2014-06-05",
                    "was 2014-06-04");
        }

        @Test
        void rejectsBlankVenue() {
            assertInvalid(() -> ath().venue("").build(), "platform pf-ath: venue", "must not be blank");
        }

        @Test
        void rejectsBlankPurposeStatement() {
            assertInvalid(
                    () -> ath().purposeStatement("  ").build(),
                    "platform pf-ath: purposeStatement",
                    "must not be blank");
        }

        @Test
        void rejectsTheSameMemberTwice() {
            assertInvalid(
                    () -> ath().addMembers(Membership.of(CPAS_ATH, LocalDate.of(2015, 1, 1)))
                            .build(),
                    "platform pf-ath: members[6].actor",
                    "was cpas-ath more than once");
        }

        @Test
        void rejectsAMemberThatJoinedBeforeTheStart() {
            assertInvalid(
                    () -> ath().addMembers(Membership.of(STRANGER, LocalDate.of(2014, 1, 1)))
                            .build(),
                    "platform pf-ath: members[6].joinedOn",
                    "was 2014-01-01");
        }

        @Test
        void rejectsAPilotThatIsNotAMember() {
            assertInvalid(
                    () -> ath().pilot(STRANGER).build(),
                    "platform pf-ath: pilot",
                    "must be a member of the platform, was cpas-liege");
        }

        @Test
        void rejectsASecretariatThatIsNotAMember() {
            assertInvalid(
                    () -> ath().secretariat(STRANGER).build(),
                    "platform pf-ath: secretariat",
                    "must be a member of the platform, was cpas-liege");
        }

        @Test
        void rejectsTwoSubCommissionsWithTheSameName() {
            SubCommission again = SubCommission.builder()
                    .name("Expulsions")
                    .theme(Theme.HOMELESSNESS)
                    .addMembers(PCS_ATH)
                    .build();
            assertInvalid(
                    () -> ath().addSubCommissions(again).build(),
                    "platform pf-ath: subCommissions[1].name",
                    "was \"Expulsions\" more than once");
        }

        @Test
        void rejectsASubCommissionMemberThatIsNotAMember() {
            SubCommission outsiders = SubCommission.builder()
                    .name("Insalubrité")
                    .theme(Theme.INSALUBRITY)
                    .addMembers(PCS_ATH, STRANGER)
                    .build();
            assertInvalid(
                    () -> ath().addSubCommissions(outsiders).build(),
                    "platform pf-ath: subCommissions[1].members",
                    "was cpas-liege");
        }

        @Test
        void rejectsMeetingsOutOfOrder() {
            Meeting early = Meeting.builder()
                    .heldOn(LocalDate.of(2014, 7, 1))
                    .addAttendees(PCS_ATH)
                    .build();
            assertInvalid(
                    () -> ath().addMeetings(early).build(),
                    "platform pf-ath: meetings[4].heldOn",
                    "must not be before meetings[3].heldOn 2015-02-05",
                    "was 2014-07-01");
        }

        @Test
        void rejectsAMeetingBeforeTheStart() {
            Meeting early = Meeting.builder()
                    .heldOn(LocalDate.of(2014, 6, 1))
                    .addAttendees(PCS_ATH)
                    .build();
            assertInvalid(
                    () -> ath().meetings(List.of(early)).build(),
                    "platform pf-ath: meetings[0].heldOn",
                    "must not be before startedOn 2014-06-05",
                    "was 2014-06-01");
        }

        @Test
        void rejectsAMeetingAfterTheEnd() {
            assertInvalid(
                    () -> ath().endedOn(LocalDate.of(2014, 12, 31)).build(),
                    "platform pf-ath: endedOn",
                    "must not be before meetings[3].heldOn 2015-02-05",
                    "was 2014-12-31");
        }

        @Test
        void rejectsAnAttendeeThatIsNotAMember() {
            Meeting meeting = Meeting.builder()
                    .heldOn(LocalDate.of(2015, 4, 2))
                    .addAttendees(PCS_ATH, STRANGER)
                    .build();
            assertInvalid(
                    () -> ath().addMeetings(meeting).build(),
                    "platform pf-ath: meetings[4].attendees",
                    "must be members of the platform on 2015-04-02, was cpas-liege");
        }

        @Test
        void rejectsAnAttendeeThatHadLeft() {
            Meeting meeting = Meeting.builder()
                    .heldOn(LocalDate.of(2017, 2, 2))
                    .addAttendees(PCS_ATH, FLW)
                    .build();
            assertInvalid(
                    () -> ath().addMeetings(meeting).build(),
                    "platform pf-ath: meetings[4].attendees",
                    "on 2017-02-02, was flw");
        }

        @Test
        void rejectsAnUnknownSubCommission() {
            Meeting meeting = Meeting.builder()
                    .heldOn(LocalDate.of(2015, 4, 2))
                    .addAttendees(PCS_ATH)
                    .subCommission("Logement")
                    .build();
            assertInvalid(
                    () -> ath().addMeetings(meeting).build(),
                    "platform pf-ath: meetings[4].subCommission",
                    "[Expulsions]",
                    "was \"Logement\"");
        }

        @Test
        void rejectsATaskAssignedBeforeTheStart() {
            Task task = Task.builder()
                    .title("Préparer la première réunion")
                    .addCarriers(PCS_ATH)
                    .assignedOn(LocalDate.of(2014, 5, 1))
                    .build();
            assertInvalid(
                    () -> ath().addTasks(task).build(),
                    "platform pf-ath: tasks[2].assignedOn",
                    "must not be before startedOn 2014-06-05",
                    "was 2014-05-01");
        }

        @Test
        void rejectsACarrierThatIsNotAMemberWhenTheTaskIsAssigned() {
            Task task = Task.builder()
                    .title("Contacter les OFS")
                    .addCarriers(FLW)
                    .assignedOn(LocalDate.of(2014, 12, 1))
                    .build();
            assertInvalid(
                    () -> ath().addTasks(task).build(),
                    "platform pf-ath: tasks[2].carriers",
                    "must be members of the platform on 2014-12-01, was flw");
        }
    }

    @Nested
    class Json {
        @Test
        void hasTheDocumentedShape() {
            String json = AccompanimentJson.write(ath().build());
            assertThat(json)
                    .startsWith("{\"id\":\"pf-ath\",\"name\":\"Plate-forme logement d'Ath\",\"territory\":{")
                    .contains("\"startedOn\":\"2014-06-05\"")
                    .contains("\"pilot\":\"pcs-ath\",\"secretariat\":\"pcs-ath\"")
                    .contains("\"meetingFrequency\":\"BIMONTHLY\"")
                    .contains("{\"actor\":\"flw\",\"role\":\"RESOURCE_PERSON\",\"joinedOn\":\"2015-01-10\","
                            + "\"leftOn\":\"2016-12-31\"}")
                    .contains("\"attendees\":[\"ais-wapi\",\"cpas-ath\"]")
                    .contains("\"subCommission\":\"Expulsions\"")
                    .doesNotContain("memberIds");
        }

        @Test
        void roundTrips() {
            Platform ath = ath().build();
            assertThat(AccompanimentJson.read(AccompanimentJson.write(ath), Platform.class))
                    .isEqualTo(ath);
        }

        @Test
        void reportsABrokenConstraintWithThePlatformAndField() {
            String json = AccompanimentJson.write(ath().build()).replace("\"pilot\":\"pcs-ath\"", "\"pilot\":\"x\"");
            assertThatThrownBy(() -> AccompanimentJson.read(json, Platform.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("platform pf-ath: pilot")
                    .hasMessageContaining("was x");
        }
    }

    @Test
    void toStringGivesCounts() {
        assertThat(ath().build().toString()).isEqualTo("Platform{pf-ath, 6 members, 4 meetings, 2 tasks}");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(ath().build(), ath().build())
                .addEqualityGroup(ath().pilot(CPAS_ATH).build())
                .addEqualityGroup(
                        ath().meetingFrequency(MeetingFrequency.MONTHLY).build())
                .addEqualityGroup(ath().addThemes(Theme.YOUTH).build())
                .addEqualityGroup(ourthe().build(), ourthe().build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorId.class, PCS_ATH)
                .setDefault(PlatformId.class, PlatformId.of("pf-x"))
                .setDefault(Territory.class, Territory.ofCommune(NisCode.of(51004)))
                .setDefault(Platform.class, ath().build())
                .setDefault(LocalDate.class, ATH_START);
        tester.testAllPublicStaticMethods(Platform.class);
        tester.testAllPublicInstanceMethods(Platform.builder());
        tester.testAllPublicInstanceMethods(ath().build());
    }
}
