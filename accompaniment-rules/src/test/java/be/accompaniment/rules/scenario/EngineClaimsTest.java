package be.accompaniment.rules.scenario;

import static be.accompaniment.rules.scenario.ScenarioFixtures.arrears;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.pathway.MeasureStarted;
import be.accompaniment.pathway.PasserelleAnswered;
import be.accompaniment.pathway.PasserelleMade;
import be.accompaniment.pathway.PathwayEvent;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The sequential phase of a run: which actor a passerelle goes to when the best one is full, in which order new
 * requests get the places left, and how a waiting list is served when a place frees up. Households ask one agency for
 * a housing search (a scripted advisor), every passerelle is accepted and answered the day it is made, and nothing
 * happens by chance unless a test says so.
 */
class EngineClaimsTest {
    private static final LegalCalendar CALENDAR =
            LegalCalendar.of(List.of(CalendarParameters.bundled(Region.WALLONIA)));
    private static final LocalDate START = ScenarioFixtures.START;
    private static final ActorId BEST = ActorId.of("ais-best");
    private static final ActorId OTHER = ActorId.of("ais-other");

    private static Actor ais(ActorId id, int capacity) {
        return Actor.builder()
                .id(id)
                .name("AIS " + id)
                .kind(ActorKind.AIS)
                .territory(Territory.ofCommune(ScenarioFixtures.ESNEUX))
                .seat(ScenarioFixtures.ESNEUX)
                .capacity(capacity)
                .build();
    }

    private static Household household(String id, Situation situation) {
        return Household.builder()
                .id(HouseholdId.of(id))
                .commune(ScenarioFixtures.ESNEUX)
                .tenure(Tenure.PRIVATE_TENANT)
                .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1980))
                .addSituations(situation)
                .build();
    }

    private static Insalubrity unfit(LocalDate openedOn) {
        return Insalubrity.builder().openedOn(openedOn).region(Region.WALLONIA).build();
    }

    /** Every household with a situation asks for a housing search with the best agency, then the other. */
    private static Advising housingSearch(List<ActorId> targets) {
        return (h, referrer, on) -> h.situations().isEmpty()
                ? List.of()
                : List.of(new Proposal(
                        "housing-search",
                        MeasureKind.HOUSING_SEARCH,
                        targets,
                        false,
                        false,
                        Set.of(ActorKind.AIS),
                        Purpose.REFERRAL));
    }

    /** Rent arrears resolve at once; nothing else moves by chance. */
    private static Behaviour.Builder behaviour(CapacityPolicy whenFull) {
        List<SituationDynamics> dynamics = Arrays.stream(SituationKind.values())
                .map(k -> {
                    double resolve = k == SituationKind.RENT_ARREARS ? 1 : 0;
                    return SituationDynamics.builder()
                            .situation(k)
                            .resolvePerMonth(resolve)
                            .resolvePerMonthAccompanied(resolve)
                            .worsenPerMonth(0)
                            .worsenPerMonthAccompanied(0)
                            .repeatWithinYear(0)
                            .build();
                })
                .toList();
        return Behaviour.builder()
                .from(Behaviour.defaults())
                .whenFull(whenFull)
                .defaultAcceptance(1)
                .contactDelayDays(DayRange.of(0, 0))
                .putMeasureDurationDays(MeasureKind.HOUSING_SEARCH, 20)
                .dynamics(dynamics);
    }

    private static SimulationResult run(
            Behaviour behaviour, List<Actor> actors, List<ActorId> targets, Household... h) {
        Scenario s = ScenarioFixtures.ourthe(0, 3, StepUnit.MONTH)
                .actorModel(Optional.empty())
                .actors(actors)
                .population(PopulationModel.builder().households(0).build())
                .addHouseholds(h)
                .behaviour(behaviour)
                .build();
        return new Engine(s, Gazetteer.belgium(), CALENDAR, d -> housingSearch(targets), 1, true)
                .run(SimulationListener.none());
    }

    private static List<MeasureStarted> measures(SimulationResult r, int household) {
        return r.pathway(household).events().stream()
                .filter(MeasureStarted.class::isInstance)
                .map(MeasureStarted.class::cast)
                .toList();
    }

    private static List<PasserelleMade> passerelles(SimulationResult r, int household) {
        return r.pathway(household).events().stream()
                .filter(PasserelleMade.class::isInstance)
                .map(PasserelleMade.class::cast)
                .toList();
    }

    @Nested
    class WhenTheBestActorIsFull {
        private final List<Actor> actors = List.of(ais(BEST, 0), ais(OTHER, 5));
        private final Household h = household("case-1", unfit(START.minusDays(20)));

        @Test
        void elsewhereSendsThePasserelleToTheNextActorWithAPlace() {
            SimulationResult r = run(behaviour(CapacityPolicy.ELSEWHERE).build(), actors, List.of(BEST, OTHER), h);

            assertThat(passerelles(r, 0))
                    .singleElement()
                    .satisfies(p -> assertThat(p.receiver()).isEqualTo(OTHER));
            assertThat(measures(r, 0)).singleElement().satisfies(m -> {
                assertThat(m.provider()).isEqualTo(OTHER);
                assertThat(m.on()).isEqualTo(START);
            });
            assertThat(r.territorySeries(Indicator.PASSERELLES_WAITING)).containsOnly(0);
        }

        @Test
        void waitMakesThePasserelleToTheBestActorAndQueuesIt() {
            SimulationResult r = run(behaviour(CapacityPolicy.WAIT).build(), actors, List.of(BEST, OTHER), h);

            assertThat(passerelles(r, 0))
                    .singleElement()
                    .satisfies(p -> assertThat(p.receiver()).isEqualTo(BEST));
            assertThat(measures(r, 0)).isEmpty();
            assertThat(r.territorySeries(Indicator.PASSERELLES_WAITING)).containsOnly(1);
        }

        @Test
        void withNoActorWithAPlaceElsewhereWaitsOnTheBestActor() {
            SimulationResult r = run(
                    behaviour(CapacityPolicy.ELSEWHERE).build(),
                    List.of(ais(BEST, 0), ais(OTHER, 0)),
                    List.of(BEST, OTHER),
                    h);

            assertThat(passerelles(r, 0))
                    .singleElement()
                    .satisfies(p -> assertThat(p.receiver()).isEqualTo(BEST));
            assertThat(r.territorySeries(Indicator.PASSERELLES_WAITING)).containsOnly(1);
        }
    }

    @Nested
    class OneFreePlace {
        private final List<Actor> actors = List.of(ais(BEST, 1));

        @Test
        void goesToTheEarliestRequestNotToTheFirstHousehold() {
            // case-1 comes first in household order but its situation opens ten days into the first step
            SimulationResult r = run(
                    behaviour(CapacityPolicy.WAIT).build(),
                    actors,
                    List.of(BEST),
                    household("case-1", unfit(START.plusDays(10))),
                    household("case-2", unfit(START.minusDays(20))));

            assertThat(measures(r, 1))
                    .singleElement()
                    .satisfies(m -> assertThat(m.on()).isEqualTo(START));
            // the place frees after twenty days, and the waiting list is served at the next step
            assertThat(measures(r, 0))
                    .singleElement()
                    .satisfies(m -> assertThat(m.on()).isEqualTo(r.days().get(1)));
        }

        @Test
        void isGivenToTheNextHouseholdStillWaitingWhenItFreesUp() {
            SimulationResult r = run(
                    behaviour(CapacityPolicy.WAIT).build(),
                    actors,
                    List.of(BEST),
                    household("case-1", unfit(START.minusDays(30))),
                    household("case-2", arrears(START.plusDays(1))),
                    household("case-3", unfit(START.plusDays(2))));

            assertThat(measures(r, 0))
                    .singleElement()
                    .satisfies(m -> assertThat(m.on()).isEqualTo(START));
            // case-2 asked before case-3, but stopped waiting when its arrears were settled in the next step
            List<PathwayEvent> second = r.pathway(1).events();
            assertThat(measures(r, 1)).isEmpty();
            assertThat(second)
                    .anyMatch(e -> e instanceof PasserelleAnswered a && a.status() == PasserelleStatus.CANCELLED);
            // so case-3 gets the place freed by case-1, on the first day of the next step
            assertThat(measures(r, 2))
                    .singleElement()
                    .satisfies(m -> assertThat(m.on()).isEqualTo(r.days().get(1)));
        }
    }
}
