package be.accompaniment.rules.scenario;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.pathway.Pathway;
import be.accompaniment.pathway.PathwayEvent;
import be.accompaniment.pathway.PathwayMetrics;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a simulation: every household's pathway and the figures of every step for every area — communes,
 * basins, regions and the whole territory — as listed in {@link Indicator#all()}.
 *
 * <p>Exports: a tidy CSV ({@link #writeCsv}: one row per step, area and measure), a JSON document ({@link
 * #writeJson}), and a research export of the pathways under pseudonyms ({@link #writeResearchExport}). Pathways are
 * built on demand from the events kept during the run, so a large population does not hold one {@link Pathway}
 * object per household.
 *
 * <p>Immutable and thread-safe.
 */
public final class SimulationResult {
    /** The header of the tidy CSV. */
    public static final String CSV_HEADER = "step,date,area_type,area,measure,value";

    private final Scenario scenario;
    private final ImmutableList<Area> areas;
    private final ImmutableList<LocalDate> days;
    private final double[][] values;
    private final ImmutableList<ActorId> actors;
    private final int[][] loads;
    private final int[][] capacities;
    private final PopulationTable population;
    private final List<PathwayEvent>[] events;
    private final int[] firstContactDays;
    private final boolean pathwaysKept;
    private final int k = Indicator.all().size();

    @SuppressWarnings({"unchecked", "rawtypes"})
    SimulationResult(
            Scenario scenario,
            Areas areas,
            ActorTable actorTable,
            PopulationTable population,
            HouseholdRun[] runs,
            LocalDate[] days,
            double[][] values,
            int[][] loads,
            boolean pathwaysKept) {
        this.scenario = scenario;
        ImmutableList.Builder<Area> a = ImmutableList.builder();
        for (int i = 0; i < areas.count(); i++) {
            a.add(Area.of(areas.type(i), areas.id(i), areas.name(i)));
        }
        this.areas = a.build();
        this.days = ImmutableList.copyOf(days);
        this.values = values;
        ImmutableList.Builder<ActorId> ids = ImmutableList.builder();
        for (int i = 0; i < actorTable.size(); i++) {
            ids.add(actorTable.id(i));
        }
        this.actors = ids.build();
        this.loads = loads;
        this.capacities = new int[days.length][];
        for (int t = 0; t < days.length; t++) {
            capacities[t] = actorTable.epochOn(days[t]).capacity();
        }
        this.population = population;
        this.events = new List[runs.length];
        this.firstContactDays = new int[runs.length];
        for (int h = 0; h < runs.length; h++) {
            HouseholdRun r = runs[h];
            if (r == null || r.firstOpenedOn == null) {
                firstContactDays[h] = -2;
                continue;
            }
            events[h] = pathwaysKept ? List.copyOf(r.events()) : null;
            firstContactDays[h] = r.firstContact ? r.firstContactDays : -1;
        }
        this.pathwaysKept = pathwaysKept;
    }

    /** The scenario simulated. */
    public Scenario scenario() {
        return scenario;
    }

    /** The number of steps. */
    public int steps() {
        return days.size();
    }

    /** The first day of each step. */
    public ImmutableList<LocalDate> days() {
        return days;
    }

    /** The areas figures are given for: communes, basins, regions, then the territory. */
    public ImmutableList<Area> areas() {
        return areas;
    }

    /** The number of households simulated. */
    public int households() {
        return population.size();
    }

    private int area(AreaType type, String id) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        for (int a = 0; a < areas.size(); a++) {
            if (areas.get(a).type() == type && areas.get(a).id().equals(id)) {
                return a;
            }
        }
        throw new InvalidInputException("area", "must be an area of the result, was " + type + " " + id);
    }

    /**
     * A figure: a count for a stock or a flow, a number of days or a share for a derived figure; NaN when a derived
     * figure has nothing to be computed over (no first contact in the step, no household ever in a situation).
     *
     * @param step the step, from 0
     * @param type the kind of area, not null
     * @param area the area's identifier, e.g. {@code "62063"}, not null
     * @param indicator the indicator, not null
     * @return the figure
     * @throws InvalidInputException if the area is not one of the result's
     * @throws IndexOutOfBoundsException if the step is not one of the result's
     */
    public double value(int step, AreaType type, String area, Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.checkIndex(step, values.length);
        return values[step][area(type, area) * k + indicator.index()];
    }

    /**
     * A figure over every step.
     *
     * @param type the kind of area, not null
     * @param area the area's identifier, not null
     * @param indicator the indicator, not null
     * @return one value per step
     * @throws InvalidInputException if the area is not one of the result's
     */
    public double[] series(AreaType type, String area, Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        int a = area(type, area);
        double[] s = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            s[t] = values[t][a * k + indicator.index()];
        }
        return s;
    }

    /**
     * A figure of the whole territory over every step.
     *
     * @param indicator the indicator, not null
     * @return one value per step
     */
    public double[] territorySeries(Indicator indicator) {
        return series(AreaType.TERRITORY, areas.get(areas.size() - 1).id(), indicator);
    }

    /**
     * The total of a flow over the whole run, for the whole territory, e.g. the evictions executed.
     *
     * @param indicator a flow, not null
     * @return the sum over the steps
     * @throws InvalidInputException if the indicator is not a flow
     */
    public long total(Indicator indicator) {
        if (!indicator.isFlow()) {
            throw new InvalidInputException("indicator", "must be a flow to be totalled, was " + indicator);
        }
        long sum = 0;
        for (double v : territorySeries(indicator)) {
            sum += (long) v;
        }
        return sum;
    }

    /**
     * The median number of days from a household's first situation to its first contact, over every household that
     * had a situation; a household never contacted counts as an infinite delay, so the median is
     * {@link Double#POSITIVE_INFINITY} when more than half were never contacted, and NaN when no household had a
     * situation.
     *
     * @return the median
     */
    public double medianDaysToFirstContact() {
        return medianDelay(firstContactDays);
    }

    /**
     * The median of delays where -1 is a household never contacted (an infinite delay) and -2 one without situation
     * (left out).
     */
    static double medianDelay(int[] days) {
        int n = 0;
        int contacted = 0;
        for (int d : days) {
            if (d != -2) {
                n++;
                if (d >= 0) {
                    contacted++;
                }
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        int[] sorted = new int[contacted];
        int i = 0;
        for (int d : days) {
            if (d >= 0) {
                sorted[i++] = d;
            }
        }
        Arrays.sort(sorted);
        int lo = (n - 1) / 2;
        int hi = n / 2;
        if (hi >= contacted) {
            return Double.POSITIVE_INFINITY;
        }
        return (sorted[lo] + sorted[hi]) / 2.0;
    }

    /** The actors, as numbered in {@link #actorLoad(int, int)}. */
    public ImmutableList<ActorId> actors() {
        return actors;
    }

    /**
     * The households an actor followed at the end of a step: passerelles accepted not yet ended, and measures running.
     *
     * @param step the step, from 0
     * @param actor the actor's position in {@link #actors()}
     * @return the load
     */
    public int actorLoad(int step, int actor) {
        return loads[step][actor];
    }

    /**
     * The capacity an actor had during a step.
     *
     * @param step the step, from 0
     * @param actor the actor's position in {@link #actors()}
     * @return the capacity, or empty when unknown (never full) or when the actor was not in the directory yet
     */
    public Optional<Integer> actorCapacity(int step, int actor) {
        int c = capacities[step][actor];
        return c >= 0 ? Optional.of(c) : Optional.empty();
    }

    /**
     * The id of a household.
     *
     * @param household its position, from 0 to {@link #households()} - 1: listed households in id order, then
     *     generated ones
     * @return the id
     */
    public HouseholdId householdId(int household) {
        Objects.checkIndex(household, population.size());
        return population.id(household);
    }

    /** Whether the run kept the households' pathways. */
    public boolean pathwaysKept() {
        return pathwaysKept;
    }

    /**
     * The pathway of a household, built from its events: empty for a household that never had a situation or when
     * the run did not keep pathways.
     *
     * @param household its position, from 0 to {@link #households()} - 1
     * @return the pathway
     */
    public Pathway pathway(int household) {
        Objects.checkIndex(household, population.size());
        List<PathwayEvent> e = events[household];
        return e == null ? Pathway.start(population.id(household)) : Pathway.of(population.id(household), e);
    }

    /** Every household's pathway, built one by one as the list is read. */
    public List<Pathway> pathways() {
        return new AbstractList<>() {
            @Override
            public Pathway get(int index) {
                return pathway(index);
            }

            @Override
            public int size() {
                return population.size();
            }
        };
    }

    // ---- exports ---------------------------------------------------------------------------------------------

    /**
     * Writes the figures as a tidy CSV: the header {@value #CSV_HEADER}, then one row per step, area and measure, in
     * step, area and {@link Indicator#all()} order. Dates are ISO; numbers use a dot and at most six decimals; a
     * figure that cannot be computed is {@code NA}.
     *
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsv(Appendable out) {
        Objects.requireNonNull(out, "out");
        try {
            out.append(CSV_HEADER).append('\n');
            StringBuilder row = new StringBuilder(96);
            for (int t = 0; t < values.length; t++) {
                String prefix = t + "," + days.get(t) + ",";
                for (int a = 0; a < areas.size(); a++) {
                    Area area = areas.get(a);
                    String where = prefix + area.type() + "," + csv(area.id()) + ",";
                    for (Indicator i : Indicator.all()) {
                        row.setLength(0);
                        row.append(where).append(i.name()).append(',').append(format(values[t][a * k + i.index()]));
                        out.append(row).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tidy CSV as text. */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        writeCsv(b);
        return b.toString();
    }

    /** A figure by positions, for comparisons. */
    double raw(int step, int area, Indicator indicator) {
        return values[step][area * k + indicator.index()];
    }

    static String csv(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** A number as written in exports: an integer without decimals, else at most six decimals; NA for NaN. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v)
                .setScale(6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * Writes the figures as JSON: the scenario's name, seed and dates, a summary of the run, the areas, the
     * measures, and the values by area type, area and measure, one per step ({@code null} where the CSV says NA):
     * {@code {"scenario":"…","seed":1,"startOn":"…","step":"MONTH","households":30000,"days":[…],
     * "summary":{"medianDaysToFirstContact":…,"evictionsExecuted":…,…},"areas":[{"type":"COMMUNE","id":"62063",
     * "name":"Liège"},…],"measures":["households",…],"values":{"COMMUNE":{"62063":{"households":[…],…}},…}}}.
     *
     * @param out where to write, left open, not null
     * @throws UncheckedIOException if writing fails
     */
    public void writeJson(OutputStream out) {
        Objects.requireNonNull(out, "out");
        ObjectMapper mapper = AccompanimentJson.mapper();
        try (JsonGenerator g = mapper.getFactory().createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("scenario", scenario.name());
            g.writeNumberField("seed", scenario.seed());
            g.writeStringField("startOn", scenario.startOn().toString());
            g.writeStringField("step", scenario.step().name());
            g.writeNumberField("households", population.size());
            g.writeArrayFieldStart("days");
            for (LocalDate d : days) {
                g.writeString(d.toString());
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            number(g, "medianDaysToFirstContact", medianDaysToFirstContact());
            for (Indicator i : Indicator.all()) {
                if (i.isFlow()) {
                    g.writeNumberField(camel(i.name()), total(i));
                }
            }
            g.writeEndObject();
            g.writeArrayFieldStart("areas");
            for (Area a : areas) {
                mapper.writeValue(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("measures");
            for (Indicator i : Indicator.all()) {
                g.writeString(i.name());
            }
            g.writeEndArray();
            g.writeObjectFieldStart("values");
            for (AreaType type : AreaType.values()) {
                g.writeObjectFieldStart(type.name());
                for (int a = 0; a < areas.size(); a++) {
                    if (areas.get(a).type() != type) {
                        continue;
                    }
                    g.writeObjectFieldStart(areas.get(a).id());
                    for (Indicator i : Indicator.all()) {
                        g.writeArrayFieldStart(i.name());
                        for (double[] step : values) {
                            number(g, null, step[a * k + i.index()]);
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON document as text. */
    public String toJson() {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        writeJson(b);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (field != null) {
            g.writeFieldName(field);
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            g.writeNull();
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(new BigDecimal(format(v)));
        }
    }

    private static String camel(String name) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /**
     * Writes the pathways of the households that had a situation for research, one JSON object a line (JSON Lines):
     * {@code {"household":"<pseudonym>","commune":"62063","metrics":{…PathwayMetrics…},"events":[…]}}. The household
     * is named by its pseudonym only; the export holds no name and no national register number, which pathways never
     * contain, and no household id.
     *
     * @param out where to write, left open, not null
     * @param pseudonymiser the keyed hash naming households, not null
     * @throws InvalidInputException if the run did not keep pathways
     * @throws UncheckedIOException if writing fails
     */
    public void writeResearchExport(OutputStream out, Pseudonymiser pseudonymiser) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(pseudonymiser, "pseudonymiser");
        if (!pathwaysKept) {
            throw new InvalidInputException("research export", "needs a run that kept pathways, was run without");
        }
        ObjectMapper mapper = AccompanimentJson.mapper();
        try {
            Writer w = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
            for (int h = 0; h < events.length; h++) {
                if (events[h] == null) {
                    continue;
                }
                HouseholdId pseudonym = HouseholdId.of(pseudonymiser.pseudonym(population.id(h)));
                Pathway p = Pathway.of(pseudonym, events[h]);
                ObjectNode line = mapper.createObjectNode();
                line.put("household", pseudonym.value());
                line.put("commune", population.communeCode(h).toString());
                ObjectNode metrics = mapper.valueToTree(PathwayMetrics.of(p));
                metrics.remove("household");
                line.set("metrics", metrics);
                line.set("events", mapper.valueToTree(p).get("events"));
                w.write(mapper.writeValueAsString(line));
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario's name, the number of steps and of households. */
    @Override
    public String toString() {
        return "SimulationResult[" + scenario.name() + ", " + steps() + " steps, " + households() + " households]";
    }

    /** A stream that leaves the one it wraps open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
