package be.accompaniment.rules;

import be.accompaniment.NoRuleInForceException;
import be.accompaniment.law.LegalReference;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.Delay;
import be.accompaniment.rules.calendar.EarliestExecution;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.rules.calendar.MoratoriumDecision;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * One region's {@link LegalCalendar} as the advisor's hot path needs it: the answers of the calendar as epoch days,
 * moratorium protection looked up in blocks of days computed once from the calendar and then shared, delays as
 * {@link DatedTable}s. The explanations (references) are asked of the calendar itself, lazily. Thread-safe: a block
 * computed twice by racing threads is the same.
 */
final class CalendarView {
    private static final int BLOCK = 512;
    // blocks cover 1900-01-01 to about 2250; days outside ask the calendar directly
    private static final int FIRST_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    private static final int BLOCKS = 250;
    private static final int NOT_PROTECTED = Facts.NONE;

    private final LegalCalendar calendar;
    private final Region region;
    private final DatedTable<Delay> minimumDelay;
    private final DatedTable<Delay> executionNotice;
    private final DatedTable<Delay> cpasForwarding;
    private final DatedTable<Delay> swlRehousing;
    // a block is published through its final field: a thread sees null or the whole block
    private final Block[] blocks = new Block[4 * BLOCKS];

    CalendarView(LegalCalendar calendar, Region region) {
        this.calendar = calendar;
        this.region = region;
        CalendarParameters p = calendar.parameters(region);
        this.minimumDelay = new DatedTable<>(p.minimumDelayAfterService());
        this.executionNotice = new DatedTable<>(p.executionNotice());
        this.cpasForwarding = new DatedTable<>(p.cpasForwardingDelay());
        this.swlRehousing = region == Region.WALLONIA
                ? p.swlRehousingDelay().map(DatedTable::new).orElse(null)
                : null;
    }

    /**
     * The last day of the moratorium or suspension that protects a tenant on a day, or {@link Facts#NONE} when none
     * does (or the calendar has no value in force on the day).
     */
    int protectedUntil(int day, boolean socialHousing, boolean budgetGuidanceRefused) {
        int flags = (socialHousing ? 1 : 0) | (budgetGuidanceRefused ? 2 : 0);
        int offset = day - FIRST_DAY;
        int block = Math.floorDiv(offset, BLOCK);
        if (block < 0 || block >= BLOCKS) {
            return compute(day, socialHousing, budgetGuidanceRefused);
        }
        int index = flags * BLOCKS + block;
        Block b = blocks[index];
        if (b == null) {
            b = fill(FIRST_DAY + block * BLOCK, socialHousing, budgetGuidanceRefused);
            blocks[index] = b;
        }
        return b.until[offset - block * BLOCK];
    }

    private Block fill(int start, boolean socialHousing, boolean budgetGuidanceRefused) {
        int[] until = new int[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            until[i] = compute(start + i, socialHousing, budgetGuidanceRefused);
        }
        return new Block(until);
    }

    private static final class Block {
        final int[] until;

        Block(int[] until) {
            this.until = until;
        }
    }

    private int compute(int day, boolean socialHousing, boolean budgetGuidanceRefused) {
        try {
            MoratoriumDecision d =
                    calendar.moratoriumOn(LocalDate.ofEpochDay(day), region, socialHousing, budgetGuidanceRefused);
            return d.protectedUntil().map(until -> (int) until.toEpochDay()).orElse(NOT_PROTECTED);
        } catch (NoRuleInForceException e) {
            return NOT_PROTECTED;
        }
    }

    /** The day after the protection covering a day, or the day itself when none protects it. */
    int outsideProtection(int day, boolean socialHousing, boolean budgetGuidanceRefused) {
        int until = protectedUntil(day, socialHousing, budgetGuidanceRefused);
        return until == NOT_PROTECTED ? day : until + 1;
    }

    /** The day a deadline of the calendar falls on, or {@link Facts#NONE}. */
    int deadline(CalendarDeadline which, Facts f) {
        boolean social = f.socialHousing();
        boolean refused = f.budgetGuidanceRefused();
        return switch (which) {
            case EARLIEST_EXECUTION -> {
                int served = f.milestoneDay(be.accompaniment.situation.Milestone.SERVICE_OF_JUDGMENT);
                int end = served == Facts.NONE ? Facts.NONE : add(minimumDelay, served);
                yield end == Facts.NONE ? Facts.NONE : outsideProtection(end, social, refused);
            }
            case EXECUTION_NOTICE -> {
                int notice = f.milestoneDay(be.accompaniment.situation.Milestone.EXECUTION_NOTICE);
                int end = notice == Facts.NONE ? Facts.NONE : add(executionNotice, notice);
                yield end == Facts.NONE ? Facts.NONE : outsideProtection(end, social, refused);
            }
            case SWL_TAKEOVER -> {
                int decree = f.milestoneDay(be.accompaniment.situation.Milestone.DECREE);
                yield decree == Facts.NONE || swlRehousing == null ? Facts.NONE : add(swlRehousing, decree);
            }
            case CPAS_FORWARDING -> add(cpasForwarding, f.asOfDay);
            case MORATORIUM_END -> {
                int until = protectedUntil(f.asOfDay, social, refused);
                yield until == NOT_PROTECTED ? Facts.NONE : until + 1;
            }
        };
    }

    private static int add(DatedTable<Delay> table, int day) {
        Delay delay = table.on(day);
        return delay == null
                ? Facts.NONE
                : (int) delay.addTo(LocalDate.ofEpochDay(day)).toEpochDay();
    }

    /** The legal texts behind a calendar deadline counted from a day; asked of the calendar itself. */
    ImmutableList<LegalReference> references(
            CalendarDeadline which, LocalDate from, boolean socialHousing, boolean budgetGuidanceRefused) {
        try {
            return switch (which) {
                case EARLIEST_EXECUTION -> earliestExecutionReferences(from, socialHousing, budgetGuidanceRefused);
                case EXECUTION_NOTICE -> {
                    LocalDate end =
                            calendar.earliestExecutionAfterNotice(from, region).on();
                    ImmutableList.Builder<LegalReference> b = ImmutableList.builder();
                    b.add(executionNotice.source().referenceOn(from));
                    protection(end, socialHousing, budgetGuidanceRefused, b);
                    yield distinct(b.build());
                }
                case SWL_TAKEOVER ->
                    ImmutableList.of(calendar.swlRehousingDeadline(from).reference());
                case CPAS_FORWARDING ->
                    ImmutableList.of(
                            calendar.cpasForwardingDeadline(from, region).reference());
                case MORATORIUM_END ->
                    calendar.moratoriumOn(from, region, socialHousing, budgetGuidanceRefused)
                            .references();
            };
        } catch (NoRuleInForceException e) {
            return ImmutableList.of();
        }
    }

    private ImmutableList<LegalReference> earliestExecutionReferences(
            LocalDate servedOn, boolean socialHousing, boolean budgetGuidanceRefused) {
        try {
            EarliestExecution e = calendar.earliestExecution(servedOn, region, socialHousing, budgetGuidanceRefused);
            return e.references();
        } catch (NoRuleInForceException e) {
            // no moratorium known yet on the day the delay ends: the minimum delay alone set the day
            return ImmutableList.of(minimumDelay.source().referenceOn(servedOn));
        }
    }

    private void protection(
            LocalDate day,
            boolean socialHousing,
            boolean budgetGuidanceRefused,
            ImmutableList.Builder<LegalReference> b) {
        try {
            MoratoriumDecision d = calendar.moratoriumOn(day, region, socialHousing, budgetGuidanceRefused);
            if (d.applies()) {
                b.addAll(d.references());
            }
        } catch (NoRuleInForceException e) {
            // no moratorium known on that day: nothing postponed it
        }
    }

    private static ImmutableList<LegalReference> distinct(ImmutableList<LegalReference> refs) {
        return refs.stream().distinct().collect(ImmutableList.toImmutableList());
    }
}
