package be.accompaniment.rules;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Member;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.SituationOutcome;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * A condition compiled into a predicate over {@link Facts}: sets become bit masks, bounds primitive ints, parameters
 * tables of primitive days. A node that holds records itself, with the value it saw, in the facts' trace; a node that
 * does not hold leaves the trace as it found it, so an {@code all} that fails partway undoes its children's records
 * and a {@code not} undoes those of a child that held.
 */
abstract class Node {
    final int id;
    final Condition source;

    Node(int id, Condition source) {
        this.id = id;
        this.source = source;
    }

    abstract boolean test(Facts f);

    /**
     * Narrows a rule's guard by what this node needs to hold. Only nodes whose holding is necessary for the rule's
     * condition are asked: the condition itself and, under an {@code all}, its children.
     */
    void narrow(Guard guard) {}

    /** The value the condition looks at, whether or not it holds; {@link Trace#NO_VALUE} if there is none. */
    long seen(Facts f) {
        return Trace.NO_VALUE;
    }

    /** Renders a recorded entry. */
    String render(long value, int extra) {
        return describe() + (value == Trace.NO_VALUE ? "" : " = " + value);
    }

    /** The condition in words, without the value seen. */
    abstract String describe();

    /** A composite in words: its kind and its children's descriptions, e.g. {@code all of (tenure in [...], ...)}. */
    private static String list(String kind, Node[] children) {
        StringBuilder text = new StringBuilder(kind).append(" of (");
        for (int i = 0; i < children.length; i++) {
            text.append(i == 0 ? "" : ", ").append(children[i].describe());
        }
        return text.append(')').toString();
    }

    static final class All extends Node {
        private final Node[] children;

        All(int id, Condition source, Node[] children) {
            super(id, source);
            this.children = children;
        }

        @Override
        boolean test(Facts f) {
            int mark = f.trace.mark();
            for (Node child : children) {
                if (!child.test(f)) {
                    f.trace.reset(mark);
                    return false;
                }
            }
            return true;
        }

        @Override
        void narrow(Guard guard) {
            for (Node child : children) {
                child.narrow(guard);
            }
        }

        @Override
        String describe() {
            return list("all", children);
        }
    }

    static final class Any extends Node {
        private final Node[] children;

        Any(int id, Condition source, Node[] children) {
            super(id, source);
            this.children = children;
        }

        @Override
        boolean test(Facts f) {
            // an alternative that fails has left the trace as it was
            for (Node child : children) {
                if (child.test(f)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        String describe() {
            return list("any", children);
        }
    }

    static final class Not extends Node {
        private final Node child;

        Not(int id, Condition source, Node child) {
            super(id, source);
            this.child = child;
        }

        @Override
        boolean test(Facts f) {
            int mark = f.trace.mark();
            boolean held = child.test(f);
            f.trace.reset(mark);
            if (!held) {
                f.trace.add(id, 0, child.seen(f));
                return true;
            }
            return false;
        }

        @Override
        String render(long value, int extra) {
            return "not (" + child.describe() + ")" + (value == Trace.NO_VALUE ? "" : ", seen " + child.show(value));
        }

        @Override
        String describe() {
            return "not (" + child.describe() + ")";
        }
    }

    /** The value as shown in an explanation; leaves holding an ordinal show the constant. */
    String show(long value) {
        return Long.toString(value);
    }

    static final class HasSituation extends Node {
        private final int bit;
        private final SituationKind kind;

        HasSituation(int id, Condition source, SituationKind kind) {
            super(id, source);
            this.kind = kind;
            this.bit = 1 << kind.ordinal();
        }

        @Override
        boolean test(Facts f) {
            if ((f.situationKinds() & bit) != 0) {
                f.trace.add(id, 0, Trace.NO_VALUE);
                return true;
            }
            return false;
        }

        @Override
        String describe() {
            return "situation " + kind.name();
        }
    }

    static final class Stage extends Node {
        private final long mask;
        private final SituationKind kind;
        private final String names;

        Stage(int id, Condition.StageIn source) {
            super(id, source);
            long m = 0;
            for (var s : source.stages()) {
                m |= 1L << s.ordinal();
            }
            this.mask = m;
            this.kind = source.kind();
            this.names = source.stages().stream().map(s -> s.name()).toList().toString();
        }

        @Override
        boolean test(Facts f) {
            if (f.situationKind != kind.ordinal()) {
                return false;
            }
            int stage = f.stage;
            if ((mask & (1L << stage)) != 0) {
                f.trace.add(id, 0, stage);
                return true;
            }
            return false;
        }

        @Override
        void narrow(Guard guard) {
            guard.stages(kind, mask);
        }

        @Override
        long seen(Facts f) {
            return f.situationKind == kind.ordinal() ? f.stage : Trace.NO_VALUE;
        }

        @Override
        String show(long value) {
            return kind.stages().get((int) value).name();
        }

        @Override
        String render(long value, int extra) {
            return "stage " + show(value) + " in " + names;
        }

        @Override
        String describe() {
            return "stage in " + names;
        }
    }

    static final class Outcome extends Node {
        private static final ImmutableList<SituationOutcome> ALL = SituationKind.INSALUBRITY.outcomes();
        private final SituationOutcome[] allowed;
        private final String names;

        Outcome(int id, Condition.OutcomeIn source) {
            super(id, source);
            this.allowed = source.outcomes().toArray(new SituationOutcome[0]);
            this.names = source.outcomes().stream().map(o -> o.name()).toList().toString();
        }

        @Override
        boolean test(Facts f) {
            long found = seen(f);
            if (found != Trace.NO_VALUE) {
                f.trace.add(id, 0, found);
                return true;
            }
            return false;
        }

        @Override
        long seen(Facts f) {
            Insalubrity x = f.insalubrityOfRule();
            if (x == null) {
                return Trace.NO_VALUE;
            }
            for (SituationOutcome o : allowed) {
                if (x.outcomes().contains(o)) {
                    return ALL.indexOf(o);
                }
            }
            return Trace.NO_VALUE;
        }

        @Override
        String show(long value) {
            return ALL.get((int) value).name();
        }

        @Override
        String render(long value, int extra) {
            return "outcome " + show(value) + " in " + names;
        }

        @Override
        String describe() {
            return "outcome in " + names;
        }
    }

    static final class Institution extends Node {
        private final int mask;
        private final String names;

        Institution(int id, Condition.InstitutionIn source) {
            super(id, source);
            int m = 0;
            for (InstitutionType t : source.types()) {
                m |= 1 << t.ordinal();
            }
            this.mask = m;
            this.names = source.types().toString();
        }

        @Override
        boolean test(Facts f) {
            long type = seen(f);
            if (type != Trace.NO_VALUE && (mask & (1 << type)) != 0) {
                f.trace.add(id, 0, type);
                return true;
            }
            return false;
        }

        @Override
        long seen(Facts f) {
            InstitutionExit x = f.institutionExitOfRule();
            return x == null ? Trace.NO_VALUE : x.institution().ordinal();
        }

        @Override
        void narrow(Guard guard) {
            guard.institutions(mask);
        }

        @Override
        String show(long value) {
            return InstitutionType.values()[(int) value].name();
        }

        @Override
        String render(long value, int extra) {
            return "institution " + show(value) + " in " + names;
        }

        @Override
        String describe() {
            return "institution in " + names;
        }
    }

    static final class DaysUntil extends Node {
        private final Milestone milestone;
        private final int min;
        private final int max;
        private final boolean since;
        private final Bounds bounds;

        DaysUntil(int id, Condition source, Milestone milestone, Bounds bounds, boolean since) {
            super(id, source);
            this.milestone = milestone;
            this.min = bounds.min();
            this.max = bounds.max();
            this.since = since;
            this.bounds = bounds;
        }

        @Override
        boolean test(Facts f) {
            int days = f.daysUntil(milestone);
            if (days == Facts.NONE) {
                return false;
            }
            if (since) {
                days = -days;
            }
            if (days >= min && days <= max) {
                f.trace.add(id, 0, days);
                return true;
            }
            return false;
        }

        @Override
        long seen(Facts f) {
            int days = f.daysUntil(milestone);
            return days == Facts.NONE ? Trace.NO_VALUE : since ? -days : days;
        }

        @Override
        String render(long value, int extra) {
            return (since ? "daysSince " : "daysUntil ") + milestone + " = " + value + " within " + bounds;
        }

        @Override
        String describe() {
            return (since ? "daysSince " : "daysUntil ") + milestone + " within " + bounds;
        }
    }

    static final class Recorded extends Node {
        private final Milestone milestone;
        private final boolean recorded;

        Recorded(int id, Condition source, Milestone milestone, boolean recorded) {
            super(id, source);
            this.milestone = milestone;
            this.recorded = recorded;
        }

        @Override
        boolean test(Facts f) {
            int day = f.milestoneDay(milestone);
            if ((day != Facts.NONE) == recorded) {
                f.trace.add(id, 0, day == Facts.NONE ? Trace.NO_VALUE : day);
                return true;
            }
            return false;
        }

        @Override
        long seen(Facts f) {
            int day = f.milestoneDay(milestone);
            return day == Facts.NONE ? Trace.NO_VALUE : day;
        }

        @Override
        String show(long value) {
            return LocalDate.ofEpochDay(value).toString();
        }

        @Override
        String render(long value, int extra) {
            return "milestone " + milestone + (recorded ? " set" : " unset")
                    + (value == Trace.NO_VALUE ? "" : " (" + show(value) + ")");
        }

        @Override
        String describe() {
            return "milestone " + milestone + (recorded ? " set" : " unset");
        }
    }

    /** A test of a household enum (tenure, region) or of the referrer's kind against a set. */
    static final class InSet extends Node {
        static final int TENURE = 0;
        static final int REGION = 1;
        static final int REFERRER = 2;

        private final long mask;
        private final int what;
        private final String names;

        InSet(int id, Condition source, int what, long mask, String names) {
            super(id, source);
            this.what = what;
            this.mask = mask;
            this.names = names;
        }

        @Override
        boolean test(Facts f) {
            long v = seen(f);
            if (v != Trace.NO_VALUE && (mask & (1L << v)) != 0) {
                f.trace.add(id, 0, v);
                return true;
            }
            return false;
        }

        @Override
        void narrow(Guard guard) {
            switch (what) {
                case TENURE -> guard.tenures(mask);
                case REGION -> guard.regions(mask);
                default -> guard.referrers(mask);
            }
        }

        @Override
        long seen(Facts f) {
            return switch (what) {
                case TENURE -> f.tenure;
                case REGION -> f.region;
                default -> f.referrerKind < 0 ? Trace.NO_VALUE : f.referrerKind;
            };
        }

        @Override
        String show(long value) {
            return switch (what) {
                case TENURE -> Tenure.values()[(int) value].name();
                case REGION -> Region.values()[(int) value].name();
                default -> ActorKind.values()[(int) value].name();
            };
        }

        private String label() {
            return what == TENURE ? "tenure" : what == REGION ? "region" : "referrer";
        }

        @Override
        String render(long value, int extra) {
            return label() + " " + show(value) + " in " + names;
        }

        @Override
        String describe() {
            return label() + " in " + names;
        }
    }

    /** A count of the household (minors, minors at school) within bounds. */
    static final class Count extends Node {
        private final boolean atSchool;
        private final int min;
        private final int max;
        private final Bounds bounds;

        Count(int id, Condition source, boolean atSchool, Bounds bounds) {
            super(id, source);
            this.atSchool = atSchool;
            this.min = bounds.min();
            this.max = bounds.max();
            this.bounds = bounds;
        }

        @Override
        boolean test(Facts f) {
            int n = atSchool ? f.minorsAtSchool() : f.minors();
            if (n >= min && n <= max) {
                f.trace.add(id, 0, n);
                return true;
            }
            return false;
        }

        @Override
        long seen(Facts f) {
            return atSchool ? f.minorsAtSchool() : f.minors();
        }

        @Override
        String render(long value, int extra) {
            return describeName() + " = " + value + " within " + bounds;
        }

        private String describeName() {
            return atSchool ? "minorsAtSchool" : "minors";
        }

        @Override
        String describe() {
            return describeName() + " within " + bounds;
        }
    }

    static final class MemberAge extends Node {
        private final int role;
        private final int min;
        private final int max;
        private final String label;

        MemberAge(int id, Condition.MemberAge source) {
            super(id, source);
            this.role = source.role().map(Enum::ordinal).orElse(-1);
            this.min = source.age().min();
            this.max = source.age().max();
            this.label = "memberAge" + source.role().map(r -> " " + r.name()).orElse("") + " within " + source.age();
        }

        @Override
        boolean test(Facts f) {
            ImmutableList<Member> members = f.household.members();
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                if (role >= 0 && m.role().ordinal() != role) {
                    continue;
                }
                int age = f.year - m.birthYear();
                if (age >= min && age <= max) {
                    f.trace.add(id, 0, age);
                    return true;
                }
            }
            return false;
        }

        @Override
        String render(long value, int extra) {
            return label.replace(" within ", " = " + value + " within ");
        }

        @Override
        String describe() {
            return label;
        }
    }

    static final class Income extends Node {
        private final boolean atMost;
        private final DatedTable<IncomeCeiling> table;

        Income(int id, Condition.IncomeCompared source, DatedTable<IncomeCeiling> table) {
            super(id, source);
            this.atMost = source.test() == Condition.IncomeTest.AT_MOST;
            this.table = table;
        }

        @Override
        boolean test(Facts f) {
            IncomeCeiling ceiling = table.on(f.asOfDay);
            if (ceiling == null) {
                return false;
            }
            long income = ceiling.basis() == IncomeBasis.YEARLY ? f.monthlyIncomeCents() * 12 : f.monthlyIncomeCents();
            long limit = ceiling.ceilingCents(f.couple(), f.minors());
            if (atMost ? income <= limit : income > limit) {
                f.trace.add(id, (int) Math.min(Integer.MAX_VALUE, limit), income);
                return true;
            }
            return false;
        }

        @Override
        String render(long value, int extra) {
            return "income " + value + " cents " + (atMost ? "<= " : "> ") + table.name() + " " + extra + " cents";
        }

        @Override
        String describe() {
            return "income " + (atMost ? "at most " : "above ") + table.name();
        }
    }

    static final class Ethos extends Node {
        private final long mask;
        private final String names;

        Ethos(int id, Condition.EthosIn source) {
            super(id, source);
            long m = 0;
            for (EthosCategory c : source.categories()) {
                m |= 1L << c.ordinal();
            }
            this.mask = m;
            this.names = source.codes().toString();
        }

        @Override
        boolean test(Facts f) {
            long hit = f.ethosCategories() & mask;
            if (hit != 0) {
                f.trace.add(id, 0, Long.numberOfTrailingZeros(hit));
                return true;
            }
            return false;
        }

        @Override
        String show(long value) {
            return EthosCategory.values()[(int) value].code();
        }

        @Override
        String render(long value, int extra) {
            return "ethos " + show(value) + " in " + names;
        }

        @Override
        String describe() {
            return "ethos in " + names;
        }
    }

    static final class ConsentGiven extends Node {
        private final ActorKind kind;
        private final Purpose purpose;

        ConsentGiven(int id, Condition.ConsentGiven source) {
            super(id, source);
            this.kind = source.actorKind();
            this.purpose = source.purpose();
        }

        @Override
        boolean test(Facts f) {
            if (f.consentCovers(kind, purpose)) {
                f.trace.add(id, 0, Trace.NO_VALUE);
                return true;
            }
            return false;
        }

        @Override
        String describe() {
            return "consent for " + kind + " for " + purpose;
        }
    }

    static final class FactHolds extends Node {
        private final Fact fact;

        FactHolds(int id, Condition source, Fact fact) {
            super(id, source);
            this.fact = fact;
        }

        @Override
        boolean test(Facts f) {
            if (f.fact(fact)) {
                f.trace.add(id, 0, Trace.NO_VALUE);
                return true;
            }
            return false;
        }

        @Override
        String describe() {
            return "fact " + fact;
        }
    }
}
