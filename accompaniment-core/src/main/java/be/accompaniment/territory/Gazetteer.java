package be.accompaniment.territory;

import be.accompaniment.InvalidInputException;
import be.accompaniment.law.Period;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A gazetteer of Belgian administrative geography (nomenclature REFNIS): regions, provinces, arrondissements and
 * communes with their NIS codes, French, Dutch and German names and validity dates, plus the successions that
 * carried a commune's territory to another code. Every query takes the day it is about.
 *
 * <p>{@link #belgium()} is the bundled list: Statbel's REFNIS code list as published in 2020 (581 communes from
 * 2019-01-01), from 1977-01-01 on, with the mergers of 1 January 2025 added (565 communes: 28 Flemish communes
 * into 13, Bastogne and Bertogne into Bastogne {@code 82039}). The codes and names of 2025 come from third-party
 * lists, not from Statbel, and are to be verified against Statbel's REFNIS 2025 publication. For a newer official
 * list, read Statbel's CSV with {@link #fromRefnisCsv(InputStream)}.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.belgium();
 * LocalDate on = LocalDate.of(2025, 6, 30);
 * g.findByName("Lüttich", on);                        // [Commune{62063 Liège 1970-01-01/..}]
 * g.successor(NisCode.parse("73040"), on);            // Hasselt 71072, into which Kortessem merged
 * g.territoryOfArrondissement(NisCode.parse("62000"), on);
 * }</pre>
 *
 * <p>Lookups use maps built once: by code and by name in O(1), by day in O(log n) (the state on each period
 * between two changes is built on first use and kept). Immutable and thread-safe.
 */
public final class Gazetteer {
    private final Period coverage;
    private final ImmutableListMultimap<NisCode, Commune> communeHistory;
    private final ImmutableListMultimap<NisCode, AdministrativeUnit> unitHistory;
    private final ImmutableList<Succession> successions;
    private final ImmutableMap<NisCode, Succession> successionOf;
    private final ImmutableListMultimap<NisCode, Succession> predecessorsOf;
    private final ImmutableSetMultimap<String, Commune> byName;
    private final ImmutableSortedSet<LocalDate> changes;
    private final ConcurrentMap<LocalDate, Snapshot> snapshots = new ConcurrentHashMap<>();

    private Gazetteer(
            Period coverage,
            ImmutableListMultimap<NisCode, Commune> communeHistory,
            ImmutableListMultimap<NisCode, AdministrativeUnit> unitHistory,
            ImmutableList<Succession> successions,
            ImmutableSetMultimap<String, Commune> byName,
            ImmutableSortedSet<LocalDate> changes) {
        this.coverage = coverage;
        this.communeHistory = communeHistory;
        this.unitHistory = unitHistory;
        this.successions = successions;
        this.byName = byName;
        this.changes = changes;
        Map<NisCode, Succession> of = new HashMap<>();
        ImmutableListMultimap.Builder<NisCode, Succession> into = ImmutableListMultimap.builder();
        for (Succession s : successions) {
            of.put(s.predecessor(), s);
            into.put(s.successor(), s);
        }
        this.successionOf = ImmutableMap.copyOf(of);
        this.predecessorsOf = into.build();
    }

    private static final class Bundled {
        static final Gazetteer BELGIUM = GazetteerResource.loadBundled();
    }

    /**
     * The bundled gazetteer of Belgium, read once on first use.
     *
     * <p>Source: Statbel (Statistics Belgium), REFNIS code list TU_COM_REFNIS, 2020 publication, from 1977-01-01
     * on (the great merger of communes; earlier dates are outside its {@link #coverage()}); successions of
     * 1980–2019 from public records, consistent with the list's validity dates; mergers of 2025-01-01 from
     * third-party lists, to be verified against Statbel. 581 communes are valid on 2020-06-30, 565 on 2025-06-30.
     *
     * @return the gazetteer, the same instance on every call
     */
    public static Gazetteer belgium() {
        return Bundled.BELGIUM;
    }

    /**
     * A gazetteer read from Statbel's REFNIS code list in CSV form (TU_COM_REFNIS), e.g. a newer publication.
     *
     * <p>The header names the columns {@code "LVL_REFNIS","CD_REFNIS","CD_SUP_REFNIS","TX_REFNIS_DE",
     * "TX_REFNIS_FR","TX_REFNIS_NL","DT_VLDT_START","DT_VLDT_END"} (any order, other columns ignored, separated by
     * commas, semicolons, vertical bars or tabs); fields may be quoted; dates are {@code dd/MM/yyyy}, an end of
     * {@code 31/12/9999} or an empty end meaning none; {@code -} means no parent; an empty name means none in that
     * language. UTF-8, with or without byte-order mark; at most 100,000 rows of 4,096 bytes. The list carries no
     * successions: add them with {@link #withSuccessions(Collection)}. Its {@link #coverage()} starts on the first
     * day of its earliest commune.
     *
     * @param csv the UTF-8 text, not null; not closed
     * @return the gazetteer
     * @throws InvalidInputException naming the line and the column ({@code REFNIS CSV line 12, DT_VLDT_END}) for
     *     a malformed row, a bad code or date, a missing or mismatched parent, overlapping rows of one code, or a
     *     file without communes
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static Gazetteer fromRefnisCsv(InputStream csv) {
        Objects.requireNonNull(csv, "csv");
        return assemble("REFNIS CSV", RefnisCsv.read(csv), ImmutableList.of(), null);
    }

    /**
     * This gazetteer with more successions, e.g. those of {@link #belgium()} added to a list read from a newer
     * Statbel file: {@code fromRefnisCsv(in).withSuccessions(Gazetteer.belgium().successions())}.
     *
     * @param more successions between communes of this gazetteer, not null
     * @return a new gazetteer
     * @throws InvalidInputException naming the succession if a code is unknown, the predecessor does not end the
     *     day before {@link Succession#effectiveOn()}, the successor is not valid on that day, or a predecessor
     *     has two successions
     */
    public Gazetteer withSuccessions(Collection<Succession> more) {
        Objects.requireNonNull(more, "more");
        List<Succession> all = new ArrayList<>(successions);
        all.addAll(more);
        checkSuccessions(communeHistory, all);
        return new Gazetteer(coverage, communeHistory, unitHistory, ImmutableList.copyOf(all), byName, changes);
    }

    /**
     * The days this gazetteer answers for: the bundled one from 1977-01-01, one read from a CSV from the first day
     * of its earliest commune. Dated queries throw for a day outside.
     */
    public Period coverage() {
        return coverage;
    }

    /**
     * The commune with a code on a day.
     *
     * @param code the NIS code, not null
     * @param on the day, not null
     * @return the commune, or empty if the code names no commune that day (not yet, no longer, or never)
     * @throws InvalidInputException if the day is outside {@link #coverage()}
     */
    public Optional<Commune> commune(NisCode code, LocalDate on) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(snapshot(on).communes.get(code));
    }

    /**
     * Every entry of a commune code, oldest first: one per name the code has carried.
     *
     * @param code the NIS code, not null
     * @return the entries, empty for an unknown code
     */
    public ImmutableList<Commune> communeHistory(NisCode code) {
        Objects.requireNonNull(code, "code");
        return communeHistory.get(code);
    }

    /**
     * All communes on a day, by code.
     *
     * @param on the day, not null
     * @return the communes: 581 on 2020-06-30, 565 on 2025-06-30 in {@link #belgium()}
     * @throws InvalidInputException if the day is outside {@link #coverage()}
     */
    public ImmutableList<Commune> communes(LocalDate on) {
        return snapshot(on).communes.values().asList();
    }

    /**
     * The communes of a region, province or arrondissement on a day, by code; the province of an arrondissement
     * is the one of that day.
     *
     * @param unit the NIS code of a region, province or arrondissement valid on that day, not null
     * @param on the day, not null
     * @return the communes
     * @throws InvalidInputException if no region, province or arrondissement has the code that day, or the day is
     *     outside {@link #coverage()}
     */
    public ImmutableList<Commune> communesOf(NisCode unit, LocalDate on) {
        Objects.requireNonNull(unit, "unit");
        Snapshot s = snapshot(on);
        if (!s.units.containsKey(unit)) {
            throw new InvalidInputException(
                    "NIS code", "no region, province or arrondissement " + unit + " on " + on + describeCode(unit));
        }
        return s.communesByUnit.get(unit);
    }

    /**
     * The communes of a region on a day, by code: 19 in Brussels-Capital; in Wallonia 262 on 2020-06-30, 261 on
     * 2025-06-30 in {@link #belgium()}.
     *
     * @param region the region, not null
     * @param on the day, not null
     * @return the communes
     * @throws InvalidInputException if the day is outside {@link #coverage()}
     */
    public ImmutableList<Commune> communesOf(Region region, LocalDate on) {
        Objects.requireNonNull(region, "region");
        return snapshot(on).communesByUnit.get(region.nisCode());
    }

    /**
     * The communes valid on a day that carry a name in French, Dutch or German, ignoring case, accents and
     * punctuation: {@code "liege"}, {@code "LUIK"}, {@code "Lüttich"} and {@code "Luettich"} find Liège;
     * {@code "comblain au pont"} finds Comblain-au-Pont. REFNIS qualifies homonyms in parentheses; the name
     * without its qualifier finds them all ({@code "Saint-Nicolas"} finds Sint-Niklaas, {@code 46021}, and
     * Saint-Nicolas near Liège, {@code 62093}).
     *
     * @param name the name, not null
     * @param on the day, not null
     * @return every match by code, empty if none
     * @throws InvalidInputException if the day is outside {@link #coverage()}
     */
    public ImmutableList<Commune> findByName(String name, LocalDate on) {
        Objects.requireNonNull(name, "name");
        Snapshot s = snapshot(on);
        ImmutableSortedMap.Builder<NisCode, Commune> found = ImmutableSortedMap.naturalOrder();
        for (Commune c : byName.get(PlaceNames.searchForm(name))) {
            // one entry per code is valid on a day: the assembly rejects overlapping entries
            if (s.communes.get(c.code()) == c) {
                found.put(c.code(), c);
            }
        }
        return found.build().values().asList();
    }

    /**
     * The region, province or arrondissement with a code on a day.
     *
     * @param code the NIS code, not null
     * @param on the day, not null
     * @return the unit, or empty if none has the code that day
     * @throws InvalidInputException if the day is outside {@link #coverage()}
     */
    public Optional<AdministrativeUnit> unit(NisCode code, LocalDate on) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(snapshot(on).units.get(code));
    }

    /**
     * The units of a level on a day, by code: 3 regions, 10 provinces (9 before 1995, with Brabant) and 43
     * arrondissements (Mouscron until 2018, La Louvière from 2019) in {@link #belgium()}.
     *
     * @param level region, province or arrondissement, not null
     * @param on the day, not null
     * @return the units
     * @throws InvalidInputException for {@link AdministrativeLevel#COMMUNE} (see {@link #communes(LocalDate)}),
     *     or if the day is outside {@link #coverage()}
     */
    public ImmutableList<AdministrativeUnit> units(AdministrativeLevel level, LocalDate on) {
        Objects.requireNonNull(level, "level");
        if (level == AdministrativeLevel.COMMUNE) {
            throw new InvalidInputException("level", "communes are listed by communes(LocalDate), was COMMUNE");
        }
        return snapshot(on).unitsByLevel.get(level);
    }

    /**
     * The arrondissement of a commune on a day.
     *
     * @param commune the NIS code of a commune valid that day, not null
     * @param on the day, not null
     * @return the arrondissement
     * @throws InvalidInputException if the code names no commune that day (the message names its successor if it
     *     has one), or the day is outside {@link #coverage()}
     */
    public AdministrativeUnit arrondissementOf(NisCode commune, LocalDate on) {
        Snapshot s = snapshot(on);
        Commune c = requireCommune(s, commune, on);
        AdministrativeUnit arrondissement = s.units.get(c.arrondissement());
        if (arrondissement == null) {
            throw new InvalidInputException(
                    "NIS code", "no arrondissement " + c.arrondissement() + " on " + on + " for commune " + commune);
        }
        return arrondissement;
    }

    /**
     * The province of a commune on a day: Halle-Vilvoorde lay in Brabant ({@code 20000}) until 1994 and in
     * Flemish Brabant ({@code 20001}) from 1995.
     *
     * @param commune the NIS code of a commune valid that day, not null
     * @param on the day, not null
     * @return the province, empty in the Brussels-Capital Region
     * @throws InvalidInputException if the code names no commune that day, or the day is outside
     *     {@link #coverage()}
     */
    public Optional<AdministrativeUnit> provinceOf(NisCode commune, LocalDate on) {
        Snapshot s = snapshot(on);
        AdministrativeUnit arrondissement = arrondissementOf(commune, on);
        return arrondissement.parent().map(s.units::get).filter(u -> u.level() == AdministrativeLevel.PROVINCE);
    }

    /**
     * The region of a commune on a day.
     *
     * @param commune the NIS code of a commune valid that day, not null
     * @param on the day, not null
     * @return the region
     * @throws InvalidInputException if the code names no commune that day, or the day is outside
     *     {@link #coverage()}
     */
    public Region regionOf(NisCode commune, LocalDate on) {
        return requireCommune(snapshot(on), commune, on).region();
    }

    /**
     * The commune that covers the territory of a code on a day: the commune itself while its code is valid, then
     * its successor, following chains (Comines {@code 54002} → Comines-Warneton {@code 54010} in 1983 →
     * {@code 57097} in 2019).
     *
     * @param code the NIS code of a commune, current or former, not null
     * @param on the day, not null
     * @return the commune, or empty if the code is unknown, not yet valid that day, or ended without a recorded
     *     succession
     * @throws InvalidInputException if the day is outside {@link #coverage()}
     */
    public Optional<Commune> successor(NisCode code, LocalDate on) {
        Objects.requireNonNull(code, "code");
        Snapshot s = snapshot(on);
        NisCode current = code;
        for (int hops = 0; hops <= successions.size(); hops++) {
            Commune c = s.communes.get(current);
            if (c != null) {
                return Optional.of(c);
            }
            Succession next = successionOf.get(current);
            if (next == null || on.isBefore(next.effectiveOn())) {
                return Optional.empty();
            }
            current = next.successor();
        }
        return Optional.empty();
    }

    /** Every succession recorded, in the order given (the bundled ones by date, then successor, then predecessor). */
    public ImmutableList<Succession> successions() {
        return successions;
    }

    /**
     * The successions into a code: the communes whose territory it took over, e.g. Hasselt {@code 71072} from
     * Hasselt {@code 71022} and Kortessem {@code 73040}.
     *
     * @param successor the NIS code, not null
     * @return the successions, empty if none
     */
    public ImmutableList<Succession> predecessors(NisCode successor) {
        Objects.requireNonNull(successor, "successor");
        return predecessorsOf.get(successor);
    }

    /**
     * The territory of one commune on a day, named by its usual name.
     *
     * @param commune the NIS code of a commune valid that day, not null
     * @param on the day, not null
     * @return the territory
     * @throws InvalidInputException if the code names no commune that day, or the day is outside
     *     {@link #coverage()}
     */
    public Territory territoryOfCommune(NisCode commune, LocalDate on) {
        Commune c = requireCommune(snapshot(on), commune, on);
        return Territory.of(c.name(), c.code());
    }

    /**
     * The territory of an arrondissement on a day: its communes that day, named by its usual name.
     *
     * @param arrondissement the NIS code of an arrondissement valid that day, e.g. {@code 62000}, not null
     * @param on the day, not null
     * @return the territory
     * @throws InvalidInputException if no arrondissement has the code that day, or the day is outside
     *     {@link #coverage()}
     */
    public Territory territoryOfArrondissement(NisCode arrondissement, LocalDate on) {
        return territoryOfUnit(arrondissement, AdministrativeLevel.ARRONDISSEMENT, on);
    }

    /**
     * The territory of a province on a day: the communes of its arrondissements that day.
     *
     * @param province the NIS code of a province valid that day, e.g. {@code 60000}, not null
     * @param on the day, not null
     * @return the territory
     * @throws InvalidInputException if no province has the code that day, or the day is outside
     *     {@link #coverage()}
     */
    public Territory territoryOfProvince(NisCode province, LocalDate on) {
        return territoryOfUnit(province, AdministrativeLevel.PROVINCE, on);
    }

    /**
     * The territory of a region on a day: its communes that day.
     *
     * @param region the region, not null
     * @param on the day, not null
     * @return the territory, named by the region's usual name ("Région wallonne")
     * @throws InvalidInputException if the gazetteer has no entry for the region that day, or the day is outside
     *     {@link #coverage()}
     */
    public Territory territoryOfRegion(Region region, LocalDate on) {
        Objects.requireNonNull(region, "region");
        return territoryOfUnit(region.nisCode(), AdministrativeLevel.REGION, on);
    }

    /**
     * A territory from an explicit list of communes, such as a transcommunal housing platform, checked against
     * the communes of a day.
     *
     * @param name the name, not blank
     * @param communes the NIS codes of communes valid that day, at least one, not null
     * @param on the day, not null
     * @return the territory
     * @throws InvalidInputException naming the first code that is no commune that day (and its successor, if it
     *     merged), or if the name is blank or the list empty, or the day is outside {@link #coverage()}
     */
    public Territory territory(String name, Collection<NisCode> communes, LocalDate on) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(communes, "communes");
        Snapshot s = snapshot(on);
        for (NisCode code : communes) {
            Objects.requireNonNull(code, "communes element");
            if (!s.communes.containsKey(code)) {
                throw new InvalidInputException("territory " + name + ": communes", noCommune(code, on));
            }
        }
        return Territory.of(name, communes);
    }

    private Territory territoryOfUnit(NisCode code, AdministrativeLevel level, LocalDate on) {
        Objects.requireNonNull(code, "code");
        Snapshot s = snapshot(on);
        AdministrativeUnit unit = s.units.get(code);
        if (unit == null || unit.level() != level) {
            throw new InvalidInputException(
                    "NIS code",
                    "no " + level.name().toLowerCase(Locale.ROOT) + " " + code + " on " + on + describeCode(code));
        }
        return Territory.of(
                unit.name(),
                s.communesByUnit.get(code).stream().map(Commune::code).collect(ImmutableList.toImmutableList()));
    }

    private Commune requireCommune(Snapshot s, NisCode code, LocalDate on) {
        Objects.requireNonNull(code, "commune");
        Commune c = s.communes.get(code);
        if (c == null) {
            throw new InvalidInputException("NIS code", noCommune(code, on));
        }
        return c;
    }

    /** Why a code is no commune on a day, with what the gazetteer knows of it. */
    private String noCommune(NisCode code, LocalDate on) {
        return "no commune " + code + " on " + on + describeCode(code);
    }

    private String describeCode(NisCode code) {
        List<AdministrativeUnit> units = unitHistory.get(code);
        if (!units.isEmpty()) {
            AdministrativeUnit last = units.get(units.size() - 1);
            return " (" + code + " is " + article(last.level()) + ", " + last.name() + ", valid " + validities(units)
                    + ")";
        }
        List<Commune> history = communeHistory.get(code);
        if (history.isEmpty()) {
            return " (the code is unknown)";
        }
        Succession next = successionOf.get(code);
        String valid = " (" + code + " " + history.get(history.size() - 1).name() + " is valid " + validities(history);
        return next == null
                ? valid + ")"
                : valid + "; its successor from " + next.effectiveOn() + " is " + next.successor() + ")";
    }

    private static String article(AdministrativeLevel level) {
        String name = level.name().toLowerCase(Locale.ROOT);
        return (level == AdministrativeLevel.ARRONDISSEMENT ? "an " : "a ") + name;
    }

    private static String validities(List<?> entries) {
        StringBuilder sb = new StringBuilder();
        for (Object e : entries) {
            Period p = e instanceof Commune c ? c.validity() : ((AdministrativeUnit) e).validity();
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private Snapshot snapshot(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (!coverage.contains(on)) {
            throw new InvalidInputException(
                    "date", "must be within the gazetteer's coverage " + coverage + ", was " + on);
        }
        LocalDate since = changes.floor(on);
        return snapshots.computeIfAbsent(since, this::buildSnapshot);
    }

    private Snapshot buildSnapshot(LocalDate on) {
        ImmutableSortedMap.Builder<NisCode, Commune> communes = ImmutableSortedMap.naturalOrder();
        for (Commune c : communeHistory.values()) {
            if (c.isValidOn(on)) {
                communes.put(c.code(), c);
            }
        }
        Map<NisCode, AdministrativeUnit> units = new LinkedHashMap<>();
        for (AdministrativeUnit u : unitHistory.values()) {
            if (u.isValidOn(on)) {
                units.put(u.code(), u);
            }
        }
        ImmutableSortedMap<NisCode, Commune> byCode = communes.build();
        ImmutableListMultimap.Builder<NisCode, Commune> byUnit = ImmutableListMultimap.builder();
        for (Commune c : byCode.values()) {
            byUnit.put(c.arrondissement(), c);
            AdministrativeUnit arrondissement = units.get(c.arrondissement());
            if (arrondissement != null) {
                arrondissement
                        .parent()
                        .map(units::get)
                        .filter(u -> u.level() == AdministrativeLevel.PROVINCE)
                        .ifPresent(p -> byUnit.put(p.code(), c));
            }
            byUnit.put(c.region().nisCode(), c);
        }
        ImmutableListMultimap.Builder<AdministrativeLevel, AdministrativeUnit> byLevel =
                ImmutableListMultimap.builder();
        units.values().stream()
                .sorted(Comparator.comparing(AdministrativeUnit::code))
                .forEach(u -> byLevel.put(u.level(), u));
        return new Snapshot(byCode, ImmutableMap.copyOf(units), byUnit.build(), byLevel.build());
    }

    /** The state of the gazetteer between two changes. */
    private static final class Snapshot {
        final ImmutableSortedMap<NisCode, Commune> communes;
        final ImmutableMap<NisCode, AdministrativeUnit> units;
        final ImmutableListMultimap<NisCode, Commune> communesByUnit;
        final ImmutableListMultimap<AdministrativeLevel, AdministrativeUnit> unitsByLevel;

        Snapshot(
                ImmutableSortedMap<NisCode, Commune> communes,
                ImmutableMap<NisCode, AdministrativeUnit> units,
                ImmutableListMultimap<NisCode, Commune> communesByUnit,
                ImmutableListMultimap<AdministrativeLevel, AdministrativeUnit> unitsByLevel) {
            this.communes = communes;
            this.units = units;
            this.communesByUnit = communesByUnit;
            this.unitsByLevel = unitsByLevel;
        }
    }

    /** E.g. {@code Gazetteer{coverage 1977-01-01/.., 640 commune entries, 60 unit entries, 55 successions}}. */
    @Override
    public String toString() {
        return "Gazetteer{coverage " + coverage + ", " + communeHistory.size() + " commune entries, "
                + unitHistory.size() + " unit entries, " + successions.size() + " successions}";
    }

    // ---- assembly from rows, shared by the CSV reader and the bundled resource ----

    /**
     * Checks rows together and builds a gazetteer: no two rows of a code overlap or differ in level; every parent
     * exists at the right level and is valid on the row's first day; a commune's parent is the arrondissement of
     * its code.
     */
    static Gazetteer assemble(
            String source, List<RefnisRow> rows, List<Succession> successions, Period coverageOrNull) {
        Map<NisCode, List<RefnisRow>> byCode = new HashMap<>();
        for (RefnisRow r : rows) {
            byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r);
        }
        for (List<RefnisRow> versions : byCode.values()) {
            versions.sort(Comparator.comparing(RefnisRow::validity));
            for (int i = 1; i < versions.size(); i++) {
                RefnisRow previous = versions.get(i - 1);
                RefnisRow r = versions.get(i);
                if (r.level() != previous.level()) {
                    throw r.fail(
                            RefnisRow.LEVEL,
                            "code " + r.code() + " is " + r.level() + " here but " + previous.level() + " at "
                                    + previous.where());
                }
                if (r.validity().overlaps(previous.validity())) {
                    throw r.fail(
                            RefnisRow.START,
                            "period " + r.validity() + " of " + r.code() + " overlaps " + previous.validity() + " at "
                                    + previous.where());
                }
            }
        }
        // units first: communes need them for their province
        Map<NisCode, List<AdministrativeUnit>> unitsByCode = new HashMap<>();
        List<NisCode> codes = new ArrayList<>(new TreeSet<>(byCode.keySet()));
        for (NisCode code : codes) {
            for (RefnisRow r : byCode.get(code)) {
                if (r.level() != AdministrativeLevel.COMMUNE) {
                    unitsByCode.computeIfAbsent(code, k -> new ArrayList<>()).add(unit(r));
                }
            }
        }
        for (RefnisRow r : rows) {
            checkParent(r, unitsByCode);
        }
        ImmutableListMultimap.Builder<NisCode, AdministrativeUnit> units = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<NisCode, Commune> communes = ImmutableListMultimap.builder();
        LocalDate earliest = null;
        TreeSet<LocalDate> changes = new TreeSet<>();
        for (NisCode code : codes) {
            for (RefnisRow r : byCode.get(code)) {
                Period p = r.validity();
                changes.add(p.from());
                p.until().filter(u -> u.isBefore(LocalDate.MAX)).ifPresent(u -> changes.add(u.plusDays(1)));
                if (r.level() == AdministrativeLevel.COMMUNE) {
                    communes.put(code, commune(r, unitsByCode.get(r.parent().orElseThrow())));
                    earliest = earliest == null || p.from().isBefore(earliest) ? p.from() : earliest;
                }
            }
            units.putAll(code, unitsByCode.getOrDefault(code, List.of()));
        }
        if (earliest == null) {
            throw new InvalidInputException(source, "no commune (" + RefnisRow.LEVEL + " 4) in the list");
        }
        Period coverage = coverageOrNull == null ? Period.from(earliest) : coverageOrNull;
        changes.add(coverage.from());
        ImmutableListMultimap<NisCode, Commune> communeHistory = communes.build();
        checkSuccessions(communeHistory, successions);
        ImmutableSetMultimap.Builder<String, Commune> byName = ImmutableSetMultimap.builder();
        for (Commune c : communeHistory.values()) {
            for (String name : c.names().values()) {
                for (String key : PlaceNames.searchKeys(name)) {
                    byName.put(key, c);
                }
            }
        }
        return new Gazetteer(
                coverage,
                communeHistory,
                units.build(),
                ImmutableList.copyOf(successions),
                byName.build(),
                ImmutableSortedSet.copyOf(changes));
    }

    private static AdministrativeUnit unit(RefnisRow r) {
        try {
            return AdministrativeUnit.builder()
                    .level(r.level())
                    .code(r.code())
                    .names(r.names())
                    .parent(r.parent())
                    .validity(r.validity())
                    .build();
        } catch (InvalidInputException e) {
            throw r.fail(column(e.where()), problem(e));
        }
    }

    private static Commune commune(RefnisRow r, List<AdministrativeUnit> arrondissementVersions) {
        // the province of the arrondissement on the commune's last day, or in its latest entry if still valid
        AdministrativeUnit arrondissement = arrondissementVersions.get(arrondissementVersions.size() - 1);
        if (r.validity().until().isPresent()) {
            LocalDate last = r.validity().until().orElseThrow();
            for (AdministrativeUnit a : arrondissementVersions) {
                if (a.isValidOn(last)) {
                    arrondissement = a;
                }
            }
        }
        Optional<NisCode> province = arrondissement.parent().filter(NisCode::isProvince);
        try {
            return Commune.builder()
                    .code(r.code())
                    .names(r.names())
                    .province(province)
                    .validity(r.validity())
                    .build();
        } catch (InvalidInputException e) {
            throw r.fail(column(e.where()), problem(e));
        }
    }

    private static void checkParent(RefnisRow r, Map<NisCode, List<AdministrativeUnit>> units) {
        if (r.level() == AdministrativeLevel.COMMUNE && r.parent().isEmpty()) {
            throw r.fail(RefnisRow.PARENT, "a commune needs its arrondissement, was \"-\"");
        }
        if (r.parent().isEmpty()) {
            return;
        }
        NisCode parent = r.parent().orElseThrow();
        if (r.level() == AdministrativeLevel.COMMUNE && !parent.equals(r.code().arrondissement())) {
            throw r.fail(
                    RefnisRow.PARENT,
                    "must be the arrondissement of commune " + r.code() + ", "
                            + r.code().arrondissement() + ", was " + parent);
        }
        List<AdministrativeUnit> versions = units.get(parent);
        if (versions == null) {
            throw r.fail(RefnisRow.PARENT, "no region, province or arrondissement " + parent + " in the list");
        }
        // the unit checks already tie each level to the shape of its parent's code (region 0X000, province
        // X0000, arrondissement XY000), so a parent found here is of the right level
        AdministrativeLevel level = versions.get(0).level();
        LocalDate first = r.validity().from();
        if (versions.stream().noneMatch(u -> u.isValidOn(first))) {
            throw r.fail(
                    RefnisRow.PARENT,
                    level.name().toLowerCase(Locale.ROOT) + " " + parent + " is not valid on " + first
                            + ", the first day of this row");
        }
    }

    private static void checkSuccessions(
            ImmutableListMultimap<NisCode, Commune> communes, List<Succession> successions) {
        Map<NisCode, Succession> seen = new HashMap<>();
        for (Succession s : successions) {
            Objects.requireNonNull(s, "successions element");
            String where = "succession " + s.predecessor() + " -> " + s.successor();
            List<Commune> before = communes.get(s.predecessor());
            List<Commune> after = communes.get(s.successor());
            if (before.isEmpty()) {
                throw new InvalidInputException(
                        where + ": predecessor", "no commune " + s.predecessor() + " in the list");
            }
            if (after.isEmpty()) {
                throw new InvalidInputException(where + ": successor", "no commune " + s.successor() + " in the list");
            }
            LocalDate day = s.effectiveOn();
            LocalDate eve = day.minusDays(1);
            boolean endsOnEve = before.stream().anyMatch(c -> c.isValidOn(eve))
                    && before.stream().noneMatch(c -> c.isValidOn(day));
            if (!endsOnEve) {
                throw new InvalidInputException(
                        where + ": predecessor",
                        "commune " + s.predecessor() + " must end on " + eve
                                + ", the day before the succession, was valid " + validities(before));
            }
            if (after.stream().noneMatch(c -> c.isValidOn(day))) {
                throw new InvalidInputException(
                        where + ": successor",
                        "commune " + s.successor() + " must be valid on " + day + ", was valid " + validities(after));
            }
            Succession other = seen.put(s.predecessor(), s);
            if (other != null) {
                throw new InvalidInputException(
                        where + ": predecessor", "commune " + s.predecessor() + " already has a succession: " + other);
            }
        }
    }

    private static String column(String where) {
        if (where.endsWith(": parent") || where.endsWith(": province")) {
            return RefnisRow.PARENT;
        }
        if (where.endsWith(": names.NL")) {
            return RefnisRow.NAME_NL;
        }
        if (where.endsWith(": names.DE")) {
            return RefnisRow.NAME_DE;
        }
        if (where.contains(": names")) {
            return RefnisRow.NAME_FR;
        }
        // the level and the period are checked across rows before any unit or commune is built
        return RefnisRow.CODE;
    }

    private static String problem(InvalidInputException e) {
        String prefix = e.where() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
