package be.accompaniment.rules.calendar;

import be.accompaniment.InvalidInputException;
import be.accompaniment.NoRuleInForceException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.Period;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The dated legal parameters of one region's eviction calendar: the winter moratorium, one-off suspensions and the
 * delays of the procedure, each step with its legal reference (a reference flagged {@code "verified": false} marks a
 * value or a date the project has not checked against the official text).
 *
 * <p>Bundled files: {@link #bundled(Region)} reads {@code wallonia.json} and {@code brussels-capital.json} from this
 * package. A rulebook may embed the same object. JSON shape:
 *
 * <pre>{@code
 * {"region":"BRUSSELS_CAPITAL","lastReviewedOn":"2026-11-23",
 *  "winterMoratorium":{"name":"brussels-capital/winter-moratorium","values":[{"from":"2023-09-01",
 *     "value":{"window":{"start":"11-01","end":"03-15"},"scope":"ALL_LEASES"},"reference":{"title":"…"}}]},
 *  "temporarySuspensions":[{"name":"…","period":{"from":"…","until":"…"},"scope":"ALL_LEASES","reference":{…}}],
 *  "minimumDelayAfterService":{"name":"…","values":[{"from":"…","value":{"amount":1,"unit":"MONTHS"},…}]},
 *  "executionNotice":{…},"cpasForwardingDelay":{…},
 *  "appearanceDelay":{…},"formalNoticeDelay":{…},"swlRehousingDelay":{…}}
 * }</pre>
 *
 * <p>The last three are optional: the first two are Brussels rules, the third a Walloon one. Suspensions must be in
 * date order and must not overlap. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCalendarParameters.class)
@JsonDeserialize(as = ImmutableCalendarParameters.class)
public abstract class CalendarParameters {
    CalendarParameters() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The parameters bundled with the library for a region.
     *
     * @param region Wallonia or Brussels-Capital
     * @return the parameters, read once per call from {@code <region>.json} in this package
     * @throws NoRuleInForceException for Flanders, which has no bundled calendar
     */
    public static CalendarParameters bundled(Region region) {
        Objects.requireNonNull(region, "region");
        String file = switch (region) {
            case WALLONIA -> "wallonia.json";
            case BRUSSELS_CAPITAL -> "brussels-capital.json";
            case FLANDERS ->
                throw new NoRuleInForceException("legal calendar: no bundled parameters for " + region
                        + " (bundled: WALLONIA, BRUSSELS_CAPITAL)");
        };
        try (InputStream in = CalendarParameters.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            CalendarParameters parameters = AccompanimentJson.read(in, CalendarParameters.class);
            if (parameters.region() != region) {
                throw new IllegalStateException(file + " holds the parameters of " + parameters.region());
            }
            return parameters;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The region whose law these parameters state. */
    public abstract Region region();

    /** The day the values were last checked against their sources. */
    public abstract LocalDate lastReviewedOn();

    /** The region's yearly winter moratorium, by effective date. */
    public abstract DatedValue<WinterMoratorium> winterMoratorium();

    /** One-off suspensions of evictions, in date order, not overlapping; may be empty. */
    public abstract ImmutableList<TemporarySuspension> temporarySuspensions();

    /** The minimum delay between service (signification) of an eviction judgment and its execution. */
    public abstract DatedValue<Delay> minimumDelayAfterService();

    /** The notice the bailiff gives the tenant of the effective date of the eviction. */
    public abstract DatedValue<Delay> executionNotice();

    /** The delay within which a CPAS that deems itself not competent forwards a request to the competent one. */
    public abstract DatedValue<Delay> cpasForwardingDelay();

    /** The minimum time between an eviction request and the hearing (délai de comparution), where the region sets one. */
    public abstract Optional<DatedValue<Delay>> appearanceDelay();

    /** The time a formal notice (mise en demeure) leaves the tenant to pay before an eviction request, if any. */
    public abstract Optional<DatedValue<Delay>> formalNoticeDelay();

    /** The time the SWL has to offer rehousing once the bourgmestre notified it (Wallonia only). */
    public abstract Optional<DatedValue<Delay>> swlRehousingDelay();

    @Value.Check
    final void check() {
        Set<String> names = new HashSet<>();
        ImmutableList<TemporarySuspension> suspensions = temporarySuspensions();
        for (int i = 0; i < suspensions.size(); i++) {
            TemporarySuspension s = suspensions.get(i);
            int index = i;
            if (!names.add(s.name())) {
                throw new InvalidInputException(
                        describe() + ": temporarySuspensions[" + i + "].name", "must be unique, was " + s.name());
            }
            if (i > 0) {
                Period previous = suspensions.get(i - 1).period();
                if (!s.period().from().isAfter(previous.from())) {
                    throw new InvalidInputException(
                            describe() + ": temporarySuspensions[" + index + "].period.from",
                            "must be after " + previous.from() + " (suspensions in date order), was "
                                    + s.period().from());
                }
                if (s.period().overlaps(previous)) {
                    throw new InvalidInputException(
                            describe() + ": temporarySuspensions[" + index + "].period",
                            "must not overlap " + previous + ", was " + s.period());
                }
            }
        }
    }

    private String describe() {
        return "calendar parameters " + region();
    }

    /** Builds {@link CalendarParameters}. */
    public static final class Builder extends ImmutableCalendarParameters.Builder {
        Builder() {}
    }
}
