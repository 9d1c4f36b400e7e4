package be.accompaniment.pathway;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.measure.MeasureStatus;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.passerelle.StatusReason;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated pathways and events, for property tests of this and other packages. {@link #pathways(int)} walks a
 * household through valid events only: every generated pathway is accepted by {@link Pathway#append}.
 */
public final class PathwayGenerators {
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final List<Integer> COMMUNES = List.of(21001, 21004, 52011, 62009, 62032, 62063, 92094);
    private static final List<String> STAGES = List.of("REQUEST_FILED", "HEARING", "JUDGMENT", "EXECUTION_NOTIFIED");
    private static final int ACTORS = 8;

    private PathwayGenerators() {}

    /** Household ids {@code h-0} to {@code h-999}. */
    public static Gen<HouseholdId> households() {
        return Generate.range(0, 999).map(i -> HouseholdId.of("h-" + i));
    }

    /** Days from 2015 to about 2030. */
    public static Gen<LocalDate> days() {
        return Generate.range(0, 5800).map(FIRST_DAY::plusDays);
    }

    /** Valid pathways of up to {@code maxEvents} events. */
    public static Gen<Pathway> pathways(int maxEvents) {
        return in -> new Walk(in, households().generate(in), days().generate(in)).run(maxEvents);
    }

    /** Valid pathways of 1 to {@code maxEvents} events. */
    public static Gen<Pathway> nonEmptyPathways(int maxEvents) {
        return in -> {
            Pathway p = new Walk(in, households().generate(in), days().generate(in)).run(maxEvents);
            return p.isEmpty() ? p.append(SituationOpened.of(SituationKind.INSALUBRITY, FIRST_DAY)) : p;
        };
    }

    /** Events of every kind, with arbitrary (not necessarily consistent) content, on the given day. */
    public static Gen<PathwayEvent> eventsOn(LocalDate day) {
        return in -> {
            SituationKind situation = Generate.enumValues(SituationKind.class).generate(in);
            ActorId a = actor(in);
            switch (Generate.range(0, 10).generate(in)) {
                case 0:
                    return SituationOpened.of(situation, day);
                case 1:
                    return FirstContact.of(a, day);
                case 2:
                    return PasserelleMade.builder()
                            .passerelle(
                                    PasserelleId.of("p-" + Generate.range(0, 99).generate(in)))
                            .situation(situation)
                            .referrer(a)
                            .receiver(ActorId.of(a.value() + "-x"))
                            .receiverKind(Generate.enumValues(ActorKind.class).generate(in))
                            .measure(Generate.enumValues(MeasureKind.class).generate(in))
                            .on(day)
                            .build();
                case 3:
                    return PasserelleAnswered.of(
                            PasserelleId.of("p-" + Generate.range(0, 99).generate(in)),
                            Generate.enumValues(PasserelleStatus.class).generate(in),
                            day);
                case 4:
                    return MeasureStarted.of(
                            MeasureId.of("m-" + Generate.range(0, 99).generate(in)),
                            Generate.enumValues(MeasureKind.class).generate(in),
                            a,
                            day);
                case 5:
                    return MeasureEnded.of(
                            MeasureId.of("m-" + Generate.range(0, 99).generate(in)), MeasureStatus.COMPLETED, day);
                case 6:
                    return DwellingUpgraded.of(
                            Generate.enumValues(DwellingUpgrade.class).generate(in), day);
                case 7:
                    return HouseholdRelocated.of(
                            NisCode.of(Generate.pick(COMMUNES).generate(in)),
                            Generate.enumValues(Destination.class).generate(in),
                            day);
                case 8:
                    return SituationWorsened.of(situation, Generate.pick(STAGES).generate(in), day);
                case 9:
                    return SituationResolved.of(situation, day);
                default:
                    return Stabilised.of(day);
            }
        };
    }

    private static ActorId actor(RandomnessSource in) {
        return ActorId.of("actor-" + Generate.range(0, ACTORS - 1).generate(in));
    }

    /** One random walk of a household through valid events. */
    private static final class Walk {
        private final RandomnessSource in;
        private Pathway pathway;
        private LocalDate day;
        private final Set<ActorId> contacted = new HashSet<>();
        private boolean anyOpened;
        private int passerelles;
        private int measures;

        Walk(RandomnessSource in, HouseholdId household, LocalDate start) {
            this.in = in;
            this.pathway = Pathway.start(household);
            this.day = start;
        }

        Pathway run(int maxEvents) {
            int n = Generate.range(0, maxEvents).generate(in);
            for (int i = 0; i < n; i++) {
                day = day.plusDays(Generate.range(0, 30).generate(in));
                PathwayEvent e = next(pathway.state());
                pathway = pathway.append(e);
                if (e instanceof SituationOpened) {
                    anyOpened = true;
                } else if (e instanceof FirstContact c) {
                    contacted.add(c.actor());
                }
            }
            return pathway;
        }

        private PathwayEvent next(PathwayState s) {
            List<Integer> options = new ArrayList<>(List.of(0, 1, 4, 6, 7));
            EnumSet<SituationKind> closed = EnumSet.allOf(SituationKind.class);
            closed.removeAll(s.openSituations());
            if (closed.isEmpty()) {
                options.remove(Integer.valueOf(0));
            }
            if (contacted.size() == ACTORS) {
                options.remove(Integer.valueOf(1));
            }
            if (!s.openSituations().isEmpty()) {
                options.addAll(List.of(2, 8, 9, 9));
            }
            List<PasserelleId> open = new ArrayList<>();
            s.passerelles().forEach((id, status) -> {
                if (!status.isTerminal()) {
                    open.add(id);
                }
            });
            if (!open.isEmpty()) {
                options.addAll(List.of(3, 3));
            }
            if (!s.activeMeasures().isEmpty()) {
                options.add(5);
            }
            if (anyOpened && s.openSituations().isEmpty() && !s.isStabilised()) {
                options.add(10);
            }
            switch (Generate.pick(options).generate(in)) {
                case 0:
                    return SituationOpened.of(
                            Generate.pick(new ArrayList<>(closed)).generate(in), day);
                case 1: {
                    ActorId a = actor(in);
                    while (contacted.contains(a)) {
                        a = ActorId.of("actor-" + (Integer.parseInt(a.value().substring(6)) + 1) % ACTORS);
                    }
                    return FirstContact.of(a, day);
                }
                case 2: {
                    ActorId referrer = actor(in);
                    int r = Integer.parseInt(referrer.value().substring(6));
                    ActorId receiver = ActorId.of(
                            "actor-" + (r + Generate.range(1, ACTORS - 1).generate(in)) % ACTORS);
                    return PasserelleMade.builder()
                            .passerelle(PasserelleId.of("p-" + passerelles++))
                            .situation(Generate.pick(new ArrayList<>(s.openSituations()))
                                    .generate(in))
                            .referrer(referrer)
                            .receiver(receiver)
                            .receiverKind(Generate.enumValues(ActorKind.class).generate(in))
                            .measure(Generate.enumValues(MeasureKind.class).generate(in))
                            .on(day)
                            .build();
                }
                case 3: {
                    PasserelleId id = Generate.pick(open).generate(in);
                    List<PasserelleStatus> next =
                            new ArrayList<>(s.passerelles().get(id).nextStatuses());
                    PasserelleStatus status = Generate.pick(next).generate(in);
                    return Generate.booleans().generate(in)
                            ? PasserelleAnswered.of(id, status, day)
                            : PasserelleAnswered.of(
                                    id,
                                    status,
                                    day,
                                    Generate.enumValues(StatusReason.class).generate(in));
                }
                case 4: {
                    MeasureStarted.Builder b = MeasureStarted.builder()
                            .measure(MeasureId.of("m-" + measures++))
                            .measureKind(Generate.enumValues(MeasureKind.class).generate(in))
                            .provider(actor(in))
                            .on(day);
                    if (Generate.booleans().generate(in)) {
                        b.situation(Generate.enumValues(SituationKind.class).generate(in));
                    }
                    return b.build();
                }
                case 5:
                    return MeasureEnded.of(
                            Generate.pick(new ArrayList<>(s.activeMeasures().keySet()))
                                    .generate(in),
                            Generate.pick(List.of(MeasureStatus.COMPLETED, MeasureStatus.ABANDONED))
                                    .generate(in),
                            day);
                case 6:
                    return DwellingUpgraded.of(
                            Generate.enumValues(DwellingUpgrade.class).generate(in), day);
                case 7:
                    return HouseholdRelocated.of(
                            NisCode.of(Generate.pick(COMMUNES).generate(in)),
                            Generate.enumValues(Destination.class).generate(in),
                            day);
                case 8: {
                    SituationKind k =
                            Generate.pick(new ArrayList<>(s.openSituations())).generate(in);
                    return SituationWorsened.of(k, Generate.pick(STAGES).generate(in), day);
                }
                case 9:
                    return SituationResolved.of(
                            Generate.pick(new ArrayList<>(s.openSituations())).generate(in), day);
                default:
                    return Generate.booleans().generate(in)
                            ? Stabilised.of(day)
                            : Stabilised.of(
                                    day, Generate.enumValues(Destination.class).generate(in));
            }
        }
    }
}
