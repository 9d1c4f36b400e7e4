package be.accompaniment.rules;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.SituationKind;

/**
 * What a rule's condition needs of the primitive facts known before any node is tested — the situation's stage, the
 * tenure, the region, the referrer's kind, the institution left — as bit masks, gathered at compile time from the
 * conditions every evaluation must meet. A rule whose guard does not admit the facts cannot fire, so its nodes are not
 * walked; one that is admitted is evaluated in full, which decides and explains. The stages a guard admits also index
 * the rule (see {@link CompiledBook}), so that the advisor only meets the rules of the situation's stage and asks
 * {@link #admitsAtStage(Facts)}. Mutable while compiled, then only read.
 */
final class Guard {
    // the bit of "no referrer": above every actor kind
    static final int NO_REFERRER = 63;

    private final SituationKind kind;
    private long stages = -1L;
    private long tenures = -1L;
    private long regions = -1L;
    private long referrers = -1L;
    private long institutions = -1L;

    Guard(SituationKind kind) {
        this.kind = kind;
    }

    /** A guard that admits what a condition (absent: none) needs, for a rule indexed by a situation kind. */
    static Guard of(SituationKind kind, Node when) {
        Guard guard = new Guard(kind);
        if (when != null) {
            when.narrow(guard);
        }
        return guard;
    }

    /** A stage condition: of another kind than the rule's, it never holds. */
    void stages(SituationKind of, long mask) {
        stages &= of == kind ? mask : 0L;
    }

    void tenures(long mask) {
        tenures &= mask;
    }

    void regions(long mask) {
        regions &= mask;
    }

    /** A referrer condition: it never holds without referrer. */
    void referrers(long mask) {
        referrers &= mask & ~(1L << NO_REFERRER);
    }

    /**
     * An institution condition. Only a rule indexed by institution exits is narrowed: it reads the situation being
     * evaluated, whose institution the facts hold; a rule of another kind reads the household's first institution exit,
     * which is not known before its nodes are walked.
     */
    void institutions(long mask) {
        if (kind == SituationKind.INSTITUTION_EXIT) {
            institutions &= mask;
        }
    }

    /** Whether the rule may fire for a situation at a stage, by ordinal. */
    boolean admitsStage(int stage) {
        return (stages & (1L << stage)) != 0;
    }

    /** Whether the facts of the situation being evaluated may make the rule fire. */
    boolean admits(Facts f) {
        return admitsStage(f.stage) && admitsAtStage(f);
    }

    /** Whether the facts may make the rule fire, their situation's stage being one {@link #admitsStage admitted}. */
    boolean admitsAtStage(Facts f) {
        int referrer = f.referrerKind < 0 ? NO_REFERRER : f.referrerKind;
        // without institution (another kind of situation), bit 63: set unless narrowed, and only exits are narrowed
        return (tenures & (1L << f.tenure)) != 0
                && (regions & (1L << f.region)) != 0
                && (referrers & (1L << referrer)) != 0
                && (institutions & (1L << f.institution)) != 0;
    }

    static {
        if (ActorKind.values().length > NO_REFERRER) {
            throw new IllegalStateException("actor kinds outgrew the referrer guard");
        }
        if (InstitutionType.values().length > 63) {
            throw new IllegalStateException("institution types outgrew the institution guard");
        }
    }
}
