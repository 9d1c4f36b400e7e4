package be.accompaniment.rules.scenario;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Consent;
import be.accompaniment.household.DataCategory;
import be.accompaniment.household.Household;
import be.accompaniment.household.Tenure;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.measure.MeasureStatus;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.passerelle.StatusReason;
import be.accompaniment.pathway.Destination;
import be.accompaniment.pathway.DwellingUpgrade;
import be.accompaniment.pathway.DwellingUpgraded;
import be.accompaniment.pathway.FirstContact;
import be.accompaniment.pathway.HouseholdRelocated;
import be.accompaniment.pathway.MeasureEnded;
import be.accompaniment.pathway.MeasureStarted;
import be.accompaniment.pathway.PasserelleAnswered;
import be.accompaniment.pathway.PasserelleMade;
import be.accompaniment.pathway.PathwayEvent;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationResolved;
import be.accompaniment.pathway.SituationWorsened;
import be.accompaniment.pathway.Stabilised;
import be.accompaniment.rules.scenario.Advising.Proposal;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.Homelessness;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one household during a run, from its first situation on: the open situation and its legal clock,
 * the passerelles waiting or due an answer, the measures running, and the pathway events recorded so far.
 *
 * <p>Mutable. During the parallel phase of a step only the household's own task touches it; during the sequential
 * phase the engine does, in household order.
 */
final class HouseholdRun {
    private static final byte CLAIMED = 1;
    private static final byte DECLINED = 2;
    private static final byte CONSENT_REFUSED = 3;

    /**
     * The kinds of actor that take over a household's case once they accept it, and refer it on from then: the
     * first-line social services, not authorities or regional bodies. Until one of them accepts, the commune's CPAS
     * refers.
     */
    private static final Set<ActorKind> HOLDS_CASES = EnumSet.of(
            ActorKind.CPAS,
            ActorKind.APL,
            ActorKind.AIS,
            ActorKind.RELAIS_SOCIAL,
            ActorKind.HOUSING_FIRST,
            ActorKind.IHP,
            ActorKind.MAISON_DE_JUSTICE,
            ActorKind.DETAINEE_AID_SERVICE,
            ActorKind.PLAN_HP,
            ActorKind.YOUTH_AID_SERVICE,
            ActorKind.BRUSSHELP);

    private static final int ANSWER_ACCEPT = 1;
    private static final int ANSWER_DECLINE = 2;
    private static final int MEASURE_END = 3;

    /** A passerelle due an answer, or a measure due to end, on a day. */
    static final class Item {
        final LocalDate on;
        final int type;
        final int actor;
        final PasserelleId passerelle;
        final MeasureKind measure;
        final String rule;
        final MeasureId measureId;

        Item(
                LocalDate on,
                int type,
                int actor,
                PasserelleId passerelle,
                MeasureKind measure,
                String rule,
                MeasureId measureId) {
            this.on = on;
            this.type = type;
            this.actor = actor;
            this.passerelle = passerelle;
            this.measure = measure;
            this.rule = rule;
            this.measureId = measureId;
        }
    }

    /** A suggestion turned into a request for a place with an actor: new this step, or made and waiting. */
    static final class Claim {
        final HouseholdRun run;
        final String rule;
        final MeasureKind measure;
        final int[] targets;
        final LocalDate requestedOn;
        final int seq;
        final boolean direct;
        final ActorId referrer;
        PasserelleId passerelle;
        int waitingFor = -1;
        boolean cancelled;

        Claim(
                HouseholdRun run,
                String rule,
                MeasureKind measure,
                int[] targets,
                LocalDate requestedOn,
                int seq,
                boolean direct,
                ActorId referrer) {
            this.run = run;
            this.rule = rule;
            this.measure = measure;
            this.targets = targets;
            this.requestedOn = requestedOn;
            this.seq = seq;
            this.direct = direct;
            this.referrer = referrer;
        }
    }

    final int index;
    private final Engine engine;
    private Household base;
    private Household current;
    Situation situation;
    int episode;
    LocalDate firstOpenedOn;
    boolean firstContact;
    int firstContactDays = -1;
    boolean stabilised;
    int accompanying = -1;
    private int lastProvider = -1;
    boolean budgetGuidanceRefused;
    private boolean housingSecured;
    LocalDate legalOn;
    int legalAction;
    LocalDate plannedExecution;
    private LocalDate reopenOn;
    private SituationKind reopenKind;
    private final ArrayList<Item> items = new ArrayList<>(2);
    final ArrayList<Claim> waiting = new ArrayList<>(0);
    final ArrayList<Claim> fresh = new ArrayList<>(0);
    private final Map<String, Byte> tried = new HashMap<>();
    private final Set<String> unresolved = new HashSet<>();
    private final Set<Integer> refusedConsents = new HashSet<>();
    private final Set<MeasureKind> running = EnumSet.noneOf(MeasureKind.class);
    private int[] contacted = new int[0];
    private int passerelleSeq;
    private int measureSeq;
    int activeMeasures;
    private final List<PathwayEvent> events;
    private LocalDate lastOn;

    HouseholdRun(int index, Engine engine) {
        this.index = index;
        this.engine = engine;
        this.events = engine.keepPathways() ? new ArrayList<>(8) : null;
    }

    // ---- the household -------------------------------------------------------------------------------------

    Region region() {
        return engine.areas().regionOf(engine.population().commune(index));
    }

    NisCode commune() {
        return engine.areas().communeCode(engine.population().commune(index));
    }

    int communeIndex() {
        return engine.population().commune(index);
    }

    Tenure tenure() {
        return engine.population().tenure(index);
    }

    boolean socialHousing() {
        return tenure() == Tenure.SOCIAL_TENANT;
    }

    /** The household with its open situation, as the advisor sees it. */
    Household household() {
        if (current == null) {
            if (base == null) {
                // its situations are replaced below by the one open in the run
                base = engine.population().household(index);
            }
            Household.Builder b = Household.builder().from(base).tenure(tenure());
            b.situations(situation == null ? List.of() : List.of(situation));
            current = b.build();
        }
        return current;
    }

    /** The events recorded, oldest first; empty when pathways are not kept. */
    List<PathwayEvent> events() {
        return events == null ? List.of() : events;
    }

    LocalDate lastOn() {
        return lastOn;
    }

    HouseholdStatus status() {
        if (situation != null) {
            return activeMeasures > 0 ? HouseholdStatus.ACCOMPANIED : HouseholdStatus.WAITING;
        }
        return stabilised ? HouseholdStatus.STABILISED : HouseholdStatus.NO_SITUATION;
    }

    private void append(PathwayEvent e) {
        if (events != null) {
            events.add(e);
        }
        lastOn = e.on();
    }

    /** The day itself, or the last event's day if that is later: events are appended in date order. */
    private LocalDate notBeforeLast(LocalDate day) {
        return lastOn != null && day.isBefore(lastOn) ? lastOn : day;
    }

    private double draw(int purpose, long a, long b) {
        return Draws.uniform(engine.seed(), index, purpose, a, b);
    }

    // ---- opening and closing situations -------------------------------------------------------------------

    /** Opens a situation of a kind in a stage, opened on a day and built as seen on another. */
    void open(SituationKind kind, String stage, LocalDate openedOn, LocalDate today, Tally tally, boolean counted) {
        episode++;
        resetEpisode();
        adopt(engine.ladder().build(this, kind, stage, openedOn, today), today.plusDays(1), tally, counted);
    }

    /** Takes up a situation already built (listed in the scenario, or built by {@link #open}). */
    void adopt(Situation s, LocalDate clockFrom, Tally tally, boolean counted) {
        if (episode == 0) {
            episode = 1;
        }
        situation = s;
        current = null;
        housingSecured = false;
        append(SituationOpened.of(s.kind(), s.openedOn()));
        if (firstOpenedOn == null) {
            firstOpenedOn = s.openedOn();
        }
        stabilised = false;
        if (s instanceof EvictionThreat e && e.budgetGuidanceRefused()) {
            budgetGuidanceRefused = true;
        }
        engine.ladder().schedule(this, s, clockFrom);
        if (counted) {
            tally.add(communeIndex(), Indicator.SITUATIONS_OPENED);
        }
    }

    /** Forgets what the previous episode tried and who accompanied it: a new episode starts afresh. */
    private void resetEpisode() {
        tried.clear();
        unresolved.clear();
        accompanying = -1;
        lastProvider = -1;
    }

    /** Ends the open situation and opens another on the same day, keeping passerelles and measures running. */
    private void chain(Situation next, LocalDate on, Tally tally) {
        append(SituationResolved.of(situation.kind(), on));
        tally.add(communeIndex(), Indicator.SITUATIONS_RESOLVED);
        episode++;
        tried.clear();
        unresolved.clear();
        situation = next;
        current = null;
        housingSecured = false;
        append(SituationOpened.of(next.kind(), next.openedOn()));
        tally.add(communeIndex(), Indicator.SITUATIONS_OPENED);
        engine.ladder().schedule(this, next, on);
    }

    /** Resolves the open situation favourably on a day: the household stays (maybe in an upgraded dwelling) or moves. */
    private void resolve(LocalDate on, Tally tally) {
        SituationKind kind = situation.kind();
        SituationDynamics dyn = engine.dynamics(kind);
        double u = draw(Draws.RELOCATION, episode, 0);
        String stage = situation.stage().name();
        boolean relocate = switch (kind) {
            case INSALUBRITY ->
                stage.equals("UNINHABITABILITY_DECREE") || stage.equals("LETTING_BAN") || u < dyn.relocationShare();
            case INSTITUTION_EXIT, HOMELESSNESS, PERMANENT_HABITAT -> true;
            case FAMILY_RUPTURE -> stage.equals("LEFT_HOME") || u < dyn.relocationShare();
            default -> u < dyn.relocationShare();
        };
        closeEpisode(on, tally);
        int c = communeIndex();
        if (kind == SituationKind.INSALUBRITY && !relocate) {
            append(DwellingUpgraded.of(DwellingUpgrade.WORKS_COMPLETED, on));
            tally.add(c, Indicator.UPGRADES);
        }
        append(SituationResolved.of(kind, on));
        tally.add(c, Indicator.SITUATIONS_RESOLVED);
        Destination destination = null;
        if (relocate) {
            destination = destination();
            append(HouseholdRelocated.of(commune(), destination, on));
            tally.add(c, Indicator.RELOCATIONS);
            engine.population().tenure(index, tenureIn(destination));
        }
        append(destination == null ? Stabilised.of(on) : Stabilised.of(on, destination));
        stabilised = true;
        situation = null;
        current = null;
        legalAction = Ladder.NONE;
        legalOn = null;
        // what the episode tried is forgotten when the next one opens
        if (draw(Draws.REPEAT, episode, 0) < dyn.repeatWithinYear()) {
            reopenOn = on.plusDays(1 + (long) (draw(Draws.REPEAT_DAY, episode, 0) * 365));
            reopenKind = kind;
        }
    }

    /** Cancels waiting and unanswered passerelles and ends running measures, on a day. */
    private void closeEpisode(LocalDate on, Tally tally) {
        for (Claim w : waiting) {
            w.cancelled = true;
            if (w.passerelle != null) {
                append(PasserelleAnswered.of(w.passerelle, PasserelleStatus.CANCELLED, on, StatusReason.NEED_MET));
            }
        }
        waiting.clear();
        items.sort((x, y) -> x.on.compareTo(y.on));
        for (Item i : items) {
            if (i.type == ANSWER_ACCEPT) {
                engine.release(i.actor);
                if (i.passerelle != null) {
                    append(PasserelleAnswered.of(i.passerelle, PasserelleStatus.CANCELLED, on, StatusReason.NEED_MET));
                }
            } else if (i.type == ANSWER_DECLINE) {
                if (i.passerelle != null) {
                    append(PasserelleAnswered.of(i.passerelle, PasserelleStatus.CANCELLED, on, StatusReason.NEED_MET));
                }
            } else {
                endMeasure(i, on);
            }
        }
        items.clear();
        activeMeasures = 0;
        running.clear();
    }

    private Destination destination() {
        if (lastProvider >= 0) {
            ActorKind k = engine.actors().kind(lastProvider);
            switch (k) {
                case AIS:
                    return Destination.AIS_HOUSING;
                case SLSP:
                case SISP:
                case SWL:
                case SLRB:
                    return Destination.SOCIAL_HOUSING;
                case HOUSING_FIRST:
                    return Destination.HOUSING_FIRST;
                case IHP:
                    return Destination.PROTECTED_HOUSING;
                default:
                    break;
            }
        }
        return Destination.PRIVATE_RENTAL;
    }

    /** How a household lives when a situation of a kind opens and its tenure does not fit the kind. */
    private static Tenure tenureFor(SituationKind kind) {
        return switch (kind) {
            case INSTITUTION_EXIT -> Tenure.INSTITUTION;
            case HOMELESSNESS -> Tenure.NO_HOUSING;
            case PERMANENT_HABITAT -> Tenure.TOURIST_FACILITY;
            default -> Tenure.PRIVATE_TENANT;
        };
    }

    private static Tenure tenureIn(Destination d) {
        return switch (d) {
            case SOCIAL_HOUSING -> Tenure.SOCIAL_TENANT;
            case AIS_HOUSING -> Tenure.AIS_TENANT;
            case HOUSING_FIRST -> Tenure.PUBLIC_TENANT;
            case PROTECTED_HOUSING, TRANSIT_HOUSING -> Tenure.TRANSIT_HOUSING;
            default -> Tenure.PRIVATE_TENANT;
        };
    }

    // ---- a step ----------------------------------------------------------------------------------------------

    /** Whether the household, without an open situation, may enter one by incidence this step. */
    boolean idle() {
        return situation == null && reopenOn == null;
    }

    /**
     * Runs the household's part of a step: a situation coming back, the chance of worsening and resolution, the legal
     * clock, answers and measure ends, in date order.
     */
    void step(int t, LocalDate a, LocalDate b, Tally tally) {
        if (situation == null && reopenOn != null && reopenOn.isBefore(b)) {
            LocalDate d = notBeforeLast(reopenOn.isBefore(a) ? a : reopenOn);
            SituationKind kind = reopenKind;
            reopenOn = null;
            reopenKind = null;
            if (!SituationIncidence.defaultTenures(kind).contains(tenure())) {
                // a situation that comes back may find the household housed otherwise than it requires
                engine.population().tenure(index, tenureFor(kind));
                current = null;
            }
            open(kind, SituationIncidence.openStages(kind).get(0), d, d, tally, true);
        }
        LocalDate worsenOn = null;
        LocalDate resolveOn = null;
        int episodeAtStart = episode;
        if (situation != null && situation.openedOn().isBefore(a)) {
            boolean accompanied = activeMeasures > 0;
            long days = ChronoUnit.DAYS.between(a, b);
            if (engine.ladder().canWorsen(situation)
                    && draw(Draws.WORSEN, t, 0) < engine.stepProbability(situation.kind(), false, accompanied)) {
                worsenOn = a.plusDays((long) (draw(Draws.WORSEN_DAY, t, 0) * days));
            }
            if (!housingSecured
                    && draw(Draws.RESOLVE, t, 0) < engine.stepProbability(situation.kind(), true, accompanied)) {
                resolveOn = a.plusDays((long) (draw(Draws.RESOLVE_DAY, t, 0) * days));
            }
        }
        while (true) {
            Item item = nextItem();
            LocalDate next = item == null ? null : item.on;
            int what = 0;
            if (situation != null && legalOn != null && (next == null || legalOn.isBefore(next))) {
                next = legalOn;
                what = 1;
            }
            boolean same = situation != null && episode == episodeAtStart;
            if (same && worsenOn != null && (next == null || worsenOn.isBefore(next))) {
                next = worsenOn;
                what = 2;
            }
            if (same && resolveOn != null && (next == null || resolveOn.isBefore(next))) {
                next = resolveOn;
                what = 3;
            }
            if (next == null || !next.isBefore(b)) {
                break;
            }
            LocalDate on = notBeforeLast(next);
            switch (what) {
                case 0 -> {
                    items.remove(item);
                    apply(item, on, tally);
                }
                case 1 -> legal(on, tally);
                case 2 -> {
                    worsenOn = null;
                    if (engine.ladder().canWorsen(situation)) {
                        worsen(on, tally);
                    }
                }
                default -> {
                    resolveOn = null;
                    if (housingSecured) {
                        continue;
                    }
                    if (situation.kind() == SituationKind.INSTITUTION_EXIT) {
                        housingSecured = true;
                    } else {
                        resolve(on, tally);
                    }
                }
            }
        }
    }

    /** Processes the answers and measure ends due before a day, in date order (after the claims of a step). */
    void drain(LocalDate b, Tally tally) {
        while (true) {
            Item item = nextItem();
            if (item == null || !item.on.isBefore(b)) {
                return;
            }
            items.remove(item);
            apply(item, notBeforeLast(item.on), tally);
        }
    }

    private Item nextItem() {
        Item best = null;
        for (Item i : items) {
            if (best == null || i.on.isBefore(best.on)) {
                best = i;
            }
        }
        return best;
    }

    private void apply(Item i, LocalDate on, Tally tally) {
        int c = communeIndex();
        switch (i.type) {
            case ANSWER_ACCEPT -> {
                if (i.passerelle != null) {
                    append(PasserelleAnswered.of(i.passerelle, PasserelleStatus.ACCEPTED, on));
                    tally.add(c, Indicator.PASSERELLES_ACCEPTED);
                }
                contact(i.actor, on, tally);
                MeasureId id = MeasureId.of("m" + (++measureSeq));
                append(MeasureStarted.builder()
                        .measure(id)
                        .measureKind(i.measure)
                        .provider(engine.actors().id(i.actor))
                        .situation(situation.kind())
                        .on(on)
                        .build());
                tally.add(c, Indicator.MEASURES_STARTED);
                if (i.passerelle != null) {
                    append(PasserelleAnswered.of(i.passerelle, PasserelleStatus.IN_PROGRESS, on));
                }
                activeMeasures++;
                running.add(i.measure);
                if (accompanying < 0 && HOLDS_CASES.contains(engine.actors().kind(i.actor))) {
                    accompanying = i.actor;
                }
                lastProvider = i.actor;
                items.add(new Item(
                        on.plusDays(engine.behaviour().durationOf(i.measure)),
                        MEASURE_END,
                        i.actor,
                        i.passerelle,
                        i.measure,
                        i.rule,
                        id));
            }
            case ANSWER_DECLINE -> {
                if (i.passerelle != null) {
                    append(PasserelleAnswered.of(
                            i.passerelle, PasserelleStatus.REJECTED, on, StatusReason.HOUSEHOLD_DECLINED));
                    tally.add(c, Indicator.PASSERELLES_DECLINED);
                }
                tried.put(i.rule, DECLINED);
                if (i.measure == MeasureKind.BUDGET_GUIDANCE && !budgetGuidanceRefused) {
                    budgetGuidanceRefused = true;
                    if (situation instanceof EvictionThreat e) {
                        situation = EvictionThreat.builder()
                                .from(e)
                                .budgetGuidanceRefused(true)
                                .build();
                        current = null;
                    }
                }
            }
            default -> {
                // the suggestion stays acted on: a measure is not renewed within one situation
                endMeasure(i, on);
                activeMeasures--;
                running.remove(i.measure);
            }
        }
    }

    private void endMeasure(Item i, LocalDate on) {
        append(MeasureEnded.of(i.measureId, MeasureStatus.COMPLETED, on));
        if (i.passerelle != null) {
            append(PasserelleAnswered.of(i.passerelle, PasserelleStatus.COMPLETED, on));
        }
        engine.release(i.actor);
    }

    /** Records a first contact with an actor, and the pathway's first contact. */
    private void contact(int actor, LocalDate on, Tally tally) {
        for (int a : contacted) {
            if (a == actor) {
                return;
            }
        }
        int[] more = Arrays.copyOf(contacted, contacted.length + 1);
        more[contacted.length] = actor;
        contacted = more;
        append(FirstContact.of(engine.actors().id(actor), on));
        if (!firstContact) {
            firstContact = true;
            firstContactDays = (int) ChronoUnit.DAYS.between(firstOpenedOn, on);
            tally.add(communeIndex(), Indicator.FIRST_CONTACTS);
            tally.delay(communeIndex(), firstContactDays);
        }
    }

    private void worsen(LocalDate on, Tally tally) {
        Ladder.Worsening worsening = engine.ladder().worsen(this, situation, on);
        if (worsening instanceof Ladder.Worsening.Escalation) {
            chain(worsening.situation(), on, tally);
            return;
        }
        Situation next = worsening.situation();
        situation = next;
        current = null;
        if (Ladder.isWorsening(next)) {
            append(SituationWorsened.of(next.kind(), next.stage().name(), on));
            tally.add(communeIndex(), Indicator.SITUATIONS_WORSENED);
        }
        engine.ladder().schedule(this, next, on);
    }

    private void legal(LocalDate on, Tally tally) {
        int action = legalAction;
        if (action == Ladder.EXECUTION) {
            LocalDate allowed = engine.ladder().outsideMoratorium(this, on, region());
            if (allowed.isAfter(on)) {
                legalOn = allowed;
                return;
            }
        }
        Situation next = engine.ladder().applyLegal(this, situation, action, on);
        if (action == Ladder.RELEASE) {
            situation = next;
            if (housingSecured) {
                resolve(on, tally);
            } else {
                boolean emergency =
                        draw(Draws.DETAIL, episode, 100) < engine.behaviour().homelessOnRelease();
                homeless(emergency, on, tally);
            }
            return;
        }
        situation = next;
        current = null;
        append(SituationWorsened.of(next.kind(), next.stage().name(), on));
        tally.add(communeIndex(), Indicator.SITUATIONS_WORSENED);
        if (next.stage() == EvictionStage.EXECUTED) {
            tally.add(communeIndex(), Indicator.EVICTIONS_EXECUTED);
            boolean emergency =
                    draw(Draws.DETAIL, episode, 101) < engine.behaviour().emergencyAfterEviction();
            homeless(emergency, on, tally);
            return;
        }
        engine.ladder().schedule(this, next, on);
    }

    /** The household lost its home: homelessness opens, in emergency accommodation or with family or friends. */
    private void homeless(boolean emergency, LocalDate on, Tally tally) {
        engine.population().tenure(index, emergency ? Tenure.NO_HOUSING : Tenure.HOSTED);
        chain(Homelessness.of(emergency ? EthosCategory.E2_1 : EthosCategory.E8_1, on), on, tally);
    }

    // ---- advice and claims -----------------------------------------------------------------------------------

    /**
     * Asks the advisor on a day and turns new suggestions into claims for the sequential phase: at most the
     * behaviour's number a step, skipping suggestions already acted on in this situation, measures already
     * running, and those the household refuses to consent to.
     */
    void advise(LocalDate on, ActorTable.Epoch epoch, Tally tally) {
        if (situation == null) {
            return;
        }
        int referrer = accompanying >= 0 && epoch.capacity()[accompanying] != ActorTable.ABSENT ? accompanying : -1;
        Actor referrerActor = referrer >= 0 ? engine.actors().actor(referrer) : engine.intake(communeIndex());
        if (referrer < 0) {
            referrer = engine.actors().index(referrerActor.id());
        }
        List<Proposal> proposals = epoch.advising().advise(household(), referrerActor, on);
        int max = engine.behaviour().maxPasserellesPerStep();
        int c = communeIndex();
        for (Proposal p : proposals) {
            if (fresh.size() >= max) {
                break;
            }
            if (tried.containsKey(p.rule()) || running.contains(p.measure())) {
                continue;
            }
            boolean direct = p.referrerCanAct() && referrer >= 0;
            if (p.targets().isEmpty() && !direct) {
                if (unresolved.add(p.rule())) {
                    tally.add(c, Indicator.PASSERELLES_UNRESOLVED);
                }
                continue;
            }
            if (p.consentMissing()) {
                int key = p.purpose().ordinal();
                if (refusedConsents.contains(key)) {
                    tried.put(p.rule(), CONSENT_REFUSED);
                    continue;
                }
                if (draw(Draws.CONSENT, episode, key) < engine.behaviour().consentRate()) {
                    base = Household.builder()
                            .from(household())
                            .situations(List.of())
                            .addConsents(Consent.builder()
                                    .addAllRecipientKinds(p.consentKinds())
                                    .addDataCategories(DataCategory.values())
                                    .addPurposes(p.purpose())
                                    .givenOn(on)
                                    .build())
                            .build();
                    current = null;
                } else {
                    refusedConsents.add(key);
                    tried.put(p.rule(), CONSENT_REFUSED);
                    tally.add(c, Indicator.CONSENTS_REFUSED);
                    continue;
                }
            }
            int[] targets;
            if (direct) {
                targets = new int[] {referrer};
            } else {
                int n = 0;
                targets = new int[p.targets().size()];
                for (ActorId id : p.targets()) {
                    int a = engine.actors().index(id);
                    if (a >= 0 && a != referrer) {
                        targets[n++] = a;
                    }
                }
                targets = Arrays.copyOf(targets, n);
                if (n == 0) {
                    continue;
                }
            }
            tried.put(p.rule(), CLAIMED);
            fresh.add(new Claim(this, p.rule(), p.measure(), targets, on, fresh.size(), direct, referrerActor.id()));
        }
    }

    /** Makes the passerelle of a new claim to an actor, on a day. */
    void make(Claim claim, int actor, LocalDate on, Tally tally) {
        claim.passerelle = PasserelleId.of("p" + (++passerelleSeq));
        append(PasserelleMade.builder()
                .passerelle(claim.passerelle)
                .situation(situation.kind())
                .referrer(claim.referrer)
                .receiver(engine.actors().id(actor))
                .receiverKind(engine.actors().kind(actor))
                .measure(claim.measure)
                .on(on)
                .build());
        tally.add(communeIndex(), Indicator.PASSERELLES_MADE);
    }

    /** Schedules the answer to a claim given a place with an actor (or refused), on a day. */
    void answer(Claim claim, int actor, boolean accepted, LocalDate on) {
        items.add(new Item(
                on,
                accepted ? ANSWER_ACCEPT : ANSWER_DECLINE,
                actor,
                claim.passerelle,
                claim.measure,
                claim.rule,
                null));
    }

    /** The ordinal of a measure kind, for draws keyed by it. */
    static int key(MeasureKind measure) {
        return measure.ordinal();
    }
}
