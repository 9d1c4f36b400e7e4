package be.accompaniment.rules.scenario;

import static be.accompaniment.rules.scenario.ScenarioFixtures.arrears;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.pathway.MeasureStarted;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationResolved;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.rules.scenario.Advising.Proposal;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The engine's own draws and bookkeeping, read off small runs: the days situations open on, the seed behind every
 * household's chances, the listener's calls, and a waiting list that forgets a household whose need was met.
 */
class EngineDrawsTest {
    private static final LegalCalendar CALENDAR =
            LegalCalendar.of(List.of(CalendarParameters.bundled(Region.WALLONIA)));
    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final ActorId AIS = ActorId.of("ais-esneux");

    private static Scenario.Builder scenario(Behaviour behaviour, int steps) {
        return ScenarioFixtures.ourthe(0, steps, StepUnit.MONTH)
                .startOn(START)
                .population(PopulationModel.builder().households(0).build())
                .behaviour(behaviour);
    }

    private static SimulationResult run(Scenario scenario, Advising advising) {
        return new Engine(scenario, Gazetteer.belgium(), CALENDAR, d -> advising, 1, true)
                .run(SimulationListener.none());
    }

    private static Behaviour still() {
        return Behaviour.builder()
                .from(Behaviour.defaults())
                .dynamics(ScenarioFixtures.resolving(Set.of(), 1, 1))
                .build();
    }

    /** Households generated in Esneux, private tenants, with an incidence of eviction procedures. */
    private static PopulationModel evictions(int households, double prevalence, double perYear) {
        return PopulationModel.builder()
                .households(households)
                .putCommuneWeights(ScenarioFixtures.ESNEUX, 1.0)
                .putTenure(Tenure.PRIVATE_TENANT, 1.0)
                .addIncidence(SituationIncidence.builder()
                        .situation(SituationKind.EVICTION_THREAT)
                        .prevalence(prevalence)
                        .perYear(perYear)
                        .build())
                .build();
    }

    private static TreeSet<LocalDate> openingDays(SimulationResult r) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int h = 0; h < r.households(); h++) {
            r.pathway(h).events().stream()
                    .filter(SituationOpened.class::isInstance)
                    .findFirst()
                    .ifPresent(e -> days.add(e.on()));
        }
        return days;
    }

    @Test
    void situationsOpenOnTheFirstDayWereOpenedOverTheHalfYearBefore() {
        SimulationResult r =
                run(scenario(still(), 1).population(evictions(60, 1, 0)).build(), (h, x, on) -> List.of());

        TreeSet<LocalDate> days = openingDays(r);
        assertThat(days.first()).isAfterOrEqualTo(START.minusDays(181));
        assertThat(days.last()).isBefore(START);
        assertThat(days).hasSizeGreaterThan(30);
    }

    @Test
    void situationsThatOccurDuringAStepOpenOnAnyOfItsDays() {
        // a yearly incidence of one: every household enters an eviction procedure in the first step
        SimulationResult r =
                run(scenario(still(), 1).population(evictions(60, 0, 1)).build(), (h, x, on) -> List.of());

        TreeSet<LocalDate> days = openingDays(r);
        assertThat(r.total(Indicator.SITUATIONS_OPENED)).isEqualTo(60);
        assertThat(days.first()).isAfterOrEqualTo(START);
        assertThat(days.last()).isBefore(START.plusMonths(1));
        assertThat(days).hasSizeGreaterThan(15);
    }

    private static Household listed(int i, Situation situation) {
        return ScenarioFixtures.listedInEsneux("case-" + i, Tenure.PRIVATE_TENANT, situation);
    }

    @Test
    void theSeedDrawsEachHouseholdsChances() {
        Behaviour behaviour = Behaviour.builder()
                .from(Behaviour.defaults())
                .dynamics(ScenarioFixtures.resolving(Set.of(SituationKind.RENT_ARREARS), 1, 1))
                .build();
        List<Household> households = IntStream.range(0, 8)
                .mapToObj(i -> listed(i, arrears(START.minusDays(10))))
                .toList();
        List<List<LocalDate>> resolutions = new ArrayList<>();
        for (long seed : new long[] {1, 2, 1}) {
            SimulationResult r = run(
                    scenario(behaviour, 1)
                            .seed(seed)
                            .addAllHouseholds(households)
                            .build(),
                    (h, x, on) -> List.of());
            resolutions.add(IntStream.range(0, households.size())
                    .mapToObj(h -> r.pathway(h).events().stream()
                            .filter(SituationResolved.class::isInstance)
                            .findFirst()
                            .orElseThrow()
                            .on())
                    .toList());
        }
        assertThat(resolutions.get(0)).isEqualTo(resolutions.get(2)).isNotEqualTo(resolutions.get(1));
    }

    @Test
    void situationsStartInTheirStagesByRelativeWeight() {
        // weights that do not sum to one: three in four open in arrears, one in four at the eviction demand, none in
        // a payment plan; neither stage moves on in this run
        PopulationModel population = PopulationModel.builder()
                .households(400)
                .putCommuneWeights(ScenarioFixtures.ESNEUX, 1.0)
                .putTenure(Tenure.PRIVATE_TENANT, 1.0)
                .addIncidence(SituationIncidence.builder()
                        .situation(SituationKind.RENT_ARREARS)
                        .prevalence(1)
                        .perYear(0)
                        .putStages("PAYMENT_PLAN", 0.0)
                        .putStages("ARREARS", 3.0)
                        .putStages("DEMAND", 1.0)
                        .build())
                .build();
        Map<String, String> stages = new ConcurrentHashMap<>();
        Advising seeing = (h, x, on) -> {
            h.situations()
                    .forEach(s -> stages.putIfAbsent(h.id().value(), s.stage().name()));
            return List.of();
        };

        run(scenario(still(), 1).population(population).build(), seeing);

        assertThat(stages).hasSize(400);
        Map<String, Long> counts =
                stages.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(counts).containsOnlyKeys("ARREARS", "DEMAND");
        assertThat(counts.get("ARREARS")).isBetween(260L, 340L);
    }

    @Test
    void theListenerHearsOfEveryStepInOrder() {
        List<String> heard = new ArrayList<>();
        new Engine(scenario(still(), 3).build(), Gazetteer.belgium(), CALENDAR, d -> (h, x, on) -> List.of(), 1, false)
                .run((step, steps, firstDay) -> heard.add(step + "/" + steps + " " + firstDay));

        assertThat(heard).containsExactly("0/3 2026-06-01", "1/3 2026-07-01", "2/3 2026-08-01");
    }

    @Test
    void aHouseholdWhoseNeedWasMetLeavesTheWaitingListUnserved() {
        // one place at the AIS: the first household takes it for 45 days, the second waits and its insalubrity is
        // resolved in the second step, before the place frees up
        Actor ais = Actor.builder()
                .id(AIS)
                .name("AIS Esneux")
                .kind(ActorKind.AIS)
                .territory(Territory.ofCommune(ScenarioFixtures.ESNEUX))
                .seat(ScenarioFixtures.ESNEUX)
                .capacity(1)
                .build();
        Behaviour behaviour = Behaviour.builder()
                .from(Behaviour.defaults())
                .dynamics(ScenarioFixtures.resolving(Set.of(SituationKind.INSALUBRITY), 1, 1))
                .defaultAcceptance(1)
                .contactDelayDays(DayRange.of(0, 0))
                .putMeasureDurationDays(MeasureKind.HOUSING_SEARCH, 45)
                .build();
        Advising search = (h, x, on) -> h.situations().isEmpty()
                ? List.of()
                : List.of(new Proposal(
                        "housing-search",
                        MeasureKind.HOUSING_SEARCH,
                        List.of(AIS),
                        false,
                        false,
                        Set.of(ActorKind.AIS),
                        Purpose.REFERRAL));
        Scenario scenario = scenario(behaviour, 3)
                .actorModel(Optional.empty())
                .actors(List.of(ais))
                .addHouseholds(
                        listed(0, arrears(START)),
                        listed(
                                1,
                                Insalubrity.builder()
                                        .openedOn(START)
                                        .region(Region.WALLONIA)
                                        .build()))
                .build();

        SimulationResult r = run(scenario, search);

        int a = r.actors().indexOf(AIS);
        assertThat(r.pathway(0).events())
                .filteredOn(MeasureStarted.class::isInstance)
                .hasSize(1);
        assertThat(r.value(0, AreaType.COMMUNE, ScenarioFixtures.ESNEUX.toString(), Indicator.PASSERELLES_WAITING))
                .isEqualTo(1);
        assertThat(r.pathway(1).events()).anyMatch(SituationResolved.class::isInstance);
        assertThat(r.pathway(1).events()).noneMatch(MeasureStarted.class::isInstance);
        assertThat(r.actorLoad(0, a)).isEqualTo(1);
        assertThat(r.actorLoad(1, a)).isZero();
        assertThat(r.actorLoad(2, a)).isZero();
        // one of the two households ever in a situation is stabilised
        assertThat(r.value(1, AreaType.COMMUNE, ScenarioFixtures.ESNEUX.toString(), Indicator.SHARE_STABILISED))
                .isEqualTo(0.5);
    }
}
