package be.accompaniment.coordination;

import be.accompaniment.actor.ActorGenerators;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.territory.Territory;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated housing platforms and their parts for property tests, reusable by other packages. Every generated
 * platform is valid: attendees and carriers were members on the day, meetings are in order. Synthetic data only.
 */
public final class CoordinationGenerators {
    /** Member organisations that platforms draw from, so that generated platforms share members. */
    public static final ImmutableList<ActorId> ACTOR_POOL = ImmutableList.of(
                    "cpas-ath",
                    "pcs-ath",
                    "ais-wapi",
                    "apl-ath",
                    "slsp-ath",
                    "clac-ath",
                    "cpas-sprimont",
                    "pcs-sprimont",
                    "slsp-ourthe",
                    "ais-ourthe",
                    "flw",
                    "swcs",
                    "clps-huy",
                    "frw",
                    "gal-condroz")
            .stream()
            .map(ActorId::of)
            .collect(ImmutableList.toImmutableList());

    /** The first day generated dates can take. */
    public static final LocalDate EPOCH = LocalDate.of(2010, 1, 1);

    private static final List<String> OBJECTIVES = List.of(
            "Inventaire des logements de transit",
            "Avis sur le programme d'ancrage communal",
            "Fiche commune de signalement des expulsions",
            "Inviter le service salubrité",
            "Catalogue de bonnes pratiques");
    private static final List<String> EXPERTISES =
            List.of("permis de location", "ADeL", "habitat léger", "garantie locative", "primes énergie");

    private CoordinationGenerators() {}

    /** Platform ids such as {@code "pf-17"}. */
    public static Gen<PlatformId> platformIds() {
        return Generate.range(0, 999).map(n -> PlatformId.of("pf-" + n));
    }

    /** Days from {@link #EPOCH} over about fourteen years. */
    public static Gen<LocalDate> dates() {
        return Generate.range(0, 5000).map(EPOCH::plusDays);
    }

    /** Memberships, some of them ended, some of resource persons. */
    public static Gen<Membership> memberships() {
        return in -> membership(in, Generate.pick(ACTOR_POOL).generate(in), dates().generate(in));
    }

    /** Outside resource persons, described by expertise and sometimes organisation. */
    public static Gen<ResourcePerson> resourcePersons() {
        return in -> {
            ResourcePerson.Builder b =
                    ResourcePerson.builder().expertise(Generate.pick(EXPERTISES).generate(in));
            if (Generate.booleans().generate(in)) {
                b.organisationKind(Generate.enumValues(ActorKind.class).generate(in));
            }
            if (Generate.range(0, 3).generate(in) == 0) {
                b.organisation(Generate.pick(ACTOR_POOL).generate(in));
            }
            return b.build();
        };
    }

    /** Meetings on their own, attended by organisations of the pool. */
    public static Gen<Meeting> meetings() {
        return in -> meeting(in, dates().generate(in), ACTOR_POOL, List.of());
    }

    /** Tasks on their own, carried by organisations of the pool. */
    public static Gen<Task> tasks() {
        return in -> task(in, dates().generate(in), ACTOR_POOL);
    }

    /** Sub-commissions with members from the pool. */
    public static Gen<SubCommission> subCommissions() {
        return in -> subCommission(in, "Commission " + Generate.range(0, 9).generate(in), ACTOR_POOL);
    }

    /** Partnerships between two actors. */
    public static Gen<Partnership> partnerships() {
        return in -> Partnership.builder()
                .addAllSharedPlatforms(ActorGenerators.someOf(
                                List.of(PlatformId.of("pf-ath"), PlatformId.of("pf-ourthe"), PlatformId.of("pf-huy")),
                                0,
                                3)
                        .generate(in))
                .passerellesExchanged(Generate.range(0, 40).generate(in))
                .build();
    }

    /** Valid platforms with members, meetings, tasks and sub-commissions drawn from {@link #ACTOR_POOL}. */
    public static Gen<Platform> platforms() {
        return platforms(platformIds());
    }

    /** Valid platforms with ids from the given generator. */
    public static Gen<Platform> platforms(Gen<PlatformId> ids) {
        return in -> platform(in, ids.generate(in));
    }

    /** Lists of up to {@code max} valid platforms with unique ids. */
    public static Gen<List<Platform>> platformLists(int max) {
        return in -> {
            int size = Generate.range(0, max).generate(in);
            List<Platform> platforms = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                platforms.add(platform(in, PlatformId.of("pf-" + i)));
            }
            return platforms;
        };
    }

    private static Platform platform(RandomnessSource in, PlatformId id) {
        LocalDate startedOn = dates().generate(in);
        Platform.Builder b = Platform.builder()
                .id(id)
                .name("Plate-forme logement " + id)
                .territory(Territory.of(
                        "territory of " + id,
                        ActorGenerators.someOf(ActorGenerators.WALLONIA_POOL, 1, 4)
                                .generate(in)))
                .startedOn(startedOn);
        List<Membership> members = new ArrayList<>();
        for (ActorId actor : ActorGenerators.someOf(ACTOR_POOL, 1, 8).generate(in)) {
            members.add(membership(
                    in, actor, startedOn.plusDays(Generate.range(0, 365).generate(in))));
        }
        b.addAllMembers(members);
        List<ActorId> memberIds = members.stream().map(Membership::actor).toList();
        if (Generate.range(0, 9).generate(in) < 7) {
            b.pilot(Generate.pick(memberIds).generate(in));
        }
        if (Generate.range(0, 9).generate(in) < 6) {
            b.secretariat(Generate.pick(memberIds).generate(in));
        }
        if (Generate.booleans().generate(in)) {
            b.venue("Maison de la cohésion sociale");
        }
        if (Generate.range(0, 9).generate(in) < 7) {
            b.meetingFrequency(Generate.enumValues(MeetingFrequency.class).generate(in));
        }
        b.addAllPurposes(
                ActorGenerators.someOf(List.of(PlatformPurpose.values()), 0, 3).generate(in));
        if (Generate.range(0, 2).generate(in) == 0) {
            b.purposeStatement("Mieux connaître les actions logement du territoire");
        }
        b.addAllThemes(ActorGenerators.someOf(List.of(Theme.values()), 0, 4).generate(in));
        List<String> subCommissionNames = new ArrayList<>();
        int subCommissions = Generate.range(0, 2).generate(in);
        for (int i = 0; i < subCommissions; i++) {
            String name = "Commission " + i;
            subCommissionNames.add(name);
            b.addSubCommissions(subCommission(in, name, memberIds));
        }
        LocalDate day = startedOn;
        int meetings = Generate.range(0, 8).generate(in);
        LocalDate last = startedOn;
        for (int i = 0; i < meetings; i++) {
            day = day.plusDays(Generate.range(0, 90).generate(in));
            List<ActorId> present = membersOn(members, day);
            if (!present.isEmpty()) {
                b.addMeetings(meeting(in, day, present, subCommissionNames));
                last = day;
            }
        }
        int tasks = Generate.range(0, 4).generate(in);
        for (int i = 0; i < tasks; i++) {
            LocalDate assignedOn = startedOn.plusDays(Generate.range(0, 800).generate(in));
            List<ActorId> present = membersOn(members, assignedOn);
            if (!present.isEmpty()) {
                b.addTasks(task(in, assignedOn, present));
            }
        }
        if (Generate.range(0, 4).generate(in) == 0) {
            b.endedOn(last.plusDays(Generate.range(0, 400).generate(in)));
        }
        return b.build();
    }

    private static List<ActorId> membersOn(List<Membership> members, LocalDate day) {
        return members.stream()
                .filter(m -> m.isMemberOn(day))
                .map(Membership::actor)
                .toList();
    }

    private static Membership membership(RandomnessSource in, ActorId actor, LocalDate joinedOn) {
        Membership.Builder b = Membership.builder().actor(actor).joinedOn(joinedOn);
        if (Generate.range(0, 3).generate(in) == 0) {
            b.leftOn(joinedOn.plusDays(Generate.range(0, 1500).generate(in)));
        }
        if (Generate.range(0, 6).generate(in) == 0) {
            b.role(MemberRole.RESOURCE_PERSON);
        }
        return b.build();
    }

    private static Meeting meeting(
            RandomnessSource in, LocalDate day, List<ActorId> present, List<String> subCommissionNames) {
        Meeting.Builder b = Meeting.builder()
                .heldOn(day)
                .addAllAttendees(
                        ActorGenerators.someOf(present, 1, present.size()).generate(in))
                .addAllObjectives(ActorGenerators.someOf(OBJECTIVES, 0, 2).generate(in))
                .addAllThemes(
                        ActorGenerators.someOf(List.of(Theme.values()), 0, 2).generate(in));
        if (Generate.range(0, 3).generate(in) == 0) {
            b.addResourcePersons(resourcePersons().generate(in));
        }
        if (!subCommissionNames.isEmpty() && Generate.range(0, 3).generate(in) == 0) {
            b.subCommission(Generate.pick(subCommissionNames).generate(in));
        }
        return b.build();
    }

    private static Task task(RandomnessSource in, LocalDate assignedOn, List<ActorId> present) {
        Task.Builder b = Task.builder()
                .title(Generate.pick(OBJECTIVES).generate(in))
                .assignedOn(assignedOn)
                .addAllCarriers(ActorGenerators.someOf(present, 1, 3).generate(in));
        if (Generate.booleans().generate(in)) {
            b.dueOn(assignedOn.plusDays(Generate.range(0, 200).generate(in)));
        }
        if (Generate.range(0, 4).generate(in) < 2) {
            b.doneOn(assignedOn.plusDays(Generate.range(0, 300).generate(in)));
        }
        return b.build();
    }

    private static SubCommission subCommission(RandomnessSource in, String name, List<ActorId> members) {
        return SubCommission.builder()
                .name(name)
                .theme(Generate.enumValues(Theme.class).generate(in))
                .addAllMembers(ActorGenerators.someOf(members, 1, 3).generate(in))
                .build();
    }
}
