package be.accompaniment.rules.calendar;

import be.accompaniment.InvalidInputException;
import be.accompaniment.NoRuleInForceException;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.Period;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal calendar of evictions in Belgium, as of any date: winter moratoria and one-off suspensions, the month
 * after service of a judgment, the execution notice, the delays of the Brussels procedure, the Walloon rehousing
 * cascade and the CPAS forwarding delay.
 *
 * <pre>{@code
 * LegalCalendar calendar = LegalCalendar.bundled();
 * EarliestExecution e = calendar.earliestExecution(LocalDate.of(2023, 10, 10), Region.BRUSSELS_CAPITAL, false, false);
 * e.on();          // 2024-03-16: 10 November falls inside the Brussels winter moratorium
 * e.references();  // C.jud. art. 1344quater, CBL art. 233duodecies
 * }</pre>
 *
 * <p>Every question names its day and every parameter is looked up as of that day (the day of service for the
 * minimum delay, the day of the intended eviction for a moratorium): a 2019 day gets 2019's law. Asking a day before
 * a parameter's first value throws {@link NoRuleInForceException} naming the parameter and its first day. Nothing
 * reads the clock.
 *
 * <p>Immutable and thread-safe: build once, share.
 */
public final class LegalCalendar {
    // bounds the search for the end of an unbroken protection; only parameters protecting every day could reach it
    private static final int MAX_PROTECTION_STEPS = 1000;

    private final ImmutableMap<Region, CalendarParameters> parameters;

    private LegalCalendar(ImmutableMap<Region, CalendarParameters> parameters) {
        this.parameters = parameters;
    }

    /**
     * A calendar from parameters, at most one set per region.
     *
     * @param parameters the regions' parameters
     * @return the calendar
     * @throws InvalidInputException if two sets name the same region
     */
    public static LegalCalendar of(Collection<CalendarParameters> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Map<Region, CalendarParameters> byRegion = new EnumMap<>(Region.class);
        for (CalendarParameters p : parameters) {
            Objects.requireNonNull(p, "parameters element");
            if (byRegion.put(p.region(), p) != null) {
                throw new InvalidInputException(
                        "legal calendar: parameters", "must hold one set per region, found two for " + p.region());
            }
        }
        return new LegalCalendar(Maps.immutableEnumMap(byRegion));
    }

    /**
     * A calendar from parameters, at most one set per region.
     *
     * @see #of(Collection)
     */
    public static LegalCalendar of(CalendarParameters... parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return of(Arrays.asList(parameters));
    }

    /** The calendar of the parameters bundled with the library: Wallonia and Brussels-Capital. */
    public static LegalCalendar bundled() {
        return Bundled.CALENDAR;
    }

    /** The regions this calendar knows. */
    public ImmutableSet<Region> regions() {
        return parameters.keySet();
    }

    /**
     * The parameters of a region.
     *
     * @throws NoRuleInForceException if the calendar has none for the region
     */
    public CalendarParameters parameters(Region region) {
        Objects.requireNonNull(region, "region");
        CalendarParameters p = parameters.get(region);
        if (p == null) {
            throw new NoRuleInForceException(
                    "legal calendar: no parameters for " + region + " (known: " + parameters.keySet() + ")");
        }
        return p;
    }

    /**
     * Whether an eviction may be executed on a day, under the region's winter moratorium and one-off suspensions.
     *
     * @param on the day of the intended eviction
     * @param region the region of the dwelling
     * @param socialHousing whether the tenant rents social housing (SLSP in Wallonia, SISP in Brussels)
     * @param budgetGuidanceRefused whether the tenant refused the CPAS's budget guidance (guidance budgétaire)
     * @return the decision, with each rule's finding, its reference, and until when the protection runs
     * @throws NoRuleInForceException if the day is before the region's first winter-moratorium value
     */
    public MoratoriumDecision moratoriumOn(
            LocalDate on, Region region, boolean socialHousing, boolean budgetGuidanceRefused) {
        Objects.requireNonNull(on, "on");
        CalendarParameters p = parameters(region);
        ImmutableList<MoratoriumFinding> findings = findings(p, on, socialHousing, budgetGuidanceRefused);
        boolean applies = findings.stream().anyMatch(MoratoriumFinding::protects);
        return MoratoriumDecision.builder()
                .on(on)
                .region(region)
                .findings(findings)
                .protectedUntil(
                        applies
                                ? Optional.of(lastProtectedDay(p, on, socialHousing, budgetGuidanceRefused))
                                : Optional.empty())
                .build();
    }

    /**
     * Whether a day falls inside a moratorium or suspension that applies to the tenant.
     *
     * @see #moratoriumOn(LocalDate, Region, boolean, boolean)
     */
    public boolean isInsideApplicableMoratorium(
            LocalDate on, Region region, boolean socialHousing, boolean budgetGuidanceRefused) {
        return moratoriumOn(on, region, socialHousing, budgetGuidanceRefused).applies();
    }

    /**
     * The first day on which an eviction judgment may be executed: the day of service plus the minimum delay in force
     * on that day (one month, C.jud. art. 1344quater), then, if that day is protected, the day after the protection
     * ends. The result never falls inside an applicable moratorium or suspension, and never decreases when the day of
     * service moves later.
     *
     * @param servedOn the day the judgment was served (signifié)
     * @param region the region of the dwelling
     * @param socialHousing whether the tenant rents social housing
     * @param budgetGuidanceRefused whether the tenant refused the CPAS's budget guidance
     * @return the day and the chain of references
     * @throws NoRuleInForceException if a parameter has no value on the days involved
     */
    public EarliestExecution earliestExecution(
            LocalDate servedOn, Region region, boolean socialHousing, boolean budgetGuidanceRefused) {
        Objects.requireNonNull(servedOn, "servedOn");
        CalendarParameters p = parameters(region);
        Deadline minimum = forward(p.minimumDelayAfterService(), servedOn);
        MoratoriumDecision decision = moratoriumOn(minimum.on(), region, socialHousing, budgetGuidanceRefused);
        EarliestExecution.Builder result =
                EarliestExecution.builder().servedOn(servedOn).region(region).minimumDelay(minimum);
        if (decision.applies()) {
            result.postponedBy(decision)
                    .on(decision.protectedUntil().orElseThrow().plusDays(1));
        } else {
            result.on(minimum.on());
        }
        return result.build();
    }

    /**
     * The first day on which an eviction may be executed after the bailiff notified its date: the notice day plus the
     * execution notice in force (five working days, C.jud. art. 1344quater). A moratorium may still forbid that day.
     *
     * @param noticeOn the day the tenant received notice of the date
     * @param region the region of the dwelling
     * @return the deadline
     * @throws NoRuleInForceException if no notice delay is in force on {@code noticeOn}
     */
    public Deadline earliestExecutionAfterNotice(LocalDate noticeOn, Region region) {
        Objects.requireNonNull(noticeOn, "noticeOn");
        return forward(parameters(region).executionNotice(), noticeOn);
    }

    /**
     * The last working day on which the bailiff may notify the tenant of an eviction set for a day: the latest working
     * day from which the execution notice in force on that day ends on or before it.
     *
     * @param executionOn the day set for the eviction
     * @param region the region of the dwelling
     * @return the deadline; its {@code on} is before {@code executionOn}
     * @throws NoRuleInForceException if no notice delay is in force on {@code executionOn}
     */
    public Deadline latestNoticeDate(LocalDate executionOn, Region region) {
        Objects.requireNonNull(executionOn, "executionOn");
        DatedValue<Delay> value = parameters(region).executionNotice();
        Delay delay = value.inForceOn(executionOn);
        LocalDate latest = BelgianHolidays.workingDayOnOrBefore(delay.subtractFrom(executionOn));
        return Deadline.builder()
                .parameter(value.name())
                .countedFrom(executionOn)
                .delay(delay)
                .on(latest)
                .reference(value.referenceOn(executionOn))
                .build();
    }

    /**
     * The last day for a CPAS that deems itself not territorially competent to forward a request to the CPAS it deems
     * competent (five calendar days, loi organique des CPAS art. 58, §3).
     *
     * @param receivedOn the day the request was received
     * @param region the region of the CPAS (the delay is federal; each region's parameters carry it)
     * @return the deadline
     * @throws NoRuleInForceException if no forwarding delay is in force on {@code receivedOn}
     */
    public Deadline cpasForwardingDeadline(LocalDate receivedOn, Region region) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        return forward(parameters(region).cpasForwardingDelay(), receivedOn);
    }

    /**
     * The first day on which the hearing of an eviction request may be held, where the region sets a minimum time to
     * appear (Brussels since 1 September 2023: 40 days).
     *
     * @param requestedOn the day the request was filed
     * @param region the region of the dwelling
     * @return the deadline
     * @throws NoRuleInForceException if the region sets no such delay or none is in force on {@code requestedOn}
     */
    public Deadline earliestHearing(LocalDate requestedOn, Region region) {
        Objects.requireNonNull(requestedOn, "requestedOn");
        CalendarParameters p = parameters(region);
        return forward(required(p.appearanceDelay(), region, "appearanceDelay"), requestedOn);
    }

    /**
     * The first day on which a landlord may file an eviction request after a formal notice to pay (mise en demeure),
     * where the region requires one (Brussels since 1 September 2023: one month).
     *
     * @param formalNoticeOn the day of the formal notice
     * @param region the region of the dwelling
     * @return the deadline
     * @throws NoRuleInForceException if the region sets no such delay or none is in force on {@code formalNoticeOn}
     */
    public Deadline earliestRequestAfterFormalNotice(LocalDate formalNoticeOn, Region region) {
        Objects.requireNonNull(formalNoticeOn, "formalNoticeOn");
        CalendarParameters p = parameters(region);
        return forward(required(p.formalNoticeDelay(), region, "formalNoticeDelay"), formalNoticeOn);
    }

    /**
     * The last day of the time the Société wallonne du Logement has to offer rehousing after the bourgmestre, finding
     * no offer on the commune's territory for a household evicted from an uninhabitable dwelling, notified it (CWHD
     * arts 7 and 13; thirty days since 1 September 2013).
     *
     * @param swlNotifiedOn the day the bourgmestre notified the SWL
     * @return the deadline
     * @throws NoRuleInForceException if the calendar has no Walloon parameters or no value is in force on that day
     */
    public Deadline swlRehousingDeadline(LocalDate swlNotifiedOn) {
        Objects.requireNonNull(swlNotifiedOn, "swlNotifiedOn");
        CalendarParameters p = parameters(Region.WALLONIA);
        return forward(required(p.swlRehousingDelay(), Region.WALLONIA, "swlRehousingDelay"), swlNotifiedOn);
    }

    private static DatedValue<Delay> required(Optional<DatedValue<Delay>> value, Region region, String field) {
        return value.orElseThrow(
                () -> new NoRuleInForceException("legal calendar " + region + ": no " + field + " parameter"));
    }

    private static Deadline forward(DatedValue<Delay> value, LocalDate from) {
        Delay delay = value.inForceOn(from);
        return Deadline.builder()
                .parameter(value.name())
                .countedFrom(from)
                .delay(delay)
                .on(delay.addTo(from))
                .reference(value.referenceOn(from))
                .build();
    }

    private static ImmutableList<MoratoriumFinding> findings(
            CalendarParameters p, LocalDate on, boolean socialHousing, boolean budgetGuidanceRefused) {
        DatedValue<WinterMoratorium> moratorium = p.winterMoratorium();
        ImmutableList.Builder<MoratoriumFinding> findings = ImmutableList.builder();
        LocalDate first = moratorium.steps().get(0).from();
        // before the first value the law is unknown; after a repeal (a step without value) nothing protects
        if (on.isBefore(first)) {
            throw new NoRuleInForceException(
                    moratorium.name() + ": no value in force on " + on + " (first value starts " + first + ")");
        }
        moratorium
                .valueOn(on)
                .ifPresent(m -> findings.add(MoratoriumFinding.builder()
                        .kind(ProtectionKind.WINTER_MORATORIUM)
                        .outcome(m.outcome(on, socialHousing, budgetGuidanceRefused))
                        .period(m.window().currentOrNextOccurrence(on))
                        .scope(m.scope())
                        .exemptions(m.exemptions())
                        .reference(moratorium.referenceOn(on))
                        .build()));
        for (TemporarySuspension s : p.temporarySuspensions()) {
            if (s.period().contains(on)) {
                findings.add(MoratoriumFinding.builder()
                        .kind(ProtectionKind.TEMPORARY_SUSPENSION)
                        .outcome(s.outcome(on, socialHousing, budgetGuidanceRefused))
                        .period(s.period())
                        .scope(s.scope())
                        .exemptions(s.exemptions())
                        .reference(s.reference())
                        .build());
            }
        }
        return findings.build();
    }

    // the last day of the unbroken run of protected days that starts on a protected day
    private static LocalDate lastProtectedDay(
            CalendarParameters p, LocalDate protectedDay, boolean socialHousing, boolean budgetGuidanceRefused) {
        LocalDate day = protectedDay;
        for (int step = 0; step < MAX_PROTECTION_STEPS; step++) {
            Optional<LocalDate> end = protectionEnd(p, day, socialHousing, budgetGuidanceRefused);
            if (end.isEmpty()) {
                return day.minusDays(1);
            }
            day = end.get().plusDays(1);
        }
        throw new InvalidInputException(
                "calendar parameters " + p.region(),
                "moratoria and suspensions protect every day from " + protectedDay + " for more than "
                        + MAX_PROTECTION_STEPS + " windows");
    }

    // the last day up to which the protections in force on the day run without a gap, if the day is protected
    private static Optional<LocalDate> protectionEnd(
            CalendarParameters p, LocalDate day, boolean socialHousing, boolean budgetGuidanceRefused) {
        LocalDate end = null;
        DatedValue<WinterMoratorium> moratorium = p.winterMoratorium();
        Optional<WinterMoratorium> m = moratorium.valueOn(day);
        if (m.isPresent() && m.get().outcome(day, socialHousing, budgetGuidanceRefused) == MoratoriumOutcome.PROTECTS) {
            LocalDate windowEnd = m.get().window().endAfter(day);
            Period inForce = moratorium.periodOn(day);
            end = inForce.until().filter(windowEnd::isAfter).orElse(windowEnd);
        }
        for (TemporarySuspension s : p.temporarySuspensions()) {
            if (s.outcome(day, socialHousing, budgetGuidanceRefused) == MoratoriumOutcome.PROTECTS) {
                LocalDate until = s.period().until().orElseThrow();
                if (end == null || until.isAfter(end)) {
                    end = until;
                }
            }
        }
        return Optional.ofNullable(end);
    }

    @Override
    public String toString() {
        return "LegalCalendar" + parameters.keySet();
    }

    private static final class Bundled {
        static final LegalCalendar CALENDAR =
                of(CalendarParameters.bundled(Region.WALLONIA), CalendarParameters.bundled(Region.BRUSSELS_CAPITAL));
    }
}
