package be.accompaniment.pathway;

import be.accompaniment.PathwayException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.situation.SituationKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The running state of a pathway while its events are replayed: checks that the next event may follow, then applies
 * it. Mutable and not thread-safe; {@link Pathway} guards it. A refused event leaves it unchanged.
 */
final class Replay {
    private final HouseholdId household;
    private int count;
    private LocalDate lastOn;
    private boolean anyOpened;
    private final Set<SituationKind> open = EnumSet.noneOf(SituationKind.class);
    private final Map<PasserelleId, PasserelleStatus> passerelles = new LinkedHashMap<>();
    private final Map<PasserelleId, ActorId> receivers = new HashMap<>();
    private final Map<MeasureId, MeasureKind> active = new LinkedHashMap<>();
    private final Set<MeasureId> started = new HashSet<>();
    private final Set<ActorId> actors = new LinkedHashSet<>();
    private final Set<ActorId> contacted = new HashSet<>();
    private boolean relocated;
    private boolean upgraded;
    private LocalDate stabilisedOn;

    Replay(HouseholdId household) {
        this.household = household;
    }

    /** Checks the event against the rules of a pathway, then applies it; throws and changes nothing if refused. */
    void accept(PathwayEvent event) {
        check(event);
        apply(event);
    }

    private void check(PathwayEvent e) {
        if (lastOn != null && e.on().isBefore(lastOn)) {
            throw refuse(e, "dates-in-order", "its day is before the previous event's day " + lastOn);
        }
        if (e instanceof SituationOpened o) {
            require(
                    !open.contains(o.situation()),
                    e,
                    "situation-open-once",
                    () -> "situation " + o.situation() + " is already open");
        } else if (e instanceof SituationWorsened w) {
            requireOpen(w.situation(), e);
        } else if (e instanceof SituationResolved r) {
            requireOpen(r.situation(), e);
        } else if (e instanceof FirstContact c) {
            require(
                    !contacted.contains(c.actor()),
                    e,
                    "first-contact-once",
                    () -> "actor " + c.actor() + " already had a first contact");
        } else if (e instanceof PasserelleMade m) {
            require(
                    !passerelles.containsKey(m.passerelle()),
                    e,
                    "passerelle-made-once",
                    () -> "passerelle " + m.passerelle() + " was already made");
            requireOpen(m.situation(), e);
        } else if (e instanceof PasserelleAnswered a) {
            PasserelleStatus current = passerelles.get(a.passerelle());
            require(
                    current != null,
                    e,
                    "passerelle-made-before-answer",
                    () -> "passerelle " + a.passerelle() + " was not made earlier in the pathway");
            require(
                    current.canMoveTo(a.status()),
                    e,
                    "passerelle-transition",
                    () -> "passerelle "
                            + a.passerelle() + " cannot move from " + current.fhirCode() + " to "
                            + a.status().fhirCode()
                            + " (allowed: " + allowed(current) + ")");
        } else if (e instanceof MeasureStarted s) {
            require(
                    !started.contains(s.measure()),
                    e,
                    "measure-started-once",
                    () -> "measure " + s.measure() + " was already started");
        } else if (e instanceof MeasureEnded d) {
            require(
                    started.contains(d.measure()),
                    e,
                    "measure-started-before-end",
                    () -> "measure " + d.measure() + " was not started earlier in the pathway");
            require(
                    active.containsKey(d.measure()),
                    e,
                    "measure-ended-once",
                    () -> "measure " + d.measure() + " has already ended");
        } else if (e instanceof Stabilised) {
            require(anyOpened, e, "stabilised-after-situation", () -> "no situation was opened before");
            require(open.isEmpty(), e, "stabilised-without-open-situation", () -> "situations still open: " + open);
            require(
                    stabilisedOn == null,
                    e,
                    "stabilised-once",
                    () -> "already stabilised on " + stabilisedOn + " with no situation opened since");
        }
        // DwellingUpgraded and HouseholdRelocated may happen at any point of the pathway.
    }

    private void apply(PathwayEvent e) {
        if (e instanceof SituationOpened o) {
            open.add(o.situation());
            anyOpened = true;
            stabilisedOn = null;
        } else if (e instanceof SituationResolved r) {
            open.remove(r.situation());
        } else if (e instanceof FirstContact c) {
            contacted.add(c.actor());
            actors.add(c.actor());
        } else if (e instanceof PasserelleMade m) {
            passerelles.put(m.passerelle(), PasserelleStatus.REQUESTED);
            receivers.put(m.passerelle(), m.receiver());
            actors.add(m.referrer());
        } else if (e instanceof PasserelleAnswered a) {
            passerelles.put(a.passerelle(), a.status());
            if (a.status() == PasserelleStatus.ACCEPTED) {
                actors.add(receivers.get(a.passerelle()));
            }
        } else if (e instanceof MeasureStarted s) {
            started.add(s.measure());
            active.put(s.measure(), s.measureKind());
            actors.add(s.provider());
        } else if (e instanceof MeasureEnded d) {
            active.remove(d.measure());
        } else if (e instanceof DwellingUpgraded) {
            upgraded = true;
        } else if (e instanceof HouseholdRelocated) {
            relocated = true;
        } else if (e instanceof Stabilised s) {
            stabilisedOn = s.on();
        }
        // SituationWorsened changes no part of the state kept here: the stage belongs to the situation itself.
        lastOn = e.on();
        count++;
    }

    /** An immutable copy of the state reached. */
    PathwayState snapshot() {
        PathwayState.Builder b = PathwayState.builder()
                .household(household)
                .eventCount(count)
                .addAllOpenSituations(open)
                .putAllPasserelles(passerelles)
                .putAllActiveMeasures(active)
                .addAllActorsInvolved(actors)
                .relocated(relocated)
                .upgraded(upgraded);
        if (lastOn != null) {
            b.lastEventOn(lastOn);
        }
        if (stabilisedOn != null) {
            b.stabilisedOn(stabilisedOn);
        }
        return b.build();
    }

    private void requireOpen(SituationKind situation, PathwayEvent e) {
        require(open.contains(situation), e, "situation-open", () -> "situation " + situation + " is not open");
    }

    private void require(boolean condition, PathwayEvent e, String rule, Supplier<String> why) {
        if (!condition) {
            throw refuse(e, rule, why.get());
        }
    }

    private PathwayException refuse(PathwayEvent e, String rule, String why) {
        return new PathwayException("household " + household + ": events[" + count + "] (" + EventKinds.of(e) + " on "
                + e.on() + ") breaks rule " + rule + ": " + why);
    }

    private static String allowed(PasserelleStatus status) {
        return status.isTerminal()
                ? "none"
                : status.nextStatuses().stream().map(PasserelleStatus::fhirCode).collect(Collectors.joining(", "));
    }
}
