package be.accompaniment.rules.scenario;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The actors of a run, numbered, and the directory in force in each period between two interventions (an epoch),
 * with each actor's capacity in that period and the advisor compiled for it.
 */
final class ActorTable {
    /** Capacity of an actor that is never full. */
    static final int UNLIMITED = -1;
    /** Capacity of an actor absent from an epoch's directory. */
    static final int ABSENT = -2;

    /** The directory in force from a day on. */
    record Epoch(LocalDate from, ActorDirectory directory, int[] capacity, Advising advising) {}

    private final List<Actor> actors = new ArrayList<>();
    private final Map<ActorId, Integer> index = new HashMap<>();
    private final int[] seatCommune;
    private final ImmutableList<Epoch> epochs;

    ActorTable(Scenario scenario, Areas areas, PopulationTable population, Function<ActorDirectory, Advising> advisor) {
        int[] householdsByCommune = new int[areas.communeCount()];
        for (int h = 0; h < population.size(); h++) {
            householdsByCommune[population.commune(h)]++;
        }
        List<Actor> base = new ArrayList<>(scenario.actors());
        scenario.actorModel().ifPresent(m -> base.addAll(generate(m, areas, householdsByCommune)));
        TreeSet<LocalDate> boundaries = new TreeSet<>();
        boundaries.add(scenario.startOn());
        for (Intervention i : scenario.interventions()) {
            if ((i instanceof AddActor || i instanceof ScaleCapacity)
                    && i.effectiveFrom().isBefore(scenario.endOn())) {
                boundaries.add(i.effectiveFrom().isBefore(scenario.startOn()) ? scenario.startOn() : i.effectiveFrom());
            }
        }
        List<List<Actor>> versions = new ArrayList<>();
        for (LocalDate from : boundaries) {
            List<Actor> in = new ArrayList<>(base);
            for (Intervention i : scenario.interventions()) {
                if (i instanceof AddActor a && !a.effectiveFrom().isAfter(from)) {
                    in.add(added(a, areas, householdsByCommune, scenario));
                }
            }
            for (Intervention i : scenario.interventions()) {
                if (i instanceof ScaleCapacity s && !s.effectiveFrom().isAfter(from)) {
                    in.replaceAll(x -> scaled(x, s, areas, scenario));
                }
            }
            versions.add(in);
            for (Actor a : in) {
                Integer known = index.get(a.id());
                if (known == null) {
                    index.put(a.id(), actors.size());
                    actors.add(a);
                } else {
                    actors.set(known, a);
                }
            }
        }
        seatCommune = new int[actors.size()];
        for (int a = 0; a < actors.size(); a++) {
            seatCommune[a] = seat(actors.get(a), areas);
        }
        ImmutableList.Builder<Epoch> b = ImmutableList.builder();
        int v = 0;
        for (LocalDate from : boundaries) {
            List<Actor> in = versions.get(v++);
            ActorDirectory directory = ActorDirectory.of(in);
            int[] capacity = new int[actors.size()];
            Arrays.fill(capacity, ABSENT);
            for (Actor a : in) {
                capacity[index.get(a.id())] = capacityOf(a);
            }
            b.add(new Epoch(from, directory, capacity, advisor.apply(directory)));
        }
        epochs = b.build();
    }

    /** The capacity the simulation uses: the open places when known, else the capacity, else unlimited. */
    private static int capacityOf(Actor a) {
        return a.openPlaces().or(a::capacity).orElse(UNLIMITED);
    }

    private static int seat(Actor a, Areas areas) {
        int c = areas.commune(a.seat());
        if (c >= 0) {
            return c;
        }
        for (NisCode served : a.territory().communes()) {
            int s = areas.commune(served);
            if (s >= 0) {
                return s;
            }
        }
        return -1;
    }

    private static List<Actor> generate(ActorModel model, Areas areas, int[] householdsByCommune) {
        List<Actor> out = new ArrayList<>();
        for (int c = 0; c < areas.communeCount(); c++) {
            NisCode code = areas.communeCode(c);
            for (ActorTemplate t : model.perCommune()) {
                if (t.kind().existsIn(code.region())) {
                    out.add(actor(
                            t,
                            slug(t.kind().name()) + "-" + code,
                            areas.name(c),
                            Territory.ofCommune(code),
                            code,
                            t.capacityFor(householdsByCommune[c])));
                }
            }
        }
        for (Map.Entry<Integer, List<Integer>> e : areas.communesByBasin().entrySet()) {
            Territory basin = areas.basins().get(e.getKey());
            for (ActorTemplate t : model.perBasin()) {
                List<NisCode> served = new ArrayList<>();
                int households = 0;
                for (int c : e.getValue()) {
                    if (t.kind().existsIn(areas.communeCode(c).region())) {
                        served.add(areas.communeCode(c));
                        households += householdsByCommune[c];
                    }
                }
                if (!served.isEmpty()) {
                    out.add(actor(
                            t,
                            slug(t.kind().name()) + "-" + slug(basin.name()),
                            basin.name(),
                            Territory.of(basin.name(), served),
                            served.get(0),
                            t.capacityFor(households)));
                }
            }
        }
        for (Region region : areas.regions()) {
            for (ActorTemplate t : model.perRegion()) {
                if (!t.kind().existsIn(region)) {
                    continue;
                }
                List<NisCode> served = new ArrayList<>();
                int households = 0;
                for (int c = 0; c < areas.communeCount(); c++) {
                    if (areas.communeCode(c).region() == region) {
                        served.add(areas.communeCode(c));
                        households += householdsByCommune[c];
                    }
                }
                out.add(actor(
                        t,
                        slug(t.kind().name()) + "-" + slug(region.name()),
                        region.name(),
                        Territory.of(region.name(), served),
                        served.get(0),
                        t.capacityFor(households)));
            }
        }
        return out;
    }

    private static Actor actor(
            ActorTemplate t, String id, String place, Territory served, NisCode seat, Optional<Integer> capacity) {
        Actor.Builder b = Actor.builder()
                .id(ActorId.of(id.length() > 64 ? id.substring(0, 64) : id))
                .name(Labels.of(t.kind(), Language.FR) + " – " + place)
                .kind(t.kind())
                .territory(served)
                .seat(seat)
                .capacity(capacity);
        if (!t.services().isEmpty()) {
            b.services(t.services());
        }
        return b.build();
    }

    private static Actor added(AddActor a, Areas areas, int[] householdsByCommune, Scenario scenario) {
        List<NisCode> served = new ArrayList<>();
        String place;
        if (a.basin().isPresent()) {
            int b = areas.basin(a.basin().get());
            if (b < 0) {
                throw new InvalidInputException(
                        "scenario " + scenario.name() + " interventions add-actor.basin",
                        "must name a basin of the scenario, was " + a.basin().get());
            }
            served.addAll(areas.basins().get(b).communes());
            place = a.basin().get();
        } else {
            served.addAll(a.communes());
            place = a.communes().first().toString();
        }
        String id = a.id().orElse(slug(a.actorKind().name()) + "-added-" + slug(place));
        Actor.Builder b = Actor.builder()
                .id(ActorId.of(id.length() > 64 ? id.substring(0, 64) : id))
                .name(Labels.of(a.actorKind(), Language.FR) + " – " + place)
                .kind(a.actorKind())
                .territory(Territory.of(place, served))
                .seat(served.get(0))
                .capacity(a.capacity());
        if (!a.services().isEmpty()) {
            b.services(a.services());
        }
        return b.build();
    }

    private static Actor scaled(Actor x, ScaleCapacity s, Areas areas, Scenario scenario) {
        if (x.kind() != s.actorKind() || x.capacity().isEmpty()) {
            return x;
        }
        if (s.basin().isPresent()) {
            int b = areas.basin(s.basin().get());
            if (b < 0) {
                throw new InvalidInputException(
                        "scenario " + scenario.name() + " interventions scale-capacity.basin",
                        "must name a basin of the scenario, was " + s.basin().get());
            }
            if (!areas.basins().get(b).contains(x.seat())) {
                return x;
            }
        }
        Actor.Builder b = Actor.builder().from(x).capacity(s.scale(x.capacity().get()));
        x.openPlaces().ifPresent(p -> b.openPlaces(Math.min(s.scale(x.capacity().get()), s.scale(p))));
        return b.build();
    }

    /** An identifier made of lower-case letters, digits and dashes. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return s.isEmpty() ? "x" : s;
    }

    int size() {
        return actors.size();
    }

    /** The actor as in the last epoch it appears in. */
    Actor actor(int a) {
        return actors.get(a);
    }

    ActorId id(int a) {
        return actors.get(a).id();
    }

    ActorKind kind(int a) {
        return actors.get(a).kind();
    }

    /** The commune the actor's figures count in, or -1 if it lies outside the territory. */
    int seatCommune(int a) {
        return seatCommune[a];
    }

    /** The index of an actor, or -1. */
    int index(ActorId id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    ImmutableList<Epoch> epochs() {
        return epochs;
    }

    /** The epoch in force on a day: the last one starting on or before it. */
    Epoch epochOn(LocalDate day) {
        Epoch found = epochs.get(0);
        for (Epoch e : epochs) {
            if (!e.from().isAfter(day)) {
                found = e;
            }
        }
        return found;
    }
}
