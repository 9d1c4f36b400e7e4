package be.accompaniment.rules.calendar;

import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class LegalCalendarProperties {
    private static final LegalCalendar CALENDAR = LegalCalendar.bundled();

    /** A tenant and a day of service for which every parameter has a value: the region's first day plus a month. */
    private record Case(Region region, boolean socialHousing, boolean budgetGuidanceRefused, LocalDate servedOn) {
        /** A day on which the region's winter moratorium has a value. */
        LocalDate day() {
            return servedOn.plusMonths(1);
        }
    }

    private static Gen<Case> cases() {
        return Generate.pick(List.of(Region.WALLONIA, Region.BRUSSELS_CAPITAL))
                .zip(
                        SourceDSL.booleans().all(),
                        SourceDSL.booleans().all(),
                        SourceDSL.integers().between(0, 12_000),
                        (region, social, refused, offset) -> new Case(
                                region, social, refused, firstServiceDay(region).plusDays(offset)));
    }

    private static LocalDate firstServiceDay(Region region) {
        LocalDate firstMoratorium =
                CALENDAR.parameters(region).winterMoratorium().steps().get(0).from();
        return firstMoratorium.minusMonths(1).plusDays(1);
    }

    private static EarliestExecution earliest(Case c) {
        return CALENDAR.earliestExecution(c.servedOn(), c.region(), c.socialHousing(), c.budgetGuidanceRefused());
    }

    private static boolean inside(Case c, LocalDate day) {
        return CALENDAR.isInsideApplicableMoratorium(day, c.region(), c.socialHousing(), c.budgetGuidanceRefused());
    }

    @Test
    void earliestExecutionIsNeverInsideAnApplicableMoratoriumOrSuspension() {
        qt().forAll(cases()).check(c -> !inside(c, earliest(c).on()));
    }

    @Test
    void earliestExecutionIsNeverBeforeOneMonthAfterService() {
        qt().forAll(cases()).check(c -> !earliest(c).on().isBefore(c.servedOn().plusMonths(1)));
    }

    @Test
    void everyDayBetweenTheEndOfTheDelayAndTheEarliestExecutionIsProtected() {
        qt().forAll(cases()).check(c -> {
            EarliestExecution e = earliest(c);
            return e.minimumDelay().on().datesUntil(e.on()).allMatch(d -> inside(c, d));
        });
    }

    @Test
    void earliestExecutionIsMonotoneInTheDayOfService() {
        qt().forAll(cases(), SourceDSL.integers().between(0, 400)).check((c, later) -> {
            Case d = new Case(
                    c.region(),
                    c.socialHousing(),
                    c.budgetGuidanceRefused(),
                    c.servedOn().plusDays(later));
            return !earliest(c).on().isAfter(earliest(d).on());
        });
    }

    @Test
    void protectedUntilIsTheLastDayOfAnUnbrokenProtection() {
        qt().forAll(cases()).check(c -> {
            MoratoriumDecision d =
                    CALENDAR.moratoriumOn(c.day(), c.region(), c.socialHousing(), c.budgetGuidanceRefused());
            if (!d.applies()) {
                return d.protectedUntil().isEmpty();
            }
            LocalDate until = d.protectedUntil().orElseThrow();
            return c.day().datesUntil(until.plusDays(1)).allMatch(day -> inside(c, day))
                    && !inside(c, until.plusDays(1));
        });
    }

    @Test
    void socialHousingIsNeverLessProtectedThanPrivateHousing() {
        qt().forAll(cases())
                .check(c -> !inside(new Case(c.region(), false, c.budgetGuidanceRefused(), c.servedOn()), c.day())
                        || inside(new Case(c.region(), true, c.budgetGuidanceRefused(), c.servedOn()), c.day()));
    }

    @Test
    void latestNoticeDateIsTheLastWorkingDayThatGivesFiveWorkingDays() {
        qt().forAll(CalendarGenerators.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31)))
                .check(execution -> {
                    LocalDate notice = CALENDAR.latestNoticeDate(execution, Region.WALLONIA)
                            .on();
                    LocalDate nextWorkingDay = BelgianHolidays.plusWorkingDays(notice, 1);
                    return BelgianHolidays.isWorkingDay(notice)
                            && !CALENDAR.earliestExecutionAfterNotice(notice, Region.WALLONIA)
                                    .on()
                                    .isAfter(execution)
                            && CALENDAR.earliestExecutionAfterNotice(nextWorkingDay, Region.WALLONIA)
                                    .on()
                                    .isAfter(execution);
                });
    }

    @Test
    void answersRoundTripThroughJson() {
        qt().forAll(cases()).check(c -> {
            EarliestExecution e = earliest(c);
            MoratoriumDecision d =
                    CALENDAR.moratoriumOn(c.day(), c.region(), c.socialHousing(), c.budgetGuidanceRefused());
            return AccompanimentJson.read(AccompanimentJson.write(e), EarliestExecution.class)
                            .equals(e)
                    && AccompanimentJson.read(AccompanimentJson.write(d), MoratoriumDecision.class)
                            .equals(d);
        });
    }
}
