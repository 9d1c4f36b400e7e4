package be.accompaniment.pathway;

import be.accompaniment.PathwayException;
import be.accompaniment.household.HouseholdId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A household's pathway (parcours): the append-only log of what happened to it, event by event, checked as it
 * grows; {@link #replay()} gives where it stands and {@link #metrics()} what it achieved.
 *
 * <p>{@link #append} refuses, with a {@link PathwayException} naming the household, the event's index and the rule
 * broken, an event that:
 *
 * <ul>
 *   <li>is dated before the previous event (rule {@code dates-in-order}; same day is fine);
 *   <li>opens a situation already open ({@code situation-open-once}), or worsens, resolves or makes a passerelle for
 *       a situation that is not open ({@code situation-open});
 *   <li>records a second first contact with the same actor ({@code first-contact-once});
 *   <li>makes a passerelle whose id was made before ({@code passerelle-made-once}), answers one not made before
 *       ({@code passerelle-made-before-answer}), or moves it along a step {@link
 *       be.accompaniment.passerelle.PasserelleStatus#canMoveTo} does not allow ({@code passerelle-transition});
 *   <li>starts a measure id twice ({@code measure-started-once}), ends one not started
 *       ({@code measure-started-before-end}) or already ended ({@code measure-ended-once});
 *   <li>stabilises a pathway where no situation was ever opened ({@code stabilised-after-situation}), where one is
 *       still open ({@code stabilised-without-open-situation}), or that is already stabilised
 *       ({@code stabilised-once}).
 * </ul>
 *
 * <pre>{@code
 * Pathway p = Pathway.start(HouseholdId.of("h-9"))
 *         .append(SituationOpened.of(SituationKind.INSALUBRITY, LocalDate.of(2024, 2, 1)))
 *         .append(FirstContact.of(ActorId.of("apl-ourthe"), LocalDate.of(2024, 2, 6)))
 *         .append(DwellingUpgraded.of(DwellingUpgrade.WORKS_COMPLETED, LocalDate.of(2024, 9, 1)))
 *         .append(SituationResolved.of(SituationKind.INSALUBRITY, LocalDate.of(2024, 9, 1)))
 *         .append(Stabilised.of(LocalDate.of(2024, 12, 1)));
 * p.metrics().daysToStabilisation(); // 304
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@code append} returns a new pathway and leaves this one as it was. Appending to the
 * latest version of a pathway costs O(1) amortised (versions share one growing log); appending to an older version
 * copies its events first. JSON: {@code {"household":"h-9","events":[{"kind":"situation-opened",...},...]}}; reading
 * checks the events as {@link #of} does.
 */
@JsonAutoDetect(
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"household", "events"})
public final class Pathway {
    private final HouseholdId household;
    private final Log log;
    private final int size;
    private volatile ImmutableList<PathwayEvent> events;

    private Pathway(HouseholdId household, Log log, int size) {
        this.household = household;
        this.log = log;
        this.size = size;
    }

    /**
     * The empty pathway of a household.
     *
     * @param household the household, not null
     * @return a pathway without events
     */
    public static Pathway start(HouseholdId household) {
        Objects.requireNonNull(household, "household");
        return new Pathway(household, new Log(household), 0);
    }

    /**
     * The pathway of a household made of events, appended in order.
     *
     * @param household the household, not null
     * @param events the events, oldest first, not null and without null elements
     * @return the pathway
     * @throws PathwayException if an event breaks a rule of the pathway (see the class description)
     */
    public static Pathway of(HouseholdId household, List<? extends PathwayEvent> events) {
        Objects.requireNonNull(events, "events");
        Pathway p = start(household);
        for (PathwayEvent e : events) {
            p = p.append(e);
        }
        return p;
    }

    @JsonCreator
    static Pathway json(
            @JsonProperty(value = "household", required = true) HouseholdId household,
            @JsonProperty(value = "events", required = true) List<PathwayEvent> events) {
        return of(household, events);
    }

    /**
     * This pathway with one more event.
     *
     * @param event the event, not null, dated on or after the last event
     * @return the longer pathway; this one is unchanged
     * @throws PathwayException if the event breaks a rule of the pathway (see the class description)
     */
    public Pathway append(PathwayEvent event) {
        Objects.requireNonNull(event, "event");
        synchronized (log) {
            if (log.size == size) {
                log.state.accept(event);
                log.add(event);
                return new Pathway(household, log, size + 1);
            }
        }
        // An older version: branch off with a log of its own.
        Log branch = new Log(household);
        for (PathwayEvent e : events()) {
            branch.state.accept(e);
            branch.add(e);
        }
        branch.state.accept(event);
        branch.add(event);
        return new Pathway(household, branch, size + 1);
    }

    /** The household. */
    @JsonProperty("household")
    public HouseholdId household() {
        return household;
    }

    /** The events, oldest first. */
    @JsonProperty("events")
    public ImmutableList<PathwayEvent> events() {
        ImmutableList<PathwayEvent> result = events;
        if (result == null) {
            synchronized (log) {
                result = ImmutableList.copyOf(Arrays.asList(log.events).subList(0, size));
            }
            events = result;
        }
        return result;
    }

    /** The number of events. */
    public int size() {
        return size;
    }

    /** Whether the pathway has no event yet. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The day of the last event, if any. */
    public Optional<LocalDate> lastEventOn() {
        return size == 0 ? Optional.empty() : Optional.of(events().get(size - 1).on());
    }

    /**
     * Where the pathway stands, as kept up to date while appending; equal to {@link #replay()}.
     *
     * @return the state after all events
     */
    public PathwayState state() {
        synchronized (log) {
            if (log.size == size) {
                return log.state.snapshot();
            }
        }
        return replay();
    }

    /**
     * Where the pathway stands, computed again from its first event.
     *
     * @return the state after all events
     */
    public PathwayState replay() {
        return replay(events());
    }

    /**
     * Where the pathway stood at the end of a day: the state after the events dated on or before it.
     *
     * @param day the day, not null
     * @return the state on that day
     */
    public PathwayState replay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        ImmutableList<PathwayEvent> all = events();
        int n = 0;
        while (n < all.size() && !all.get(n).on().isAfter(day)) {
            n++;
        }
        return replay(all.subList(0, n));
    }

    private PathwayState replay(List<PathwayEvent> events) {
        Replay r = new Replay(household);
        events.forEach(r::accept);
        return r.snapshot();
    }

    /** The figures of this pathway: days to first contact and to stabilisation, actors, outcome, passerelles. */
    public PathwayMetrics metrics() {
        return PathwayMetrics.of(this);
    }

    /** Equal when of the same household with the same events in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Pathway p
                && p.household.equals(household)
                && p.size == size
                && p.events().equals(events());
    }

    @Override
    public int hashCode() {
        return 31 * household.hashCode() + events().hashCode();
    }

    /** The household id and the number of events, e.g. {@code Pathway[h-9, 12 events]}. */
    @Override
    public String toString() {
        return "Pathway[" + household + ", " + size + " events]";
    }

    /** The growing log shared by the versions of a pathway; guarded by itself. */
    private static final class Log {
        private PathwayEvent[] events = new PathwayEvent[8];
        private int size;
        private final Replay state;

        Log(HouseholdId household) {
            this.state = new Replay(household);
        }

        void add(PathwayEvent e) {
            if (size == events.length) {
                events = Arrays.copyOf(events, size * 2);
            }
            events[size++] = e;
        }
    }
}
