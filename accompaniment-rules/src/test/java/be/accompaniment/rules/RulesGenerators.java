package be.accompaniment.rules;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.SituationOutcome;
import be.accompaniment.situation.SituationStage;
import be.accompaniment.territory.Commune;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import be.accompaniment.testing.HouseholdGenerators;
import be.accompaniment.testing.SituationGenerators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators and synthetic data for the rules package, reusable by the benchmarks: realistic households
 * whose situations stand at varied stages around a date, placed in communes of a directory; a synthetic directory of
 * every Walloon and Brussels commune with at least fifteen actors serving each; random valid rulebooks for round trips.
 * Synthetic data only.
 */
public final class RulesGenerators {
    private RulesGenerators() {}

    // ------------------------------------------------------------------ directories

    /**
     * A synthetic directory of every commune of Wallonia and Brussels-Capital on a date (from {@link
     * Gazetteer#belgium()}), reproducible from a seed. Each commune is served by at least fifteen actors: its own CPAS,
     * commune housing service, bourgmestre, school social service and energy desk (and PCS in Wallonia); actors of its
     * arrondissement (AIS, APL and régie de quartier or tenants' union, social housing company, maison de justice,
     * relais social or Bruss'help, shelter, IHP, réseau 107, Housing First, legal aid, justice of the peace, detainee
     * aid, youth aid); and the regional bodies (SPW Logement, SWL, FLW, SWCS, AVIQ; DIRL, Bruxelles Logement, SLRB,
     * Fonds du Logement). Capacities and open places vary with the seed.
     *
     * @param on the date whose communes to take
     * @param seed the seed of capacities
     * @return the directory
     */
    public static ActorDirectory walloniaAndBrussels(LocalDate on, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Gazetteer gazetteer = Gazetteer.belgium();
        List<Actor> actors = new ArrayList<>();
        for (Region region : List.of(Region.WALLONIA, Region.BRUSSELS_CAPITAL)) {
            List<NisCode> regionCommunes = new ArrayList<>();
            Map<NisCode, List<NisCode>> byArrondissement = new TreeMap<>();
            for (Commune c : gazetteer.communesOf(region, on)) {
                regionCommunes.add(c.code());
                byArrondissement
                        .computeIfAbsent(c.arrondissement(), a -> new ArrayList<>())
                        .add(c.code());
                for (ActorKind kind : communal(region)) {
                    actors.add(actor(random, kind, c.code() + "", List.of(c.code())));
                }
            }
            byArrondissement.forEach((arrondissement, communes) -> {
                for (ActorKind kind : arrondissemental(region)) {
                    actors.add(actor(random, kind, arrondissement + "", communes));
                }
            });
            for (ActorKind kind : regional(region)) {
                actors.add(actor(random, kind, region.name().toLowerCase(java.util.Locale.ROOT), regionCommunes));
            }
        }
        return ActorDirectory.of(actors);
    }

    private static List<ActorKind> communal(Region region) {
        List<ActorKind> kinds = new ArrayList<>(List.of(
                ActorKind.CPAS,
                ActorKind.COMMUNE_HOUSING_SERVICE,
                ActorKind.BOURGMESTRE,
                ActorKind.SCHOOL_SOCIAL_SERVICE,
                ActorKind.ENERGY_ADVICE_DESK));
        if (region == Region.WALLONIA) {
            kinds.add(ActorKind.PCS);
        }
        return kinds;
    }

    private static List<ActorKind> arrondissemental(Region region) {
        List<ActorKind> kinds = new ArrayList<>(List.of(
                ActorKind.AIS,
                ActorKind.MAISON_DE_JUSTICE,
                ActorKind.SHELTER,
                ActorKind.IHP,
                ActorKind.RESEAU_107,
                ActorKind.HOUSING_FIRST,
                ActorKind.LEGAL_AID,
                ActorKind.JUSTICE_DE_PAIX,
                ActorKind.DETAINEE_AID_SERVICE,
                ActorKind.YOUTH_AID_SERVICE,
                ActorKind.TENANTS_UNION));
        if (region == Region.WALLONIA) {
            kinds.addAll(List.of(ActorKind.APL, ActorKind.REGIE_DE_QUARTIER, ActorKind.SLSP, ActorKind.RELAIS_SOCIAL));
        } else {
            kinds.addAll(List.of(ActorKind.SISP, ActorKind.BRUSSHELP));
        }
        return kinds;
    }

    private static List<ActorKind> regional(Region region) {
        return region == Region.WALLONIA
                ? List.of(ActorKind.SPW_LOGEMENT, ActorKind.SWL, ActorKind.FLW, ActorKind.SWCS, ActorKind.AVIQ)
                : List.of(
                        ActorKind.DIRL,
                        ActorKind.BRUXELLES_LOGEMENT,
                        ActorKind.SLRB,
                        ActorKind.FONDS_DU_LOGEMENT_BRUXELLES);
    }

    private static Actor actor(SplittableRandom random, ActorKind kind, String where, List<NisCode> communes) {
        String id = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + where;
        Actor.Builder b = Actor.builder()
                .id(ActorId.of(id))
                .name(kind.name() + " " + where)
                .kind(kind)
                .territory(Territory.of(where, communes))
                .seat(communes.get(0));
        int capacity = random.nextInt(4) == 0 ? -1 : random.nextInt(60);
        if (capacity >= 0) {
            b.capacity(capacity).openPlaces(random.nextInt(capacity + 1));
        }
        return b.build();
    }

    /** The communes a directory serves, as a list. */
    public static List<NisCode> communes(ActorDirectory directory) {
        return List.copyOf(directory.communes());
    }

    // ------------------------------------------------------------------ households and cases

    /** Days from 2015-01-01 to 2030-12-31. */
    public static Gen<LocalDate> days() {
        return SituationGenerators.days();
    }

    /**
     * Realistic households around a day ({@link HouseholdGenerators#householdsAround(LocalDate)}) moved to one of the
     * given communes, so that every situation kind, stage and tenure meets the directory's actors.
     *
     * @param communes the communes of residence to pick from, not empty
     * @param on the day the situations are placed around
     */
    public static Gen<Household> householdsIn(List<NisCode> communes, LocalDate on) {
        return HouseholdGenerators.householdsAround(on)
                .zip(
                        Generate.pick(communes),
                        (h, c) -> Household.builder().from(h).commune(c).build());
    }

    /**
     * Households around a day with one situation of every kind, in one of the given communes.
     *
     * @param communes the communes of residence to pick from, not empty
     * @param on the day
     */
    public static Gen<Household> householdsWithEveryKindIn(List<NisCode> communes, LocalDate on) {
        return HouseholdGenerators.householdsWithEveryKindAround(on)
                .zip(
                        Generate.pick(communes),
                        (h, c) -> Household.builder().from(h).commune(c).build());
    }

    /**
     * Cases of a directory around a day: a household in one of its communes, referred in four cases out of five by
     * one of the actors serving that commune.
     *
     * @param directory the directory, with at least one actor
     * @param on the day
     */
    public static Gen<Case> casesIn(ActorDirectory directory, LocalDate on) {
        List<NisCode> communes = communes(directory);
        Gen<Household> households = Generate.pick(List.of(0, 1, 2, 3, 4))
                .flatMap(i -> i == 0 ? householdsWithEveryKindIn(communes, on) : householdsIn(communes, on));
        return rs -> {
            Household h = households.generate(rs);
            ImmutableList<Actor> serving = directory.serving(h.commune());
            if (serving.isEmpty() || Generate.range(0, 4).generate(rs) == 0) {
                return Case.of(h);
            }
            return Case.of(h, serving.get(Generate.range(0, serving.size() - 1).generate(rs)));
        };
    }

    /**
     * A fixed batch of cases, reproducible from a seed: for benchmarks and the concurrency test.
     *
     * @param directory the directory
     * @param on the day
     * @param count the number of cases
     * @param seed the seed
     */
    public static List<Case> batch(ActorDirectory directory, LocalDate on, int count, long seed) {
        List<Case> cases = new ArrayList<>(count);
        // QuickTheories with a fixed seed draws the same examples at every run
        QuickTheory.qt()
                .withFixedSeed(seed)
                .withExamples(count)
                .withShrinkCycles(0)
                .forAll(casesIn(directory, on))
                .checkAssert(cases::add);
        return cases;
    }

    // ------------------------------------------------------------------ rulebooks

    /** Valid rulebooks of random rules over every condition of the vocabulary, for round trips. */
    public static Gen<Rulebook> rulebooks() {
        return rs -> {
            Rulebook.Builder b = Rulebook.builder()
                    .id("book-" + Generate.range(0, 999).generate(rs))
                    .region(Generate.pick(List.of(Region.WALLONIA, Region.BRUSSELS_CAPITAL))
                            .generate(rs))
                    .version("2026." + Generate.range(1, 9).generate(rs))
                    .lastReviewedOn(LocalDate.of(2026, 1, 1)
                            .plusDays(Generate.range(0, 300).generate(rs)))
                    .labels(labels("book"));
            b.putParameters(
                    "ceiling",
                    Parameter.ofIncomeCeiling(DatedValue.since(
                            "ceiling",
                            LocalDate.of(2000, 1, 1),
                            IncomeCeiling.of(IncomeBasis.YEARLY, 1_550_000, 2_120_000, 290_000),
                            LegalReference.of("Synthetic ceiling"))));
            b.putParameters(
                    "delay",
                    Parameter.ofDays(DatedValue.since(
                            "delay", LocalDate.of(2000, 1, 1), 30, LegalReference.of("Synthetic delay"))));
            int n = Generate.range(1, 6).generate(rs);
            for (int i = 0; i < n; i++) {
                b.addRules(rule(rs, "rule-" + i));
            }
            return b.build();
        };
    }

    private static Rule rule(RandomnessSource rs, String id) {
        SituationKind kind = pickOf(rs, SituationKind.values());
        Rule.Builder b = Rule.builder()
                .id(id)
                .labels(labels(id))
                .validity(
                        Generate.booleans().generate(rs)
                                ? Period.from(LocalDate.of(2001, 1, 1))
                                : Period.of(LocalDate.of(2001, 1, 1), LocalDate.of(2030, 12, 31)))
                .addReferences(LegalReference.of(
                        "Synthetic law", "art. " + Generate.range(1, 99).generate(rs)))
                .situation(kind);
        if (Generate.range(0, 4).generate(rs) > 0) {
            b.when(condition(rs, kind, 3));
        }
        int templates = Generate.range(1, 3).generate(rs);
        for (int i = 0; i < templates; i++) {
            b.addSuggest(template(rs, kind));
        }
        return b.build();
    }

    /**
     * A random valid condition for rules of a kind.
     *
     * @param rs the randomness
     * @param kind the rule's situation kind
     * @param depth how deep combinations may nest
     */
    static Condition condition(RandomnessSource rs, SituationKind kind, int depth) {
        int choice = Generate.range(depth > 0 ? 0 : 3, 19).generate(rs);
        return switch (choice) {
            case 0 -> new Condition.All(conditions(rs, kind, depth - 1));
            case 1 -> new Condition.Any(conditions(rs, kind, depth - 1));
            case 2 -> Condition.not(condition(rs, kind, depth - 1));
            case 3 -> Condition.situation(pickOf(rs, SituationKind.values()));
            case 4 -> new Condition.StageIn(some(rs, kind.stages()));
            case 5 -> new Condition.OutcomeIn(some(rs, SituationKind.INSALUBRITY.outcomes()));
            case 6 -> new Condition.InstitutionIn(some(rs, List.of(InstitutionType.values())));
            case 7 -> Condition.daysUntil(milestone(rs, kind), bounds(rs));
            case 8 -> Condition.daysSince(milestone(rs, kind), bounds(rs));
            case 9 ->
                new Condition.MilestoneRecorded(
                        milestone(rs, kind), Generate.booleans().generate(rs));
            case 10 -> new Condition.TenureIn(some(rs, List.of(Tenure.values())));
            case 11 -> Condition.minors(bounds(rs));
            case 12 -> Condition.minorsAtSchool(bounds(rs));
            case 13 ->
                Generate.booleans().generate(rs)
                        ? Condition.memberAge(bounds(rs))
                        : Condition.memberAge(pickOf(rs, MemberRole.values()), bounds(rs));
            case 14 ->
                Generate.booleans().generate(rs) ? Condition.incomeAtMost("ceiling") : Condition.incomeAbove("ceiling");
            case 15 -> new Condition.RegionIn(some(rs, List.of(Region.values())));
            case 16 -> Condition.ethosIn(pickOf(rs, new String[] {"9.1", "12.1", "6", "13", "8.1"}));
            case 17 -> Condition.consent(pickOf(rs, ActorKind.values()), pickOf(rs, Purpose.values()));
            case 18 -> new Condition.ReferrerIn(some(rs, List.of(ActorKind.values())));
            default -> Condition.fact(pickOf(rs, Fact.values()));
        };
    }

    private static ImmutableList<Condition> conditions(RandomnessSource rs, SituationKind kind, int depth) {
        int n = Generate.range(1, 3).generate(rs);
        ImmutableList.Builder<Condition> b = ImmutableList.builder();
        for (int i = 0; i < n; i++) {
            b.add(condition(rs, kind, depth));
        }
        return b.build();
    }

    private static SuggestionTemplate template(RandomnessSource rs, SituationKind kind) {
        SuggestionTemplate.Builder b = SuggestionTemplate.builder()
                .measure(pickOf(rs, MeasureKind.values()))
                .urgency(pickOf(rs, Urgency.values()));
        boolean cpas = Generate.range(0, 5).generate(rs) == 0;
        if (cpas) {
            b.actorKind(ActorKind.CPAS).competentCpas(true);
        } else {
            int which = Generate.range(0, 2).generate(rs);
            if (which != 1) {
                b.actorKind(pickOf(rs, ActorKind.values()));
            }
            if (which != 0) {
                b.service(pickOf(rs, ServiceKind.values()));
            }
        }
        switch (Generate.range(0, 5).generate(rs)) {
            case 0 ->
                b.deadline(DeadlineRule.ofMilestone(
                        milestone(rs, kind), Generate.range(-30, 30).generate(rs)));
            case 1 -> b.deadline(DeadlineRule.ofMilestoneWorkingDays(milestone(rs, kind), 5));
            case 2 -> b.deadline(DeadlineRule.afterAsOf(Generate.range(0, 60).generate(rs)));
            case 3 -> b.deadline(DeadlineRule.afterAsOf("delay"));
            case 4 -> b.deadline(DeadlineRule.ofCalendar(pickOf(rs, CalendarDeadline.values())));
            default -> {}
        }
        if (Generate.booleans().generate(rs)) {
            b.sector(pickOf(rs, SectorPreference.values()));
        }
        if (Generate.booleans().generate(rs)) {
            b.sharesData(true).purpose(pickOf(rs, Purpose.values()));
        }
        return b.build();
    }

    private static Milestone milestone(RandomnessSource rs, SituationKind kind) {
        return pickOf(rs, kind.milestones().toArray(new Milestone[0]));
    }

    private static Bounds bounds(RandomnessSource rs) {
        int a = Generate.range(-60, 120).generate(rs);
        int b = Generate.range(a, 200).generate(rs);
        return switch (Generate.range(0, 2).generate(rs)) {
            case 0 -> Bounds.atLeast(a);
            case 1 -> Bounds.atMost(b);
            default -> Bounds.between(a, b);
        };
    }

    private static <T> ImmutableSet<T> some(RandomnessSource rs, List<? extends T> from) {
        int n = Generate.range(1, Math.min(3, from.size())).generate(rs);
        Map<T, Boolean> chosen = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            chosen.put(from.get(Generate.range(0, from.size() - 1).generate(rs)), true);
        }
        return ImmutableSet.copyOf(chosen.keySet());
    }

    private static <T> T pickOf(RandomnessSource rs, T[] values) {
        return values[Generate.range(0, values.length - 1).generate(rs)];
    }

    static LocalizedText labels(String what) {
        return LocalizedText.of("Règle " + what, "Regel " + what, "Regel " + what, "Rule " + what);
    }

    /** Stages of a kind, for tests. */
    static ImmutableList<SituationStage> stages(SituationKind kind) {
        return kind.stages();
    }

    /** Outcomes, for tests. */
    static ImmutableList<SituationOutcome> outcomes() {
        return SituationKind.INSALUBRITY.outcomes();
    }
}
