package be.accompaniment.rules.coordination;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.Sector;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.coordination.Meeting;
import be.accompaniment.coordination.MeetingFrequency;
import be.accompaniment.coordination.MemberRole;
import be.accompaniment.coordination.Membership;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.coordination.PlatformId;
import be.accompaniment.coordination.PlatformPurpose;
import be.accompaniment.coordination.ResourcePerson;
import be.accompaniment.coordination.SubCommission;
import be.accompaniment.coordination.Task;
import be.accompaniment.coordination.Theme;
import be.accompaniment.law.LegalReference;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated values of the coordination analysis for property tests: platforms, thresholds, findings, basins,
 * coverage models and directories with planted gaps, speed-dating sessions. Synthetic data only: ids like
 * {@code "a07"}, organisation names like "Organisation a07".
 */
final class CoordinationAnalysisGenerators {
    /** Walloon communes of the province of Liège that generated actors serve. */
    static final ImmutableList<NisCode> WALLOON_COMMUNES =
            ImmutableList.of(62009, 62026, 62032, 62100, 62063, 62022, 62122, 61031, 61048, 61024, 64074, 63079)
                    .stream()
                    .map(NisCode::of)
                    .collect(ImmutableList.toImmutableList());

    /** Communes outside any generated territory, for noise actors. */
    static final ImmutableList<NisCode> OTHER_COMMUNES =
            ImmutableList.of(92142, 92048, 51004).stream().map(NisCode::of).collect(ImmutableList.toImmutableList());

    /** The kinds of actor that exist in Wallonia. */
    static final ImmutableList<ActorKind> WALLOON_KINDS = Arrays.stream(ActorKind.values())
            .filter(k -> k.existsIn(Region.WALLONIA))
            .collect(ImmutableList.toImmutableList());

    static final LocalDate EPOCH = LocalDate.of(2014, 1, 1);

    private CoordinationAnalysisGenerators() {}

    // ---------------------------------------------------------------- helpers

    /** A random subset of {@code min} to {@code max} elements, in a random order. */
    static <T> Gen<List<T>> someOf(List<T> items, int min, int max) {
        return in -> {
            List<T> copy = new ArrayList<>(items);
            for (int i = copy.size() - 1; i > 0; i--) {
                int j = (int) Generate.range(0, i).generate(in).longValue();
                T t = copy.get(i);
                copy.set(i, copy.get(j));
                copy.set(j, t);
            }
            int size = Generate.range(Math.min(min, copy.size()), Math.min(max, copy.size()))
                    .generate(in);
            return new ArrayList<>(copy.subList(0, size));
        };
    }

    private static int range(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return range(in, 1, 100) <= percent;
    }

    static ActorId actorId(int n) {
        return ActorId.of(String.format("a%02d", n));
    }

    /** A Walloon actor of a kind serving some communes, with the given services (its kind's if empty). */
    static Actor actor(ActorId id, ActorKind kind, List<NisCode> communes, Set<ServiceKind> services) {
        Actor.Builder b = Actor.builder()
                .id(id)
                .name("Organisation " + id)
                .kind(kind)
                .territory(Territory.of("area of " + id, communes))
                .seat(communes.get(0));
        if (!services.isEmpty()) {
            b.services(services);
        }
        return b.build();
    }

    // ---------------------------------------------------------------- platforms and health

    /** Valid platforms of up to nine members over about two years, some with sub-commissions. */
    static Gen<Platform> platforms() {
        return in -> {
            LocalDate start = EPOCH.plusDays(range(in, 0, 400));
            int size = range(in, 1, 9);
            List<Membership> members = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Membership.Builder m =
                        Membership.builder().actor(actorId(i)).joinedOn(start.plusDays(range(in, 0, 60)));
                if (chance(in, 15)) {
                    m.leftOn(start.plusDays(range(in, 100, 700)));
                }
                if (chance(in, 10)) {
                    m.role(MemberRole.RESOURCE_PERSON);
                }
                members.add(m.build());
            }
            List<ActorId> ids = members.stream().map(Membership::actor).toList();
            Platform.Builder b = Platform.builder()
                    .id(PlatformId.of("pf-" + range(in, 0, 99)))
                    .name("Plate-forme " + range(in, 0, 99))
                    .territory(Territory.of("t", someOf(WALLOON_COMMUNES, 1, 4).generate(in)))
                    .startedOn(start)
                    .addAllMembers(members);
            if (chance(in, 80)) {
                b.pilot(Generate.pick(ids).generate(in));
            }
            if (chance(in, 80)) {
                b.secretariat(Generate.pick(ids).generate(in));
            }
            if (chance(in, 80)) {
                b.venue("Maison de la cohésion sociale");
            }
            if (chance(in, 80)) {
                b.meetingFrequency(Generate.enumValues(MeetingFrequency.class).generate(in));
            }
            b.addAllPurposes(someOf(List.of(PlatformPurpose.values()), 0, 2).generate(in));
            if (chance(in, 30)) {
                b.purposeStatement("Mieux se connaître");
            }
            b.addAllThemes(someOf(List.of(Theme.values()), 0, 3).generate(in));
            List<String> subNames = new ArrayList<>();
            if (chance(in, 30)) {
                subNames.add("Habitat permanent");
                b.addSubCommissions(SubCommission.builder()
                        .name("Habitat permanent")
                        .theme(Theme.PERMANENT_HABITAT)
                        .addAllMembers(someOf(ids, 1, 3).generate(in))
                        .build());
            }
            LocalDate day = start.plusDays(60);
            int meetings = range(in, 0, 10);
            for (int i = 0; i < meetings; i++) {
                day = day.plusDays(range(in, 0, 120));
                LocalDate on = day;
                List<ActorId> present = members.stream()
                        .filter(m -> m.isMemberOn(on))
                        .map(Membership::actor)
                        .toList();
                if (present.isEmpty()) {
                    continue;
                }
                Meeting.Builder m = Meeting.builder()
                        .heldOn(day)
                        .addAllAttendees(someOf(present, 1, present.size()).generate(in));
                if (chance(in, 70)) {
                    m.addObjectives("Objectif " + i);
                }
                if (chance(in, 25)) {
                    m.addResourcePersons(ResourcePerson.of("ADeL", ActorKind.SPW_LOGEMENT));
                }
                if (!subNames.isEmpty() && chance(in, 30)) {
                    m.subCommission(subNames.get(0));
                }
                b.addMeetings(m.build());
            }
            int tasks = range(in, 0, 8);
            for (int i = 0; i < tasks; i++) {
                LocalDate assigned = start.plusDays(range(in, 60, 700));
                List<ActorId> present = members.stream()
                        .filter(m -> m.isMemberOn(assigned))
                        .map(Membership::actor)
                        .toList();
                if (present.isEmpty()) {
                    continue;
                }
                Task.Builder t = Task.builder()
                        .title("Tâche " + i)
                        .assignedOn(assigned)
                        .addAllCarriers(someOf(present, 1, 3).generate(in));
                if (chance(in, 40)) {
                    t.doneOn(assigned.plusDays(range(in, 0, 300)));
                }
                b.addTasks(t.build());
            }
            return b.build();
        };
    }

    /** A platform and a day of assessment on or after its start. */
    record Assessed(Platform platform, LocalDate on) {}

    static Gen<Assessed> assessedPlatforms() {
        return in -> {
            Platform p = platforms().generate(in);
            return new Assessed(p, p.startedOn().plusDays(range(in, 0, 1200)));
        };
    }

    /** Valid thresholds. */
    static Gen<HealthThresholds> thresholds() {
        return in -> HealthThresholds.builder()
                .minMembers(range(in, 2, 10))
                .meetingsConsidered(range(in, 2, 10))
                .minAttendanceRate(range(in, 0, 100) / 100.0)
                .absenceMinMeetings(range(in, 1, 5))
                .maxAbsentMembers(range(in, 0, 3))
                .gapTolerance(1 + range(in, 0, 20) / 10.0)
                .fallbackFrequency(Generate.enumValues(MeetingFrequency.class).generate(in))
                .maxShareWithoutObjectives(range(in, 0, 100) / 100.0)
                .taskWindowDays(range(in, 1, 1000))
                .minTasks(range(in, 1, 5))
                .maxTaskConcentration(range(in, 0, 100) / 100.0)
                .maxTopTwoShare(range(in, 0, 100) / 100.0)
                .resourcePersonWindowDays(range(in, 1, 1000))
                .minResourcePersons(range(in, 0, 3))
                .build();
    }

    /** Findings of any kind and severity. */
    static Gen<HealthFinding> findings() {
        return in -> HealthFinding.builder()
                .kind(Generate.enumValues(HealthFindingKind.class).generate(in))
                .severity(Generate.enumValues(Severity.class).generate(in))
                .figure(range(in, 0, 1000) / 100.0)
                .threshold(range(in, 0, 1000) / 100.0)
                .addAllActors(someOf(List.of(actorId(1), actorId(2), actorId(3)), 0, 2)
                        .generate(in))
                .build();
    }

    /** Health of generated platforms under generated thresholds. */
    static Gen<PlatformHealth> healths() {
        return in -> {
            Assessed a = assessedPlatforms().generate(in);
            return PlatformHealthAssessor.of(thresholds().generate(in)).assess(a.platform(), a.on());
        };
    }

    // ---------------------------------------------------------------- basins and coverage

    static Gen<Basin> basins() {
        return in -> {
            Basin.Builder b = Basin.builder()
                    .name("Bassin " + range(in, 0, 99))
                    .addAllUnits(someOf(
                                    List.of(
                                            NisCode.of(60000),
                                            NisCode.of(61000),
                                            NisCode.of(62000),
                                            NisCode.of(62063),
                                            NisCode.of(92142)),
                                    1,
                                    3)
                            .generate(in));
            if (chance(in, 50)) {
                b.note("Défini pour un test");
            }
            return b.build();
        };
    }

    /** Walloon expectations naming a kind or a service, some conditional. */
    static Gen<CoverageExpectation> expectations() {
        return in -> {
            CoverageExpectation.Builder b = CoverageExpectation.builder()
                    .id("e-" + range(in, 0, 999))
                    .scope(Generate.enumValues(ExpectationScope.class).generate(in))
                    .note("Attendu pour un test");
            int what = range(in, 0, 2);
            if (what != 1) {
                b.kind(Generate.pick(WALLOON_KINDS).generate(in));
            }
            if (what != 0) {
                b.service(Generate.enumValues(ServiceKind.class).generate(in));
            }
            if (chance(in, 30)) {
                b.whenPresent(Generate.pick(WALLOON_KINDS).generate(in));
            }
            if (chance(in, 30)) {
                b.reference(LegalReference.of("Code wallon de l'habitation durable", "art. 7"));
            }
            return b.build();
        };
    }

    static Gen<CoverageModel> coverageModels() {
        return in -> {
            Map<String, CoverageExpectation> byId = new LinkedHashMap<>();
            int n = range(in, 0, 5);
            for (int i = 0; i < n; i++) {
                CoverageExpectation e = expectations().generate(in);
                byId.putIfAbsent(e.id(), e);
            }
            return CoverageModel.builder()
                    .region(Region.WALLONIA)
                    .name("Modèle " + range(in, 0, 9))
                    .addAllExpectations(byId.values())
                    .addAllSingleProviderServices(
                            someOf(List.of(ServiceKind.values()), 0, 3).generate(in))
                    .build();
        };
    }

    static Gen<UnresolvedDemand> unresolvedDemand() {
        return in -> {
            UnresolvedDemand.Builder b = UnresolvedDemand.builder()
                    .commune(Generate.pick(WALLOON_COMMUNES).generate(in))
                    .rule("rule-" + range(in, 0, 3))
                    .count(range(in, 1, 20));
            int what = range(in, 0, 2);
            if (what != 1) {
                b.kind(Generate.pick(List.of(ActorKind.APL, ActorKind.AIS, ActorKind.REGIE_DE_QUARTIER))
                        .generate(in));
            }
            if (what != 0) {
                b.service(Generate.pick(List.of(ServiceKind.TECHNICAL_ASSISTANCE, ServiceKind.HOUSING_SEARCH))
                        .generate(in));
            }
            return b.build();
        };
    }

    static Gen<List<UnresolvedDemand>> unresolvedDemandLists() {
        return in -> {
            List<UnresolvedDemand> list = new ArrayList<>();
            int n = range(in, 0, 12);
            for (int i = 0; i < n; i++) {
                list.add(unresolvedDemand().generate(in));
            }
            return list;
        };
    }

    /**
     * A territory, a directory and the plan it was generated from: how many actors provide each "offer" (a kind
     * named by the model, or a service) in each commune of the territory. Actors of a kind offer only a neutral
     * service; actors offering a service are of a neutral kind; so the plan says exactly what the model sees.
     */
    record Planted(
            CoverageModel model,
            Territory territory,
            ActorDirectory directory,
            Map<NisCode, Map<Object, Integer>> providers,
            List<UnresolvedDemand> demand) {

        int count(NisCode commune, Object offer) {
            return providers.get(commune).getOrDefault(offer, 0);
        }
    }

    /** Offers a model looks at: target kinds and services, triggers, single-provider services. */
    static List<Object> offers(CoverageModel model) {
        Set<Object> offers = new LinkedHashSet<>();
        for (CoverageExpectation e : model.expectations()) {
            e.kind().ifPresent(offers::add);
            e.service().ifPresent(offers::add);
            e.whenPresent().ifPresent(offers::add);
        }
        offers.addAll(model.singleProviderServices());
        return new ArrayList<>(offers);
    }

    /** A kind the model never names, and a service it never names, for actors that must not count. */
    static ActorKind neutralKind(CoverageModel model) {
        List<Object> named = offers(model);
        return WALLOON_KINDS.stream()
                .filter(k -> !named.contains(k))
                .findFirst()
                .orElseThrow();
    }

    static ServiceKind neutralService(CoverageModel model) {
        List<Object> named = offers(model);
        return Arrays.stream(ServiceKind.values())
                .filter(s -> !named.contains(s))
                .findFirst()
                .orElseThrow();
    }

    /** Directories over the bundled Walloon model with gaps and single providers planted at random. */
    static Gen<Planted> planted() {
        CoverageModel model = CoverageModel.bundled(Region.WALLONIA).orElseThrow();
        return planted(model);
    }

    static Gen<Planted> planted(CoverageModel model) {
        return in -> {
            List<NisCode> communes = someOf(WALLOON_COMMUNES, 1, 6).generate(in);
            Territory territory = Territory.of("Territoire", communes);
            ActorKind neutralKind = neutralKind(model);
            ServiceKind neutralService = neutralService(model);
            Map<NisCode, Map<Object, Integer>> providers = new TreeMap<>();
            communes.forEach(c -> providers.put(c, new LinkedHashMap<>()));
            List<Actor> actors = new ArrayList<>();
            for (Object offer : offers(model)) {
                // most offers are present; absence (a planted gap) and single providers happen often enough
                int count = chance(in, 20) ? 0 : range(in, 1, 3);
                for (int i = 0; i < count; i++) {
                    List<NisCode> served =
                            new ArrayList<>(someOf(communes, 1, communes.size()).generate(in));
                    if (chance(in, 30)) {
                        served.add(Generate.pick(OTHER_COMMUNES).generate(in));
                    }
                    ActorId id = actorId(actors.size());
                    Actor actor = offer instanceof ActorKind kind
                            ? actor(id, kind, served, EnumSet.of(neutralService))
                            : actor(id, neutralKind, served, EnumSet.of((ServiceKind) offer));
                    actors.add(actor);
                    for (NisCode c : served) {
                        if (providers.containsKey(c)) {
                            providers.get(c).merge(offer, 1, Integer::sum);
                        }
                    }
                }
            }
            // noise: actors of any kind and service serving only communes outside the territory
            int noise = range(in, 0, 3);
            for (int i = 0; i < noise; i++) {
                actors.add(actor(
                        actorId(actors.size()),
                        Generate.pick(WALLOON_KINDS).generate(in),
                        List.of(Generate.pick(OTHER_COMMUNES).generate(in)),
                        Set.of()));
            }
            List<UnresolvedDemand> demand =
                    new ArrayList<>(unresolvedDemandLists().generate(in));
            if (chance(in, 50)) {
                demand.add(UnresolvedDemand.of(
                        Generate.pick(OTHER_COMMUNES).generate(in),
                        Optional.of(ActorKind.APL),
                        Optional.empty(),
                        "rule-outside",
                        2));
            }
            return new Planted(model, territory, ActorDirectory.of(actors), providers, demand);
        };
    }

    static Gen<CoverageReport> coverageReports() {
        return in -> {
            Planted p = planted().generate(in);
            return CoverageAnalyzer.bundled().analyse(p.territory(), p.directory(), p.demand());
        };
    }

    // ---------------------------------------------------------------- speed dating

    /** The participants of a session, who already works with whom, and the frame. */
    record Session(List<Actor> participants, PartnerNetwork network, SpeedDatingOptions options) {}

    static Gen<SpeedDatingOptions> options() {
        return in -> {
            SpeedDatingOptions.Builder b = SpeedDatingOptions.builder()
                    .rounds(range(in, 1, 5))
                    .tables(range(in, 1, 8))
                    .maxRepresentatives(range(in, 1, 2));
            Map<ActorId, Integer> representatives = new TreeMap<>();
            int extra = range(in, 0, 3);
            for (int i = 0; i < extra; i++) {
                representatives.put(actorId(range(in, 0, 13)), range(in, 1, 3));
            }
            return b.putAllRepresentatives(representatives).build();
        };
    }

    /** Basins of up to fourteen Walloon actors, some already partners, with random frames. */
    static Gen<Session> sessions() {
        return in -> {
            int n = range(in, 0, 14);
            List<Actor> actors = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ActorKind kind = Generate.pick(List.of(
                                ActorKind.AIS,
                                ActorKind.APL,
                                ActorKind.REGIE_DE_QUARTIER,
                                ActorKind.CPAS,
                                ActorKind.FLW,
                                ActorKind.COMMUNE_HOUSING_SERVICE,
                                ActorKind.SLSP,
                                ActorKind.PCS,
                                ActorKind.CITIZENS_COLLECTIVE,
                                ActorKind.GAL))
                        .generate(in);
                Actor.Builder a = Actor.builder()
                        .from(actor(
                                actorId(i), kind, someOf(WALLOON_COMMUNES, 1, 2).generate(in), Set.of()));
                if (chance(in, 10)) {
                    a.sector(Generate.enumValues(Sector.class).generate(in));
                }
                actors.add(a.build());
            }
            PartnerNetwork.Builder network = PartnerNetwork.builder();
            actors.forEach(a -> network.addActor(a.id()));
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (chance(in, 20)) {
                        network.addCollaboration(
                                actors.get(i).id(), actors.get(j).id(), range(in, 0, 5));
                    }
                }
            }
            return new Session(actors, network.build(), options().generate(in));
        };
    }

    static Gen<Complementarity> complementarities() {
        return in -> {
            Complementarity.Builder b = Complementarity.builder().newEncounterWeight(range(in, 0, 4) / 2.0);
            Set<Set<ActorKind>> seen = new LinkedHashSet<>();
            int kinds = range(in, 0, 5);
            for (int i = 0; i < kinds; i++) {
                ActorKind x = Generate.pick(List.of(ActorKind.AIS, ActorKind.APL, ActorKind.CPAS, ActorKind.PCS))
                        .generate(in);
                ActorKind y = Generate.pick(
                                List.of(ActorKind.AIS, ActorKind.REGIE_DE_QUARTIER, ActorKind.SLSP, ActorKind.FLW))
                        .generate(in);
                if (seen.add(EnumSet.of(x, y))) {
                    b.addKindPairs(KindPairWeight.of(x, y, range(in, 0, 8) / 2.0, "Pour un test"));
                }
            }
            if (chance(in, 60)) {
                b.addSectorPairs(SectorPairWeight.of(Sector.PUBLIC, Sector.ASSOCIATIVE, 1, "Pour un test"));
            }
            return b.build();
        };
    }

    static Gen<SpeedDatingSchedule> schedules() {
        return in -> {
            Session s = sessions().generate(in);
            return MatchMaker.of(complementarities().generate(in))
                    .schedule("Bassin", s.participants(), s.network(), s.options());
        };
    }
}
