package be.accompaniment.rules.coordination;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.coordination.Meeting;
import be.accompaniment.coordination.MemberRole;
import be.accompaniment.coordination.Membership;
import be.accompaniment.coordination.Platform;
import be.accompaniment.coordination.SubCommission;
import be.accompaniment.coordination.Task;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges a housing platform against the conditions of success of the Walloon practice guide on the coordination of
 * housing actors: enough motivated partners, regular meetings with objectives, shared tasks, outside resource
 * persons, and the decisions of the first meeting (pilot, venue, secretariat, frequency, purpose, priority themes).
 *
 * <pre>{@code
 * PlatformHealth health = PlatformHealthAssessor.withDefaults().assess(platform, LocalDate.of(2015, 6, 30));
 * System.out.print(health.report(Language.FR));
 * }</pre>
 *
 * <p>What is measured, on the day of the assessment:
 *
 * <ul>
 *   <li>current members: members on that day with role {@link MemberRole#MEMBER};
 *   <li>attendance over the last meetings: for each, the members expected (members that day, or members of the
 *       sub-commission that met) and those of them present; a member expected at several of these meetings who
 *       attended none is a member who never comes;
 *   <li>regularity: the longest gap between those meetings and the days since the last one (or since the start),
 *       against the agreed frequency times the tolerance; the share of those meetings that set no objective;
 *   <li>shared tasks: tasks assigned by that day and not done before the window; each task's unit of load is split
 *       equally among its carriers; the Herfindahl–Hirschman index is the sum of the squared shares of the load;
 *   <li>resource persons: those invited to meetings within the window plus current resource-person members.
 * </ul>
 *
 * <p>Immutable and thread-safe; the same platform and day give the same health.
 */
public final class PlatformHealthAssessor {
    private static final PlatformHealthAssessor DEFAULT = new PlatformHealthAssessor(HealthThresholds.defaults());

    private final HealthThresholds thresholds;

    private PlatformHealthAssessor(HealthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * An assessor with the given thresholds.
     *
     * @param thresholds the thresholds, not null
     * @return the assessor
     */
    public static PlatformHealthAssessor of(HealthThresholds thresholds) {
        return new PlatformHealthAssessor(Objects.requireNonNull(thresholds, "thresholds"));
    }

    /** An assessor with the {@linkplain HealthThresholds#defaults() default thresholds}. */
    public static PlatformHealthAssessor withDefaults() {
        return DEFAULT;
    }

    /** The thresholds it judges against. */
    public HealthThresholds thresholds() {
        return thresholds;
    }

    /**
     * The health of a platform on a day.
     *
     * @param platform the platform, not null
     * @param on the day of the assessment, not before the platform started, not null
     * @return its health
     * @throws InvalidInputException if the day is before the platform started
     */
    public PlatformHealth assess(Platform platform, LocalDate on) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(on, "on");
        if (on.isBefore(platform.startedOn())) {
            throw new InvalidInputException(
                    "platform health " + platform.id() + ": assessedOn",
                    "must not be before startedOn " + platform.startedOn() + ", was " + on);
        }
        return new Assessment(platform, on).run();
    }

    /** The figures and findings of one platform on one day. */
    private final class Assessment {
        private final Platform platform;
        private final LocalDate on;
        private final List<HealthFinding> findings = new ArrayList<>();
        private final PlatformHealth.Builder health = PlatformHealth.builder();

        Assessment(Platform platform, LocalDate on) {
            this.platform = platform;
            this.on = on;
        }

        PlatformHealth run() {
            Set<ActorId> current = expectedMembersOn(on);
            List<Meeting> held = platform.meetingsBetween(platform.startedOn(), on);
            List<Meeting> considered =
                    held.subList(Math.max(0, held.size() - thresholds.meetingsConsidered()), held.size());
            partners(current, considered);
            meetings(held, considered);
            tasks();
            resourcePersons();
            decisions();
            return health.platform(platform.id())
                    .platformName(platform.name())
                    .assessedOn(on)
                    .thresholds(thresholds)
                    .addAllFindings(findings)
                    .build();
        }

        private void partners(Set<ActorId> current, List<Meeting> considered) {
            health.currentMembers(current.size());
            if (current.size() < thresholds.minMembers()) {
                findings.add(HealthFinding.of(
                        HealthFindingKind.TOO_FEW_MEMBERS,
                        current.size() * 2 < thresholds.minMembers() ? Severity.CRITICAL : Severity.MAJOR,
                        current.size(),
                        thresholds.minMembers()));
            }
            long expectedTotal = 0;
            long presentTotal = 0;
            Map<ActorId, int[]> expectedAndPresent = new TreeMap<>();
            for (Meeting meeting : considered) {
                Set<ActorId> expected = expectedAt(meeting);
                for (ActorId member : expected) {
                    int[] counts = expectedAndPresent.computeIfAbsent(member, m -> new int[2]);
                    counts[0]++;
                    if (meeting.attendees().contains(member)) {
                        counts[1]++;
                        presentTotal++;
                    }
                }
                expectedTotal += expected.size();
            }
            if (expectedTotal > 0) {
                double rate = (double) presentTotal / expectedTotal;
                health.attendanceRate(rate);
                if (rate < thresholds.minAttendanceRate()) {
                    findings.add(HealthFinding.of(
                            HealthFindingKind.LOW_ATTENDANCE,
                            rate * 2 < thresholds.minAttendanceRate() ? Severity.CRITICAL : Severity.MAJOR,
                            rate,
                            thresholds.minAttendanceRate()));
                }
            }
            Set<ActorId> absent = new TreeSet<>();
            expectedAndPresent.forEach((member, counts) -> {
                if (current.contains(member) && counts[0] >= thresholds.absenceMinMeetings() && counts[1] == 0) {
                    absent.add(member);
                }
            });
            if (absent.size() > thresholds.maxAbsentMembers()) {
                findings.add(HealthFinding.builder()
                        .kind(HealthFindingKind.ABSENT_MEMBERS)
                        .severity(absent.size() * 3 > current.size() ? Severity.MAJOR : Severity.MINOR)
                        .figure(absent.size())
                        .threshold(thresholds.maxAbsentMembers())
                        .addAllActors(absent)
                        .build());
            }
        }

        private void meetings(List<Meeting> held, List<Meeting> considered) {
            health.meetingsConsidered(considered.size());
            double allowed = platform.meetingFrequency()
                            .orElse(thresholds.fallbackFrequency())
                            .expectedDays()
                    * thresholds.gapTolerance();
            int longest = -1;
            for (int i = 1; i < considered.size(); i++) {
                longest = Math.max(longest, (int) ChronoUnit.DAYS.between(
                        considered.get(i - 1).heldOn(), considered.get(i).heldOn()));
            }
            if (longest >= 0) {
                health.longestGapDays(longest);
                if (longest > allowed) {
                    findings.add(HealthFinding.of(
                            HealthFindingKind.MEETINGS_TOO_FAR_APART,
                            longest > 2 * allowed ? Severity.MAJOR : Severity.MINOR,
                            longest,
                            allowed));
                }
            }
            LocalDate last = held.isEmpty()
                    ? platform.startedOn()
                    : held.get(held.size() - 1).heldOn();
            int since = (int) ChronoUnit.DAYS.between(last, on);
            health.daysSinceLastMeeting(since);
            if (since > allowed) {
                findings.add(HealthFinding.of(
                        HealthFindingKind.NO_RECENT_MEETING,
                        since > 2 * allowed ? Severity.CRITICAL : Severity.MAJOR,
                        since,
                        allowed));
            }
            int without =
                    (int) considered.stream().filter(m -> !m.hasObjectives()).count();
            health.meetingsWithoutObjectives(without);
            if (!considered.isEmpty()) {
                double share = (double) without / considered.size();
                if (share > thresholds.maxShareWithoutObjectives()) {
                    findings.add(HealthFinding.of(
                            HealthFindingKind.MEETINGS_WITHOUT_OBJECTIVES,
                            share > 0.5 ? Severity.MAJOR : Severity.MINOR,
                            share,
                            thresholds.maxShareWithoutObjectives()));
                }
            }
        }

        private void tasks() {
            LocalDate windowStart = on.minusDays(thresholds.taskWindowDays());
            List<Task> considered = platform.tasks().stream()
                    .filter(t -> !t.assignedOn().isAfter(on))
                    .filter(t -> t.doneOn().map(d -> !d.isBefore(windowStart)).orElse(true))
                    .toList();
            health.tasksConsidered(considered.size());
            if (considered.size() < thresholds.minTasks()) {
                findings.add(HealthFinding.of(
                        HealthFindingKind.FEW_TASKS,
                        considered.isEmpty() ? Severity.MAJOR : Severity.MINOR,
                        considered.size(),
                        thresholds.minTasks()));
            }
            if (considered.isEmpty()) {
                return;
            }
            Map<ActorId, Double> load = new TreeMap<>();
            for (Task task : considered) {
                double part = 1.0 / task.carriers().size();
                for (ActorId carrier : task.carriers()) {
                    load.merge(carrier, part, Double::sum);
                }
            }
            double total = considered.size();
            double hhi = 0;
            for (double l : load.values()) {
                hhi += (l / total) * (l / total);
            }
            // the map iterates in id order, so ties between equally loaded carriers go to the smaller id
            List<Map.Entry<ActorId, Double>> byLoad = new ArrayList<>(load.entrySet());
            byLoad.sort(Map.Entry.<ActorId, Double>comparingByValue(Comparator.reverseOrder()));
            List<Map.Entry<ActorId, Double>> topTwo = byLoad.subList(0, Math.min(2, byLoad.size()));
            double top = Math.min(
                    1.0, topTwo.stream().mapToDouble(Map.Entry::getValue).sum() / total);
            hhi = Math.min(1.0, hhi);
            health.taskConcentration(hhi).topTwoShare(top);
            if (considered.size() < thresholds.minTasks()) {
                return;
            }
            List<ActorId> topCarriers = topTwo.stream().map(Map.Entry::getKey).toList();
            if (hhi > thresholds.maxTaskConcentration()) {
                findings.add(HealthFinding.builder()
                        .kind(HealthFindingKind.TASKS_CONCENTRATED)
                        .severity(hhi >= 0.5 ? Severity.MAJOR : Severity.MINOR)
                        .figure(hhi)
                        .threshold(thresholds.maxTaskConcentration())
                        .addAllActors(topCarriers)
                        .build());
            }
            if (top > thresholds.maxTopTwoShare()) {
                findings.add(HealthFinding.builder()
                        .kind(HealthFindingKind.TASKS_CARRIED_BY_TWO)
                        .severity(top >= 0.9 ? Severity.MAJOR : Severity.MINOR)
                        .figure(top)
                        .threshold(thresholds.maxTopTwoShare())
                        .addAllActors(topCarriers)
                        .build());
            }
        }

        private void resourcePersons() {
            LocalDate windowStart = on.minusDays(thresholds.resourcePersonWindowDays());
            int invited = platform.meetingsBetween(windowStart, on).stream()
                    .mapToInt(m -> m.resourcePersons().size())
                    .sum();
            int members = (int) platform.members().stream()
                    .filter(m -> m.role() == MemberRole.RESOURCE_PERSON && m.isMemberOn(on))
                    .count();
            health.resourcePersons(invited + members);
            if (invited + members < thresholds.minResourcePersons()) {
                findings.add(HealthFinding.of(
                        HealthFindingKind.NO_RESOURCE_PERSON,
                        Severity.MINOR,
                        invited + members,
                        thresholds.minResourcePersons()));
            }
        }

        private void decisions() {
            designated(platform.pilot(), HealthFindingKind.NO_PILOT);
            designated(platform.secretariat(), HealthFindingKind.NO_SECRETARIAT);
            if (platform.venue().isEmpty()) {
                findings.add(missing(HealthFindingKind.NO_VENUE, Severity.MINOR));
            }
            if (platform.meetingFrequency().isEmpty()) {
                findings.add(missing(HealthFindingKind.NO_MEETING_FREQUENCY, Severity.MAJOR));
            }
            if (platform.purposes().isEmpty() && platform.purposeStatement().isEmpty()) {
                findings.add(missing(HealthFindingKind.NO_PURPOSE, Severity.MAJOR));
            }
            if (platform.themes().isEmpty()) {
                findings.add(missing(HealthFindingKind.NO_PRIORITY_THEMES, Severity.MINOR));
            }
        }

        /** A pilot or secretariat that was never designated, or whose member left, is missing. */
        private void designated(Optional<ActorId> member, HealthFindingKind kind) {
            if (member.isEmpty()) {
                findings.add(missing(kind, Severity.MAJOR));
            } else if (!platform.isMemberOn(member.get(), on)) {
                findings.add(HealthFinding.builder()
                        .from(missing(kind, Severity.MAJOR))
                        .addActors(member.get())
                        .build());
            }
        }

        private HealthFinding missing(HealthFindingKind kind, Severity severity) {
            return HealthFinding.of(kind, severity, 0, 1);
        }

        /** Members (not resource persons) on a day. */
        private Set<ActorId> expectedMembersOn(LocalDate day) {
            Set<ActorId> members = new TreeSet<>();
            for (Membership m : platform.members()) {
                if (m.role() == MemberRole.MEMBER && m.isMemberOn(day)) {
                    members.add(m.actor());
                }
            }
            return members;
        }

        /** The members expected at a meeting: the members that day, or those of the sub-commission that met. */
        private Set<ActorId> expectedAt(Meeting meeting) {
            Set<ActorId> expected = expectedMembersOn(meeting.heldOn());
            meeting.subCommission().ifPresent(name -> {
                ImmutableList<ActorId> inCommission = platform.subCommissions().stream()
                        .filter(s -> s.name().equals(name))
                        .map(SubCommission::members)
                        .flatMap(Set::stream)
                        .collect(ImmutableList.toImmutableList());
                expected.retainAll(inCommission);
            });
            return expected;
        }
    }
}
