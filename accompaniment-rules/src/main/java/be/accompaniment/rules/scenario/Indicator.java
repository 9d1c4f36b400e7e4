package be.accompaniment.rules.scenario;

import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.SituationKind;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure a simulation reports for each step and area, named as in the {@code measure} column of its tidy CSV:
 * stocks at the end of the step (households by status, by open situation and by ETHOS category, passerelles
 * waiting, actor load and capacity), flows during the step (situations opened, worsened and resolved; passerelles
 * made, accepted, declined and unresolved; first contacts; evictions executed; relocations and upgrades) and two
 * derived figures (median days to first contact, share stabilised).
 *
 * <p>The catalogue is fixed: {@link #all()} lists every indicator in the order of the CSV. Immutable and
 * thread-safe.
 */
public final class Indicator {
    private static final int STOCK = 0;
    private static final int FLOW = 1;
    private static final int DERIVED = 2;
    private static final ImmutableList.Builder<Indicator> ALL = ImmutableList.builder();
    private static int count;

    /** Households living in the area (stock). */
    public static final Indicator HOUSEHOLDS = add("households", STOCK);
    /** Households with no open situation and none stabilised yet (stock). */
    public static final Indicator STATUS_NO_SITUATION = add("status_no_situation", STOCK);
    /** Households in a situation without a measure running (stock). */
    public static final Indicator STATUS_WAITING = add("status_waiting", STOCK);
    /** Households in a situation with a measure running (stock). */
    public static final Indicator STATUS_ACCOMPANIED = add("status_accompanied", STOCK);
    /** Households stabilised after their last situation (stock). */
    public static final Indicator STATUS_STABILISED = add("status_stabilised", STOCK);

    private static final ImmutableMap<SituationKind, Indicator> SITUATIONS = situations();
    private static final ImmutableMap<EthosCategory, Indicator> ETHOS = ethos();

    /** Households that have had a situation since the start, including one open on the first day (stock). */
    public static final Indicator EVER_IN_SITUATION = add("ever_in_situation", STOCK);
    /** Passerelles made and waiting for a place with their actor (stock). */
    public static final Indicator PASSERELLES_WAITING = add("passerelles_waiting", STOCK);
    /** Households followed by the actors seated in the area (stock). */
    public static final Indicator ACTOR_LOAD = add("actor_load", STOCK);
    /** Capacity of the actors seated in the area whose capacity is known (stock). */
    public static final Indicator ACTOR_CAPACITY = add("actor_capacity", STOCK);
    /** Actors seated in the area with a known capacity and no free place (stock). */
    public static final Indicator ACTORS_FULL = add("actors_full", STOCK);
    /** Situations opened during the step (flow). */
    public static final Indicator SITUATIONS_OPENED = add("situations_opened", FLOW);
    /** Situations that moved to a worse stage during the step (flow). */
    public static final Indicator SITUATIONS_WORSENED = add("situations_worsened", FLOW);
    /** Situations resolved during the step (flow). */
    public static final Indicator SITUATIONS_RESOLVED = add("situations_resolved", FLOW);
    /** Passerelles made during the step (flow). */
    public static final Indicator PASSERELLES_MADE = add("passerelles_made", FLOW);
    /** Passerelles accepted during the step (flow). */
    public static final Indicator PASSERELLES_ACCEPTED = add("passerelles_accepted", FLOW);
    /** Passerelles declined during the step (flow). */
    public static final Indicator PASSERELLES_DECLINED = add("passerelles_declined", FLOW);
    /** Suggestions for which no actor serves the household, counted once per suggestion and situation (flow). */
    public static final Indicator PASSERELLES_UNRESOLVED = add("passerelles_unresolved", FLOW);
    /** Households who did not consent to share their data for a suggestion (flow). */
    public static final Indicator CONSENTS_REFUSED = add("consents_refused", FLOW);
    /** Measures started during the step (flow). */
    public static final Indicator MEASURES_STARTED = add("measures_started", FLOW);
    /** Households whose pathway had its first contact during the step (flow). */
    public static final Indicator FIRST_CONTACTS = add("first_contacts", FLOW);
    /** Evictions carried out during the step (flow). */
    public static final Indicator EVICTIONS_EXECUTED = add("evictions_executed", FLOW);
    /** Households that moved to other housing during the step (flow). */
    public static final Indicator RELOCATIONS = add("relocations", FLOW);
    /** Dwellings brought up to standard during the step (flow). */
    public static final Indicator UPGRADES = add("upgrades", FLOW);
    /** Median days from a household's first situation to its first contact, over the step's first contacts. */
    public static final Indicator MEDIAN_DAYS_TO_FIRST_CONTACT = add("median_days_to_first_contact", DERIVED);
    /** Share of the households ever in a situation that are stabilised ({@link #STATUS_STABILISED} over
     * {@link #EVER_IN_SITUATION}). */
    public static final Indicator SHARE_STABILISED = add("share_stabilised", DERIVED);

    private static final ImmutableList<Indicator> LIST = ALL.build();
    private static final ImmutableMap<String, Indicator> BY_NAME =
            LIST.stream().collect(ImmutableMap.toImmutableMap(Indicator::name, i -> i));

    private final String name;
    private final int kind;
    private final int index;

    private Indicator(String name, int kind, int index) {
        this.name = name;
        this.kind = kind;
        this.index = index;
    }

    private static Indicator add(String name, int kind) {
        Indicator i = new Indicator(name, kind, count++);
        ALL.add(i);
        return i;
    }

    private static ImmutableMap<SituationKind, Indicator> situations() {
        ImmutableMap.Builder<SituationKind, Indicator> b = ImmutableMap.builder();
        for (SituationKind k : SituationKind.values()) {
            b.put(k, add("situation_" + k.code(), STOCK));
        }
        return b.build();
    }

    private static ImmutableMap<EthosCategory, Indicator> ethos() {
        ImmutableMap.Builder<EthosCategory, Indicator> b = ImmutableMap.builder();
        for (EthosCategory c : EthosCategory.values()) {
            b.put(c, add("ethos_" + c.code(), STOCK));
        }
        return b.build();
    }

    /** Every indicator, in the order of the CSV. */
    public static ImmutableList<Indicator> all() {
        return LIST;
    }

    /**
     * The indicator with a name.
     *
     * @param name a name such as {@code "passerelles_made"}, not null
     * @return the indicator, or empty
     */
    public static Optional<Indicator> named(String name) {
        return Optional.ofNullable(BY_NAME.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Households with an open situation of a kind (stock), e.g. {@code situation_eviction-threat}.
     *
     * @param kind the kind, not null
     * @return the indicator
     */
    public static Indicator situation(SituationKind kind) {
        return SITUATIONS.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Households whose open situation is in an ETHOS category (stock), e.g. {@code ethos_9.1}.
     *
     * @param category the category, not null
     * @return the indicator
     */
    public static Indicator ethos(EthosCategory category) {
        return ETHOS.get(Objects.requireNonNull(category, "category"));
    }

    /**
     * Households in a status (stock).
     *
     * @param status the status, not null
     * @return the indicator
     */
    public static Indicator status(HouseholdStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case NO_SITUATION -> STATUS_NO_SITUATION;
            case WAITING -> STATUS_WAITING;
            case ACCOMPANIED -> STATUS_ACCOMPANIED;
            case STABILISED -> STATUS_STABILISED;
        };
    }

    /** The name, as in the CSV's {@code measure} column, e.g. {@code "passerelles_made"}. */
    public String name() {
        return name;
    }

    /** Whether the figure is a count over the step rather than a state at its end. */
    public boolean isFlow() {
        return kind == FLOW;
    }

    /** Whether the figure is a count that adds up over communes into basins and regions. */
    public boolean isCount() {
        return kind != DERIVED;
    }

    /** The position in {@link #all()}. */
    int index() {
        return index;
    }

    /** The name. */
    @Override
    public String toString() {
        return name;
    }
}
