package be.accompaniment.rules;

import static be.accompaniment.territory.Region.BRUSSELS_CAPITAL;
import static be.accompaniment.territory.Region.WALLONIA;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.NoRuleInForceException;
import be.accompaniment.law.LegalReference;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The advisor's view of a region's legal calendar: the same answers as the calendar, on every day and for every
 * tenant, whether the day falls in a cached block or outside the blocks.
 */
class CalendarViewTest {
    private static final LegalCalendar CALENDAR = LegalCalendar.bundled();
    private static final boolean SOCIAL = true;
    private static final boolean PRIVATE = false;
    private static final boolean REFUSED = true;
    private static final boolean ACCEPTED = false;
    /** The first day the view's blocks cover, and the first day after them (250 blocks of 512 days). */
    private static final LocalDate FIRST_BLOCK_DAY = LocalDate.of(1900, 1, 1);

    private static final LocalDate AFTER_BLOCKS = FIRST_BLOCK_DAY.plusDays(250 * 512);

    private static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    /** The calendar's own answer, as the view gives it. */
    private static int expected(Region region, int day, boolean socialHousing, boolean refused) {
        try {
            return CALENDAR.moratoriumOn(LocalDate.ofEpochDay(day), region, socialHousing, refused)
                    .protectedUntil()
                    .map(d -> (int) d.toEpochDay())
                    .orElse(Facts.NONE);
        } catch (NoRuleInForceException e) {
            return Facts.NONE;
        }
    }

    /** The deadlines that are days an eviction could be executed, which a moratorium that applies must not hold. */
    @Test
    void theEvictionDatesAreTheExecutionDeadlinesAndTheMoratoriumsEnd() {
        assertThat(EnumSet.allOf(CalendarDeadline.class).stream().filter(CalendarDeadline::isEvictionDate))
                .containsExactly(
                        CalendarDeadline.EARLIEST_EXECUTION,
                        CalendarDeadline.EXECUTION_NOTICE,
                        CalendarDeadline.MORATORIUM_END);
    }

    @Nested
    class ProtectedUntil {
        @Test
        void brusselsProtectsEveryTenantFromTheFirstOfNovemberToTheFifteenthOfMarch() {
            CalendarView view = new CalendarView(CALENDAR, BRUSSELS_CAPITAL);
            int lastDay = day(2027, 3, 15);
            for (boolean social : new boolean[] {PRIVATE, SOCIAL}) {
                for (boolean refused : new boolean[] {ACCEPTED, REFUSED}) {
                    assertThat(view.protectedUntil(day(2026, 10, 31), social, refused))
                            .isEqualTo(Facts.NONE);
                    assertThat(view.protectedUntil(day(2026, 11, 1), social, refused))
                            .isEqualTo(lastDay);
                    assertThat(view.protectedUntil(day(2027, 3, 15), social, refused))
                            .isEqualTo(lastDay);
                    assertThat(view.protectedUntil(day(2027, 3, 16), social, refused))
                            .isEqualTo(Facts.NONE);
                    assertThat(view.outsideProtection(day(2026, 11, 1), social, refused))
                            .isEqualTo(day(2027, 3, 16));
                }
            }
        }

        @Test
        void walloniaProtectsOnlySocialHousingTenantsWhoDidNotRefuseBudgetGuidance() {
            CalendarView view = new CalendarView(CALENDAR, WALLONIA);
            // the same block asked for each tenant in turn: each answer its own
            for (int d : new int[] {day(2026, 11, 1), day(2027, 3, 15)}) {
                assertThat(view.protectedUntil(d, SOCIAL, ACCEPTED)).isEqualTo(day(2027, 3, 15));
                assertThat(view.protectedUntil(d, SOCIAL, REFUSED)).isEqualTo(Facts.NONE);
                assertThat(view.protectedUntil(d, PRIVATE, ACCEPTED)).isEqualTo(Facts.NONE);
                assertThat(view.protectedUntil(d, PRIVATE, REFUSED)).isEqualTo(Facts.NONE);
            }
            assertThat(view.protectedUntil(day(2026, 10, 31), SOCIAL, ACCEPTED)).isEqualTo(Facts.NONE);
            assertThat(view.protectedUntil(day(2027, 3, 16), SOCIAL, ACCEPTED)).isEqualTo(Facts.NONE);
        }

        @Test
        void answersLikeTheCalendarDecadesAhead() {
            CalendarView view = new CalendarView(CALENDAR, BRUSSELS_CAPITAL);
            assertThat(view.protectedUntil(day(2045, 11, 1), PRIVATE, ACCEPTED)).isEqualTo(day(2046, 3, 15));
            assertThat(view.protectedUntil(day(2046, 3, 15), PRIVATE, ACCEPTED)).isEqualTo(day(2046, 3, 15));
            assertThat(view.protectedUntil(day(2045, 10, 31), PRIVATE, ACCEPTED))
                    .isEqualTo(Facts.NONE);
        }

        @Test
        void answersLikeTheCalendarOnTheEdgesOfTheBlocksAndOutsideThem() {
            int first = (int) FIRST_BLOCK_DAY.toEpochDay();
            int after = (int) AFTER_BLOCKS.toEpochDay();
            int[] days = {
                first - 1,
                first,
                first + 511,
                first + 512,
                after - 1,
                after,
                after + 1,
                day(2300, 11, 1),
                day(2301, 3, 15)
            };
            for (Region region : new Region[] {BRUSSELS_CAPITAL, WALLONIA}) {
                CalendarView view = new CalendarView(CALENDAR, region);
                for (boolean social : new boolean[] {PRIVATE, SOCIAL}) {
                    for (boolean refused : new boolean[] {ACCEPTED, REFUSED}) {
                        for (int d : days) {
                            assertThat(view.protectedUntil(d, social, refused))
                                    .as(
                                            "%s on %s, social %s, refused %s",
                                            region, LocalDate.ofEpochDay(d), social, refused)
                                    .isEqualTo(expected(region, d, social, refused));
                        }
                    }
                }
            }
        }

        @Test
        void outsideTheBlocksAWinterIsStillProtected() {
            CalendarView view = new CalendarView(CALENDAR, BRUSSELS_CAPITAL);
            assertThat(AFTER_BLOCKS).isBefore(LocalDate.of(2300, 11, 1));
            assertThat(view.protectedUntil(day(2300, 11, 1), PRIVATE, ACCEPTED)).isEqualTo(day(2301, 3, 15));
            assertThat(view.protectedUntil(day(1899, 12, 31), PRIVATE, ACCEPTED))
                    .isEqualTo(Facts.NONE);
        }
    }

    @Nested
    class References {
        private final CalendarView wallonia = new CalendarView(CALENDAR, WALLONIA);
        private final CalendarParameters parameters = CALENDAR.parameters(WALLONIA);

        @Test
        void anExecutionNoticeEndingInTheWinterCitesTheNoticeAndTheMoratorium() {
            LocalDate noticeOn = LocalDate.of(2026, 10, 28);
            LocalDate end =
                    CALENDAR.earliestExecutionAfterNotice(noticeOn, WALLONIA).on();
            assertThat(end).isAfter(LocalDate.of(2026, 10, 31));
            LegalReference notice = parameters.executionNotice().referenceOn(noticeOn);
            LegalReference moratorium = parameters.winterMoratorium().referenceOn(end);
            assertThat(wallonia.references(CalendarDeadline.EXECUTION_NOTICE, noticeOn, SOCIAL, ACCEPTED))
                    .containsExactly(notice, moratorium);
            // the moratorium does not protect a private tenant: it is not cited
            assertThat(wallonia.references(CalendarDeadline.EXECUTION_NOTICE, noticeOn, PRIVATE, ACCEPTED))
                    .containsExactly(notice);
            assertThat(wallonia.references(CalendarDeadline.EXECUTION_NOTICE, noticeOn, SOCIAL, REFUSED))
                    .containsExactly(notice);
        }

        @Test
        void anExecutionNoticeBeforeAnyMoratoriumCitesTheNoticeAlone() {
            LocalDate noticeOn = LocalDate.of(2005, 11, 2);
            assertThat(wallonia.references(CalendarDeadline.EXECUTION_NOTICE, noticeOn, SOCIAL, ACCEPTED))
                    .containsExactly(parameters.executionNotice().referenceOn(noticeOn));
        }

        @Test
        void theEarliestExecutionCitesTheMinimumDelayAndTheMoratoriumThatPostponesIt() {
            LocalDate servedOn = LocalDate.of(2026, 10, 15);
            assertThat(wallonia.references(CalendarDeadline.EARLIEST_EXECUTION, servedOn, SOCIAL, ACCEPTED))
                    .isEqualTo(CALENDAR.earliestExecution(servedOn, WALLONIA, SOCIAL, ACCEPTED)
                            .references())
                    .contains(parameters.minimumDelayAfterService().referenceOn(servedOn))
                    .contains(parameters.winterMoratorium().referenceOn(LocalDate.of(2026, 11, 15)));
        }

        @Test
        void theEarliestExecutionBeforeAnyMoratoriumCitesTheMinimumDelayAlone() {
            // the Walloon moratorium starts on 2013-11-01; the minimum delay on 1999-01-11
            LocalDate servedOn = LocalDate.of(2005, 6, 1);
            assertThat(wallonia.references(CalendarDeadline.EARLIEST_EXECUTION, servedOn, SOCIAL, ACCEPTED))
                    .containsExactly(parameters.minimumDelayAfterService().referenceOn(servedOn));
        }

        @Test
        void citesNothingWhereNoDelayIsInForce() {
            // the CPAS forwarding delay starts on 2002-10-01, the execution notice on 1999-01-11
            assertThat(wallonia.references(
                            CalendarDeadline.CPAS_FORWARDING, LocalDate.of(1990, 1, 1), SOCIAL, ACCEPTED))
                    .isEmpty();
            assertThat(wallonia.references(
                            CalendarDeadline.EXECUTION_NOTICE, LocalDate.of(1990, 1, 1), SOCIAL, ACCEPTED))
                    .isEmpty();
            assertThat(wallonia.references(
                            CalendarDeadline.CPAS_FORWARDING, LocalDate.of(2026, 1, 5), SOCIAL, ACCEPTED))
                    .containsExactly(parameters.cpasForwardingDelay().referenceOn(LocalDate.of(2026, 1, 5)));
        }
    }
}
