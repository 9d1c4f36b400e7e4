package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import be.accompaniment.NoRuleInForceException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.Sector;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Purpose;
import be.accompaniment.passerelle.ConsentStatus;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.CompetenceFacts;
import be.accompaniment.rules.calendar.CompetentCpas;
import be.accompaniment.rules.calendar.CpasCompetence;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.rules.calendar.ListedEstablishment;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.stream.Stream;

/**
 * The passerelle advisor: given a household, the referring actor and a date, it suggests ranked, explained passerelles
 * to the actors who serve the household's commune, by the rules of the rulebook of the household's region.
 *
 * <pre>{@code
 * PasserelleAdvisor advisor = PasserelleAdvisor.compile(Rulebook.bundled(Region.WALLONIA), directory);
 * Advice advice = advisor.advise(household, cpasEsneux, LocalDate.of(2026, 3, 2));
 * for (Suggestion s : advice.suggestions()) {
 *     System.out.println(s.urgency() + " " + s.label(Language.FR) + " → " + s.bestTarget().map(t -> t.actor().name()));
 *     s.conditions().forEach(c -> System.out.println("  because " + c.text()));
 * }
 * Passerelle p = advice.suggestions().get(0).toPasserelle(PasserelleId.of("p-1"));
 * }</pre>
 *
 * <p>Compiled once: rules indexed by situation kind and stage, conditions turned into predicates over primitive facts,
 * the candidate actors of every suggestion ranked per commune in advance. Only the rules in force on the as-of date
 * fire; a household of a region without rulebook, or without situation, gets an empty advice. Several rulebooks may be
 * compiled together, one per region.
 *
 * <p>The legal calendar of each region is the rulebook's {@code calendar}, or the library's bundled parameters for the
 * region when the rulebook has none. Where the calendar has no value in force on a day, no moratorium is known to apply
 * then, and deadlines it cannot compute are absent.
 *
 * <p>Immutable and thread-safe: share one advisor between threads. The same inputs give the same advice, whatever the
 * thread count or input order of {@link #adviseAll(List, LocalDate, boolean)}.
 */
public final class PasserelleAdvisor {
    private static final ThreadLocal<Facts> FACTS = ThreadLocal.withInitial(Facts::new);
    // a batch is advised in slices of at least this many cases, a few slices per thread so that idle threads steal
    private static final int MIN_SLICE = 512;
    private static final int SLICES_PER_THREAD = 8;

    private final ImmutableList<Rulebook> rulebooks;
    private final ActorDirectory directory;
    private final PartnerNetwork network;
    private final CompiledBook[] byRegion;
    private final Candidates.Index index;
    private final LegalCalendar calendar;

    private PasserelleAdvisor(Collection<Rulebook> books, ActorDirectory directory, PartnerNetwork network) {
        this.rulebooks = ImmutableList.copyOf(books);
        this.directory = directory;
        this.network = network;
        this.index = new Candidates.Index(directory, network);
        Map<Region, Rulebook> byRegion = new EnumMap<>(Region.class);
        List<CalendarParameters> parameters = new ArrayList<>();
        for (Rulebook book : rulebooks) {
            Rulebook other = byRegion.put(book.region(), book);
            if (other != null) {
                throw new InvalidInputException(
                        "advisor: rulebooks",
                        "must hold one rulebook per region, found " + other.id() + " and " + book.id() + " for "
                                + book.region());
            }
            Optional<CalendarParameters> p = book.calendar().or(() -> bundledCalendar(book.region()));
            p.ifPresent(parameters::add);
        }
        this.calendar = LegalCalendar.of(parameters);
        this.byRegion = new CompiledBook[Region.values().length];
        byRegion.forEach((region, book) -> this.byRegion[region.ordinal()] = new CompiledBook(
                book, calendar.regions().contains(region) ? new CalendarView(calendar, region) : null, index));
    }

    private static Optional<CalendarParameters> bundledCalendar(Region region) {
        try {
            return Optional.of(CalendarParameters.bundled(region));
        } catch (NoRuleInForceException e) {
            return Optional.empty();
        }
    }

    /**
     * An advisor of one rulebook over a directory, without partner network.
     *
     * @param rulebook the rulebook, not null
     * @param directory the actors, not null
     * @return the advisor
     * @throws InvalidInputException if a rule needs a legal calendar the region does not have
     */
    public static PasserelleAdvisor compile(Rulebook rulebook, ActorDirectory directory) {
        return compile(List.of(Objects.requireNonNull(rulebook, "rulebook")), directory, PartnerNetwork.empty());
    }

    /**
     * An advisor of one rulebook over a directory and the partner network of its housing platforms.
     *
     * @param rulebook the rulebook, not null
     * @param directory the actors, not null
     * @param network the partnerships, not null; platform partners of the referrer rank first
     * @return the advisor
     * @throws InvalidInputException if a rule needs a legal calendar the region does not have
     */
    public static PasserelleAdvisor compile(Rulebook rulebook, ActorDirectory directory, PartnerNetwork network) {
        return compile(List.of(Objects.requireNonNull(rulebook, "rulebook")), directory, network);
    }

    /**
     * An advisor of several rulebooks, one per region, over a directory and a partner network.
     *
     * @param rulebooks the rulebooks, not null, at most one per region
     * @param directory the actors, not null
     * @param network the partnerships, not null
     * @return the advisor
     * @throws InvalidInputException if two rulebooks are for the same region, or a rule needs a legal calendar the
     *     region does not have
     */
    public static PasserelleAdvisor compile(
            Collection<Rulebook> rulebooks, ActorDirectory directory, PartnerNetwork network) {
        Objects.requireNonNull(rulebooks, "rulebooks");
        rulebooks.forEach(b -> Objects.requireNonNull(b, "rulebooks element"));
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(network, "network");
        return new PasserelleAdvisor(rulebooks, directory, network);
    }

    /** The rulebooks, in the order given. */
    public ImmutableList<Rulebook> rulebooks() {
        return rulebooks;
    }

    /** The actors suggestions target. */
    public ActorDirectory directory() {
        return directory;
    }

    /** The partner network whose platform partnerships rank targets. */
    public PartnerNetwork network() {
        return network;
    }

    /** The legal calendar of the rulebooks' regions. */
    public LegalCalendar calendar() {
        return calendar;
    }

    /**
     * Advises a household referred by an actor on a date.
     *
     * @param household the household, not null
     * @param referrer the referring actor, not null
     * @param asOf the date, not null: rules, parameters and the calendar are read as of that day
     * @return the advice, possibly empty
     */
    public Advice advise(Household household, Actor referrer, LocalDate asOf) {
        Objects.requireNonNull(referrer, "referrer");
        return doAdvise(Objects.requireNonNull(household, "household"), referrer, Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Advises a household without referrer on a date: referrer conditions do not hold, no sector bridge or platform
     * partnership ranks the targets, and passerelles need an explicit referrer.
     *
     * @param household the household, not null
     * @param asOf the date, not null
     * @return the advice, possibly empty
     */
    public Advice advise(Household household, LocalDate asOf) {
        return doAdvise(Objects.requireNonNull(household, "household"), null, Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Screens a household referred by an actor on a date: which rules fire, without building their suggestions.
     *
     * @param household the household, not null
     * @param referrer the referring actor, not null
     * @param asOf the date, not null
     * @return the rules that fire, the same as those of {@link #advise(Household, Actor, LocalDate)}'s suggestions
     */
    public Screening screen(Household household, Actor referrer, LocalDate asOf) {
        Objects.requireNonNull(referrer, "referrer");
        return doScreen(Objects.requireNonNull(household, "household"), referrer, Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Screens a household without referrer on a date: referrer conditions do not hold.
     *
     * @param household the household, not null
     * @param asOf the date, not null
     * @return the rules that fire, the same as those of {@link #advise(Household, LocalDate)}'s suggestions
     */
    public Screening screen(Household household, LocalDate asOf) {
        return doScreen(Objects.requireNonNull(household, "household"), null, Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Advises a batch of households on a date.
     *
     * @param cases the households and their referrers, not null
     * @param asOf the date, not null
     * @param parallel whether to advise in parallel: on the fork-join pool of the calling task if it runs in one, on
     *     the common pool otherwise
     * @return the advices in household-id order (then input order for equal ids): the same list whatever the thread
     *     count or the order of the cases
     */
    public ImmutableList<Advice> adviseAll(List<Case> cases, LocalDate asOf, boolean parallel) {
        Objects.requireNonNull(cases, "cases");
        return adviseAll(cases.toArray(new Case[0]), asOf, parallel);
    }

    /**
     * Advises a stream of households on a date.
     *
     * @param cases the households and their referrers, not null
     * @param asOf the date, not null
     * @param parallel whether to advise in parallel; see {@link #adviseAll(List, LocalDate, boolean)}
     * @return the advices in household-id order; see {@link #adviseAll(List, LocalDate, boolean)}
     */
    public ImmutableList<Advice> adviseAll(Stream<Case> cases, LocalDate asOf, boolean parallel) {
        Objects.requireNonNull(cases, "cases");
        return adviseAll(cases.toArray(Case[]::new), asOf, parallel);
    }

    /** Advises a batch copied into an array of the advisor's own. */
    private ImmutableList<Advice> adviseAll(Case[] all, LocalDate asOf, boolean parallel) {
        Objects.requireNonNull(asOf, "asOf");
        for (Case c : all) {
            Objects.requireNonNull(c, "cases element");
        }
        Advice[] advices = new Advice[all.length];
        // the ids are read for the final sort while each household is in cache, on the thread that advises it
        IdOrder ids = new IdOrder(all.length);
        if (parallel && all.length > MIN_SLICE) {
            // the pool of the calling task if there is one, as parallel streams do; the common pool otherwise
            ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
            int slice = Math.max(MIN_SLICE, all.length / (pool.getParallelism() * SLICES_PER_THREAD + 1));
            Slice batch = new Slice(all, advices, ids, asOf, 0, all.length, slice);
            if (ForkJoinTask.inForkJoinPool()) {
                batch.invoke();
            } else {
                pool.invoke(batch);
            }
        } else {
            adviseRange(all, advices, ids, asOf, 0, all.length);
        }
        int[] order = ids.permutation(parallel);
        ImmutableList.Builder<Advice> out = ImmutableList.builderWithExpectedSize(advices.length);
        for (int i : order) {
            out.add(advices[i]);
        }
        return out.build();
    }

    /**
     * Advises cases {@code from} (inclusive) to {@code to} (exclusive) into the same positions, with one context, and
     * adds their household ids to the batch's order. The households are read ahead a block at a time.
     */
    private void adviseRange(Case[] cases, Advice[] into, IdOrder ids, LocalDate asOf, int from, int to) {
        Facts f = FACTS.get();
        for (int block = from; block < to; block += ReadAhead.BLOCK) {
            int end = Math.min(to, block + ReadAhead.BLOCK);
            f.readAhead.read(cases, block, end);
            for (int i = block; i < end; i++) {
                Case c = cases[i];
                Household household = c.household();
                into[i] = doAdvise(household, c.referrerOrNull(), asOf, f);
                ids.add(i, household.id().value());
            }
        }
    }

    /** A slice of a batch on the fork-join pool: halves until small enough, each half writing its own positions. */
    private final class Slice extends RecursiveAction {
        private final Case[] cases;
        private final Advice[] into;
        private final IdOrder ids;
        private final LocalDate asOf;
        private final int from;
        private final int to;
        private final int slice;

        Slice(Case[] cases, Advice[] into, IdOrder ids, LocalDate asOf, int from, int to, int slice) {
            this.cases = cases;
            this.into = into;
            this.ids = ids;
            this.asOf = asOf;
            this.from = from;
            this.to = to;
            this.slice = slice;
        }

        @Override
        protected void compute() {
            if (to - from <= slice) {
                adviseRange(cases, into, ids, asOf, from, to);
                return;
            }
            int middle = (from + to) >>> 1;
            invokeAll(
                    new Slice(cases, into, ids, asOf, from, middle, slice),
                    new Slice(cases, into, ids, asOf, middle, to, slice));
        }
    }

    private Advice doAdvise(Household household, Actor referrer, LocalDate asOf) {
        return doAdvise(household, referrer, asOf, FACTS.get());
    }

    /** Advises with a context of the calling thread's, which no other advice is using. */
    private Advice doAdvise(Household household, Actor referrer, LocalDate asOf, Facts f) {
        Region region = household.region();
        CompiledBook book = byRegion[region.ordinal()];
        HouseholdId id = household.id();
        if (book == null) {
            return new Advice(id, asOf, referrer == null ? null : referrer.id(), null, ImmutableList.of());
        }
        ImmutableList<Situation> situations = household.situations();
        if (situations.isEmpty()) {
            return new Advice(id, asOf, referrer == null ? null : referrer.id(), book.book, ImmutableList.of());
        }
        f.reset(household, region, referrer, asOf, book.calendar);
        try {
            // the context's scratch array: the advice's list is its one copy
            Suggestion[] found = f.found;
            int count = 0;
            int referrerIndex = -1;
            BitSet partners = Candidates.Index.NO_PARTNERS;
            int variant = 0;
            if (referrer != null) {
                referrerIndex = index.actorIndex(referrer);
                partners = index.partners(referrer, referrerIndex);
                variant = referrer.sector() == Sector.PUBLIC ? 1 : referrer.sector() == Sector.ASSOCIATIVE ? 2 : 0;
            }
            int householdSlot = index.slot(household.commune());
            for (int si = 0; si < situations.size(); si++) {
                Situation situation = situations.get(si);
                SituationKind kind = situation.kind();
                f.situation(situation, kind);
                for (CompiledBook.CompiledRule rule : book.byStage[kind.ordinal()][f.stage]) {
                    if (!fires(rule, f)) {
                        continue;
                    }
                    long[] trace = f.trace.copyFrom(0);
                    for (CompiledBook.CompiledTemplate t : rule.templates) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                            f.found = found;
                        }
                        found[count++] =
                                suggest(book, rule, t, f, si, householdSlot, referrerIndex, partners, variant, trace);
                    }
                }
            }
            sort(found, count);
            ImmutableList<Suggestion> suggestions = inOrder(found, count);
            Arrays.fill(found, 0, count, null);
            return new Advice(id, asOf, referrer == null ? null : referrer.id(), book.book, suggestions);
        } finally {
            f.clear();
        }
    }

    private Screening doScreen(Household household, Actor referrer, LocalDate asOf) {
        Region region = household.region();
        CompiledBook book = byRegion[region.ordinal()];
        ImmutableList<Situation> situations = household.situations();
        if (book == null || situations.isEmpty()) {
            return Screening.none(household.id(), asOf, book);
        }
        Facts f = FACTS.get();
        f.reset(household, region, referrer, asOf, book.calendar);
        try {
            long[] fired = Screening.bits(book.ordered.length);
            for (int si = 0; si < situations.size(); si++) {
                Situation situation = situations.get(si);
                SituationKind kind = situation.kind();
                f.situation(situation, kind);
                for (CompiledBook.CompiledRule rule : book.byStage[kind.ordinal()][f.stage]) {
                    if (fires(rule, f)) {
                        fired[rule.order >>> 6] |= 1L << rule.order;
                    }
                }
            }
            return new Screening(household.id(), asOf, book, fired);
        } finally {
            f.clear();
        }
    }

    /**
     * Whether a rule of the situation's stage fires for the situation of the facts: in force on the as-of date,
     * admitted by its guard, its condition holding. The trace then holds the conditions that held.
     */
    private static boolean fires(CompiledBook.CompiledRule rule, Facts f) {
        if (f.asOfDay < rule.fromDay || f.asOfDay > rule.untilDay || !rule.guard.admitsAtStage(f)) {
            return false;
        }
        f.trace.clear();
        return rule.when == null || rule.when.test(f);
    }

    private Suggestion suggest(
            CompiledBook book,
            CompiledBook.CompiledRule rule,
            CompiledBook.CompiledTemplate t,
            Facts f,
            int situationIndex,
            int householdSlot,
            int referrerIndex,
            BitSet partners,
            int variant,
            long[] trace) {
        NisCode commune = f.household.commune();
        int slot = householdSlot;
        // kept nullable: a suggestion holds it as a field and wraps it only when asked
        CompetentCpas competence = t.template.competentCpas() ? competentCpas(f).orElse(null) : null;
        if (competence != null && !competence.commune().equals(commune)) {
            commune = competence.commune();
            slot = index.slot(commune);
        }
        Candidates candidates = Candidates.NONE;
        long best = Candidates.UNRESOLVED;
        boolean referrerIsCandidate = false;
        if (slot >= 0) {
            // the common case reads the best key beside the template and leaves the candidates untouched
            candidates = t.candidates(slot, variant);
            best = t.bestKey(slot, variant);
            int found = t.mayMeet(referrerIndex, partners) ? candidates.scan(referrerIndex, partners) : 0;
            if (found != 0) {
                referrerIsCandidate = (found & 1) != 0;
                candidates = candidates.forReferrer(referrerIndex, partners);
                best = candidates.bestKey();
            }
        }
        int deadline = t.deadlineDay(f, book.calendar);
        ConsentStatus consent = ConsentStatus.NOT_REQUIRED;
        if (t.template.sharesData()) {
            Purpose purpose = t.template.purpose();
            boolean given;
            if (best == Candidates.UNRESOLVED) {
                given = t.kind >= 0 && f.consentCovers(t.kind, purpose);
            } else {
                int actor = Candidates.actor(best);
                given = f.consentCovers(index.kind(actor), index.actor(actor), purpose);
            }
            consent = given ? ConsentStatus.GIVEN : ConsentStatus.MISSING;
        }
        return new Suggestion(
                book,
                rule,
                t,
                f,
                situationIndex,
                commune,
                competence,
                candidates,
                best,
                referrerIsCandidate,
                deadline,
                consent,
                trace);
    }

    /**
     * The CPAS competent under the loi du 2 avril 1965 for a person about to leave a listed establishment (art. 2 §1),
     * or none when the general rule applies or the facts do not settle it: then the household's commune.
     */
    private static Optional<CompetentCpas> competentCpas(Facts f) {
        InstitutionExit exit = f.institutionExitOfRule();
        Optional<ListedEstablishment> listed =
                exit == null || exit.releasedOn().isPresent() ? Optional.empty() : listed(exit.institution());
        if (listed.isEmpty()) {
            // the general rule or the homeless rule: the CPAS of the commune where the household lives or stays
            return Optional.empty();
        }
        if (exit.registrationAtAdmission().isEmpty()) {
            // registration at admission unknown: the facts do not settle it, the household's commune is asked
            return Optional.empty();
        }
        return Optional.of(CpasCompetence.resolve(CompetenceFacts.builder()
                .residenceIn(f.household.commune())
                .establishment(listed.get())
                .registeredAtAdmissionIn(exit.registrationAtAdmission().get())
                .build()));
    }

    private static Optional<ListedEstablishment> listed(InstitutionType type) {
        return Optional.ofNullable(
                switch (type) {
                    case PRISON -> ListedEstablishment.PRISON;
                    case PSYCHIATRIC_HOSPITAL -> ListedEstablishment.PSYCHIATRIC_HOSPITAL;
                    case PSYCHIATRIC_NURSING_HOME -> ListedEstablishment.MSP;
                    case IHP -> ListedEstablishment.IHP;
                    case DETOX -> ListedEstablishment.DETOX_CENTRE;
                    case DISABILITY_CARE -> ListedEstablishment.DISABILITY_HOME;
                    case REST_HOME -> ListedEstablishment.REST_HOME;
                    case SHELTER, WOMENS_SHELTER -> ListedEstablishment.SHELTER;
                    case HOSPITAL, YOUTH_CARE -> null;
                });
    }

    /** The first suggestions of an array as a list, copied once. */
    private static ImmutableList<Suggestion> inOrder(Suggestion[] found, int count) {
        if (count == 0) {
            return ImmutableList.of();
        }
        ImmutableList.Builder<Suggestion> list = ImmutableList.builderWithExpectedSize(count);
        for (int i = 0; i < count; i++) {
            list.add(found[i]);
        }
        return list.build();
    }

    // insertion sort on primitive keys: an advice holds a handful of suggestions
    private static void sort(Suggestion[] s, int n) {
        for (int i = 1; i < n; i++) {
            Suggestion x = s[i];
            int j = i - 1;
            while (j >= 0 && compare(s[j], x) > 0) {
                s[j + 1] = s[j];
                j--;
            }
            s[j + 1] = x;
        }
    }

    /**
     * The ranking: urgency, deadline (none last), best target fit (unresolved last), rule (by id, then first day),
     * template, situation (by opening day, then position).
     */
    static int compare(Suggestion a, Suggestion b) {
        int c = Integer.compare(a.urgencyRank(), b.urgencyRank());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(day(a), day(b));
        if (c != 0) {
            return c;
        }
        c = Long.compare(a.bestKey(), b.bestKey());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.ruleOrder(), b.ruleOrder());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.templateIndex(), b.templateIndex());
        if (c != 0) {
            return c;
        }
        // two situations of one kind (two institution exits): the earlier opened first, then the order recorded
        c = a.situation().openedOn().compareTo(b.situation().openedOn());
        return c != 0 ? c : Integer.compare(a.situationIndex(), b.situationIndex());
    }

    private static int day(Suggestion s) {
        return s.deadlineDay() == Facts.NONE ? Integer.MAX_VALUE : s.deadlineDay();
    }

    /** The number of rulebooks and actors. */
    @Override
    public String toString() {
        return "PasserelleAdvisor{" + rulebooks.stream().map(Rulebook::id).toList() + ", " + directory + "}";
    }
}
