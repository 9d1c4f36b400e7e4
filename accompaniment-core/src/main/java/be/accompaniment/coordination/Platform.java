package be.accompaniment.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.territory.Territory;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A housing platform (plate-forme logement, réseau logement): public and associative actors of a communal or
 * transcommunal territory who meet regularly to coordinate on housing, beyond the yearly meeting of the communal
 * housing programme (ancrage communal).
 *
 * <p>It records what its first meeting decided — who pilots, where it meets, who convenes and keeps the minutes
 * (the secretariat), how often it meets, its purposes and priority themes — then its members over time, the
 * meetings it held, the tasks it shared out and its thematic sub-commissions. Example: the transcommunal platform
 * of Aywaille, Comblain-au-Pont, Esneux and Sprimont, started in September 2014 within a PCS.
 *
 * <p>Validation: member ids are unique and no member joined before the platform started; the pilot, the
 * secretariat and sub-commission members are members; meetings are in date order, within the platform's life, and
 * attended by organisations that were members that day; task carriers were members the day the task was assigned.
 * Each failure names the platform, the field and the value.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutablePlatform.class)
@JsonDeserialize(as = ImmutablePlatform.class)
public abstract class Platform {
    Platform() {}

    /** A builder; {@code id}, {@code name}, {@code territory} and {@code startedOn} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The platform's identifier. */
    public abstract PlatformId id();

    /** Its name, e.g. "Plate-forme logement d'Ath". */
    public abstract String name();

    /** The communes it covers. */
    public abstract Territory territory();

    /** The day it started, usually its first meeting. */
    public abstract LocalDate startedOn();

    /** The day it stopped, if it did. */
    public abstract Optional<LocalDate> endedOn();

    /** The member that pilots it, if one was designated. */
    public abstract Optional<ActorId> pilot();

    /** The member that convenes meetings and keeps the minutes (secretariat), if one was designated. */
    public abstract Optional<ActorId> secretariat();

    /** Where it meets, e.g. "Maison de l'emploi, Sprimont"; a place, never a person. */
    public abstract Optional<String> venue();

    /** How often it decided to meet, if it did. */
    public abstract Optional<MeetingFrequency> meetingFrequency();

    /** What it is for. */
    public abstract ImmutableSet<PlatformPurpose> purposes();

    /** Its purpose in its own words, if stated. */
    public abstract Optional<String> purposeStatement();

    /** Its priority themes. */
    public abstract ImmutableSet<Theme> themes();

    /** Its members, past and present, each organisation once. */
    public abstract ImmutableList<Membership> members();

    /** The meetings it held, in date order. */
    public abstract ImmutableList<Meeting> meetings();

    /** The tasks it shared out. */
    public abstract ImmutableList<Task> tasks();

    /** Its thematic sub-commissions, with unique names. */
    public abstract ImmutableList<SubCommission> subCommissions();

    /** Memberships by actor. */
    @Value.Lazy
    @JsonIgnore
    ImmutableMap<ActorId, Membership> membershipIndex() {
        return members().stream().collect(ImmutableMap.toImmutableMap(Membership::actor, m -> m));
    }

    /** Every organisation that was ever a member, in id order. */
    @Value.Lazy
    @JsonIgnore
    public ImmutableSortedSet<ActorId> memberIds() {
        return ImmutableSortedSet.copyOf(membershipIndex().keySet());
    }

    /**
     * The membership of an organisation.
     *
     * @param actor the organisation, not null
     * @return its membership, or empty if it never was a member
     */
    public Optional<Membership> membership(ActorId actor) {
        return Optional.ofNullable(membershipIndex().get(Objects.requireNonNull(actor, "actor")));
    }

    /**
     * Whether an organisation is a member on a day.
     *
     * @param actor the organisation, not null
     * @param day the day, not null
     */
    public boolean isMemberOn(ActorId actor, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return membership(actor).map(m -> m.isMemberOn(day)).orElse(false);
    }

    /**
     * The organisations that are members on a day, in id order.
     *
     * @param day the day, not null
     */
    public ImmutableSortedSet<ActorId> membersOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return members().stream()
                .filter(m -> m.isMemberOn(day))
                .map(Membership::actor)
                .collect(ImmutableSortedSet.toImmutableSortedSet(ActorId::compareTo));
    }

    /**
     * Whether the platform is running on a day: started on or before it and not ended before it.
     *
     * @param day the day, not null
     */
    public boolean isActiveOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(startedOn())
                && endedOn().map(end -> !day.isAfter(end)).orElse(true);
    }

    /** Whether it covers more than one commune. */
    @JsonIgnore
    public boolean isTranscommunal() {
        return territory().communes().size() > 1;
    }

    /** The day of its last meeting, if it held any. */
    public Optional<LocalDate> lastMeetingOn() {
        return meetings().isEmpty()
                ? Optional.empty()
                : Optional.of(meetings().get(meetings().size() - 1).heldOn());
    }

    /**
     * The meetings held between two days, both inclusive, in date order.
     *
     * @param from the first day, not null
     * @param until the last day, not null
     */
    public ImmutableList<Meeting> meetingsBetween(LocalDate from, LocalDate until) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        return meetings().stream()
                .filter(m -> !m.heldOn().isBefore(from) && !m.heldOn().isAfter(until))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * The tasks an organisation carries, alone or with others.
     *
     * @param actor the organisation, not null
     */
    public ImmutableList<Task> tasksCarriedBy(ActorId actor) {
        Objects.requireNonNull(actor, "actor");
        return tasks().stream().filter(t -> t.carriers().contains(actor)).collect(ImmutableList.toImmutableList());
    }

    @Value.Check
    final void check() {
        Checks.notBlank(name(), "name", this::describe);
        endedOn().ifPresent(end -> Checks.inOrder(startedOn(), "startedOn", end, "endedOn", this::describe));
        venue().ifPresent(v -> Checks.notBlank(v, "venue", this::describe));
        purposeStatement().ifPresent(p -> Checks.notBlank(p, "purposeStatement", this::describe));
        checkMembers();
        pilot().ifPresent(p -> checkMember(p, "pilot"));
        secretariat().ifPresent(s -> checkMember(s, "secretariat"));
        Set<String> subCommissionNames = checkSubCommissions();
        checkMeetings(subCommissionNames);
        checkTasks();
    }

    private void checkMembers() {
        Map<ActorId, Membership> seen = new HashMap<>();
        for (int i = 0; i < members().size(); i++) {
            Membership m = members().get(i);
            String field = "members[" + i + "]";
            Checks.that(
                    seen.put(m.actor(), m) == null,
                    field + ".actor",
                    this::describe,
                    () -> "must be unique, was " + m.actor() + " more than once");
            Checks.inOrder(startedOn(), "startedOn", m.joinedOn(), field + ".joinedOn", this::describe);
        }
    }

    private void checkMember(ActorId actor, String field) {
        Checks.that(
                membershipIndex().containsKey(actor),
                field,
                this::describe,
                () -> "must be a member of the platform, was " + actor);
    }

    private Set<String> checkSubCommissions() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < subCommissions().size(); i++) {
            SubCommission s = subCommissions().get(i);
            String field = "subCommissions[" + i + "]";
            Checks.that(
                    names.add(s.name()),
                    field + ".name",
                    this::describe,
                    () -> "must be unique, was \"" + s.name() + "\" more than once");
            for (ActorId member : s.members()) {
                checkMember(member, field + ".members");
            }
        }
        return names;
    }

    private void checkMeetings(Set<String> subCommissionNames) {
        LocalDate previous = startedOn();
        String previousField = "startedOn";
        for (int i = 0; i < meetings().size(); i++) {
            Meeting meeting = meetings().get(i);
            String field = "meetings[" + i + "]";
            LocalDate day = meeting.heldOn();
            Checks.inOrder(previous, previousField, day, field + ".heldOn", this::describe);
            endedOn().ifPresent(end -> Checks.inOrder(day, field + ".heldOn", end, "endedOn", this::describe));
            for (ActorId attendee : meeting.attendees()) {
                Checks.that(
                        isMemberOn(attendee, day),
                        field + ".attendees",
                        this::describe,
                        () -> "must be members of the platform on " + day + ", was " + attendee);
            }
            meeting.subCommission()
                    .ifPresent(s -> Checks.that(
                            subCommissionNames.contains(s),
                            field + ".subCommission",
                            this::describe,
                            () -> "must name one of the sub-commissions "
                                    + subCommissionNames.stream().sorted().toList() + ", was \"" + s + "\""));
            previous = day;
            previousField = field + ".heldOn";
        }
    }

    private void checkTasks() {
        for (int i = 0; i < tasks().size(); i++) {
            Task task = tasks().get(i);
            String field = "tasks[" + i + "]";
            LocalDate day = task.assignedOn();
            Checks.inOrder(startedOn(), "startedOn", day, field + ".assignedOn", this::describe);
            for (ActorId carrier : task.carriers()) {
                Checks.that(
                        isMemberOn(carrier, day),
                        field + ".carriers",
                        this::describe,
                        () -> "must be members of the platform on " + day + ", was " + carrier);
            }
        }
    }

    private String describe() {
        return "platform " + id();
    }

    /** Id, name and counts of members, meetings and tasks. */
    @Override
    public String toString() {
        return "Platform{" + id() + ", " + members().size() + " members, "
                + meetings().size() + " meetings, " + tasks().size() + " tasks}";
    }

    /** Builds a {@link Platform}. */
    public static final class Builder extends ImmutablePlatform.Builder {
        Builder() {}
    }
}
