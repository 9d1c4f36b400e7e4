package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Tenure;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.rules.calendar.BelgianHolidays;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rulebook compiled for one region: rules indexed by situation kind and stage in arrays, validity as epoch days,
 * conditions as {@link Node} predicates, templates with their candidate actors per commune. Immutable and thread-safe.
 */
final class CompiledBook {
    final Rulebook book;
    final CalendarView calendar;
    final CompiledRule[][] byKind;
    // by kind, then stage ordinal: the rules of the kind whose guard admits the stage, in the order of byKind
    final CompiledRule[][][] byStage;
    final Node[] nodes;
    // the rules by id, then first day: a rule's order is its position here
    final Rule[] ordered;

    CompiledBook(Rulebook book, CalendarView calendar, Candidates.Index index) {
        this.book = book;
        this.calendar = calendar;
        List<Node> nodes = new ArrayList<>();
        Map<String, DatedTable<?>> tables = new HashMap<>();
        book.parameters().forEach((name, p) -> tables.put(name, new DatedTable<>(p.values())));
        // a stable order of rules by id, then by first day, for the tie-break of suggestions
        List<Rule> ordered = new ArrayList<>(book.rules());
        ordered.sort(
                Comparator.comparing(Rule::id).thenComparing(r -> r.validity().from()));
        List<List<CompiledRule>> byKind = new ArrayList<>();
        for (int k = 0; k < SituationKind.values().length; k++) {
            byKind.add(new ArrayList<>());
        }
        for (Rule rule : book.rules()) {
            Node when = rule.when().map(c -> compile(c, nodes, tables)).orElse(null);
            CompiledTemplate[] templates = new CompiledTemplate[rule.suggest().size()];
            for (int i = 0; i < templates.length; i++) {
                SuggestionTemplate t = rule.suggest().get(i);
                if (t.deadline().flatMap(DeadlineRule::calendar).isPresent() && calendar == null) {
                    throw new InvalidInputException(
                            "rulebook " + book.id() + ": rule " + rule.id() + ": suggest[" + i + "].deadline",
                            "needs the legal calendar of " + book.region() + ", which the rulebook does not give "
                                    + "and the library does not bundle");
                }
                @SuppressWarnings("unchecked")
                DatedTable<Integer> days = t.deadline()
                        .flatMap(DeadlineRule::daysParameter)
                        .map(p -> (DatedTable<Integer>) tables.get(p))
                        .orElse(null);
                templates[i] = new CompiledTemplate(t, i, index.compile(t), days);
            }
            byKind.get(rule.situation().ordinal()).add(new CompiledRule(rule, ordered.indexOf(rule), when, templates));
        }
        this.byKind = byKind.stream().map(l -> l.toArray(new CompiledRule[0])).toArray(CompiledRule[][]::new);
        this.byStage = new CompiledRule[this.byKind.length][][];
        for (SituationKind kind : SituationKind.values()) {
            CompiledRule[] rules = this.byKind[kind.ordinal()];
            CompiledRule[][] stages = new CompiledRule[kind.stages().size()][];
            for (int stage = 0; stage < stages.length; stage++) {
                int at = stage;
                stages[stage] = Arrays.stream(rules)
                        .filter(r -> r.guard.admitsStage(at))
                        .toArray(CompiledRule[]::new);
            }
            this.byStage[kind.ordinal()] = stages;
        }
        this.nodes = nodes.toArray(new Node[0]);
        this.ordered = ordered.toArray(new Rule[0]);
    }

    private Node compile(Condition c, List<Node> nodes, Map<String, DatedTable<?>> tables) {
        int id = nodes.size();
        nodes.add(null); // reserve the id; children take the next ones
        Node node;
        if (c instanceof Condition.All all) {
            node = new Node.All(id, c, children(all.conditions(), nodes, tables));
        } else if (c instanceof Condition.Any any) {
            node = new Node.Any(id, c, children(any.conditions(), nodes, tables));
        } else if (c instanceof Condition.Not not) {
            node = new Node.Not(id, c, compile(not.condition(), nodes, tables));
        } else if (c instanceof Condition.HasSituation s) {
            node = new Node.HasSituation(id, c, s.kind());
        } else if (c instanceof Condition.StageIn s) {
            node = new Node.Stage(id, s);
        } else if (c instanceof Condition.OutcomeIn o) {
            node = new Node.Outcome(id, o);
        } else if (c instanceof Condition.InstitutionIn i) {
            node = new Node.Institution(id, i);
        } else if (c instanceof Condition.DaysUntil d) {
            node = new Node.DaysUntil(id, c, d.milestone(), d.days(), false);
        } else if (c instanceof Condition.DaysSince d) {
            node = new Node.DaysUntil(id, c, d.milestone(), d.days(), true);
        } else if (c instanceof Condition.MilestoneRecorded m) {
            node = new Node.Recorded(id, c, m.milestone(), m.recorded());
        } else if (c instanceof Condition.TenureIn t) {
            node = new Node.InSet(id, c, Node.InSet.TENURE, mask(t.tenures()), names(t.tenures()));
        } else if (c instanceof Condition.Minors m) {
            node = new Node.Count(id, c, false, m.count());
        } else if (c instanceof Condition.MinorsAtSchool m) {
            node = new Node.Count(id, c, true, m.count());
        } else if (c instanceof Condition.MemberAge m) {
            node = new Node.MemberAge(id, m);
        } else if (c instanceof Condition.IncomeCompared i) {
            @SuppressWarnings("unchecked")
            DatedTable<IncomeCeiling> table = (DatedTable<IncomeCeiling>) tables.get(i.parameter());
            node = new Node.Income(id, i, table);
        } else if (c instanceof Condition.RegionIn r) {
            node = new Node.InSet(id, c, Node.InSet.REGION, mask(r.regions()), names(r.regions()));
        } else if (c instanceof Condition.EthosIn e) {
            node = new Node.Ethos(id, e);
        } else if (c instanceof Condition.ConsentGiven g) {
            node = new Node.ConsentGiven(id, g);
        } else if (c instanceof Condition.ReferrerIn r) {
            node = new Node.InSet(id, c, Node.InSet.REFERRER, mask(r.kinds()), names(r.kinds()));
        } else {
            node = new Node.FactHolds(id, c, ((Condition.FactHolds) c).fact());
        }
        nodes.set(id, node);
        return node;
    }

    private Node[] children(List<Condition> conditions, List<Node> nodes, Map<String, DatedTable<?>> tables) {
        Node[] children = new Node[conditions.size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = compile(conditions.get(i), nodes, tables);
        }
        return children;
    }

    private static long mask(Iterable<? extends Enum<?>> constants) {
        long mask = 0;
        for (Enum<?> c : constants) {
            mask |= 1L << c.ordinal();
        }
        return mask;
    }

    private static String names(Iterable<? extends Enum<?>> constants) {
        List<String> names = new ArrayList<>();
        constants.forEach(c -> names.add(c.name()));
        return names.toString();
    }

    static {
        // the masks above hold one bit per constant
        if (ActorKind.values().length > 64
                || Tenure.values().length > 64
                || Region.values().length > 64
                || Arrays.stream(SituationKind.values())
                        .anyMatch(k -> k.stages().size() > 64)) {
            throw new IllegalStateException("an enum outgrew a 64-bit mask");
        }
    }

    /** A rule compiled: validity as epoch days, its condition and guard, its templates. */
    static final class CompiledRule {
        final Rule rule;
        final int order;
        final int fromDay;
        final int untilDay;
        final Node when;
        final Guard guard;
        final CompiledTemplate[] templates;

        CompiledRule(Rule rule, int order, Node when, CompiledTemplate[] templates) {
            this.rule = rule;
            this.order = order;
            this.fromDay = (int) rule.validity().from().toEpochDay();
            this.untilDay =
                    rule.validity().until().map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
            this.when = when;
            this.guard = Guard.of(rule.situation(), when);
            this.templates = templates;
        }
    }

    /** A template compiled: candidates per commune slot and variant, the DAYS table of its deadline if any. */
    static final class CompiledTemplate {
        final SuggestionTemplate template;
        final int index;
        // at slot * variants + variant: see Candidates.Index#compile
        final Candidates[] candidates;
        // the directory positions of every actor among the candidates of any commune
        final BitSet actors;
        // the best key of each element of candidates, read without touching the candidates
        final long[] bestKeys;
        final int variants;
        // the ordinal of the template's actor kind, -1 without one
        final int kind;
        final DatedTable<Integer> days;
        final DeadlineRule deadline;
        final boolean evictionDate;

        CompiledTemplate(SuggestionTemplate template, int index, Candidates[] candidates, DatedTable<Integer> days) {
            this.template = template;
            this.index = index;
            this.candidates = candidates;
            this.actors = Candidates.actors(candidates);
            this.bestKeys = new long[candidates.length];
            for (int i = 0; i < candidates.length; i++) {
                bestKeys[i] = candidates[i].bestKey();
            }
            this.variants = Candidates.Index.variants(template);
            this.kind = template.actorKind().map(Enum::ordinal).orElse(-1);
            this.days = days;
            this.deadline = template.deadline().orElse(null);
            this.evictionDate = deadline != null
                    && deadline.calendar().map(CalendarDeadline::isEvictionDate).orElse(false);
        }

        /**
         * Whether the referrer or one of its platform partners may be among the candidates of some commune: when not,
         * the candidates need no {@link Candidates#scan}.
         */
        boolean mayMeet(int referrerIndex, BitSet partners) {
            return (referrerIndex >= 0 && actors.get(referrerIndex)) || partners.intersects(actors);
        }

        /** The candidates in a commune slot for a referrer of a sector variant (ignored without sector bridge). */
        Candidates candidates(int slot, int variant) {
            return variants == 1 ? candidates[slot] : candidates[slot * variants + variant];
        }

        /** The best key of the candidates in a commune slot for a referrer of a sector variant. */
        long bestKey(int slot, int variant) {
            return variants == 1 ? bestKeys[slot] : bestKeys[slot * variants + variant];
        }

        /** The deadline's epoch day, or {@link Facts#NONE} when it cannot be computed. */
        int deadlineDay(Facts f, CalendarView calendar) {
            if (deadline == null) {
                return Facts.NONE;
            }
            switch (deadline.form()) {
                case MILESTONE -> {
                    int from = f.milestoneDay(deadline.milestone().orElseThrow());
                    int n = days(f);
                    if (from == Facts.NONE || n == Facts.NONE) {
                        return Facts.NONE;
                    }
                    if (!deadline.workingDays()) {
                        return from + n;
                    }
                    LocalDate start = LocalDate.ofEpochDay(from);
                    LocalDate end = n >= 0
                            ? BelgianHolidays.plusWorkingDays(start, n)
                            : BelgianHolidays.minusWorkingDays(start, -n);
                    return (int) end.toEpochDay();
                }
                case AFTER_AS_OF -> {
                    int n = days(f);
                    return n == Facts.NONE ? Facts.NONE : f.asOfDay + n;
                }
                default -> {
                    return calendar == null
                            ? Facts.NONE
                            : calendar.deadline(deadline.calendar().orElseThrow(), f);
                }
            }
        }

        private int days(Facts f) {
            if (days == null) {
                return deadline.days();
            }
            Integer n = days.on(f.asOfDay);
            return n == null ? Facts.NONE : n;
        }

        /** The references behind the deadline, computed lazily for explanations. */
        ImmutableList<LegalReference> references(
                LocalDate asOf,
                boolean socialHousing,
                boolean budgetGuidanceRefused,
                LocalDate countedFrom,
                CalendarView calendar) {
            if (deadline == null) {
                return ImmutableList.of();
            }
            if (deadline.form() == DeadlineRule.Form.CALENDAR) {
                return calendar == null || countedFrom == null
                        ? ImmutableList.of()
                        : calendar.references(
                                deadline.calendar().orElseThrow(), countedFrom, socialHousing, budgetGuidanceRefused);
            }
            if (days != null) {
                DatedValue<Integer> source = days.source();
                return source.valueOn(asOf).isPresent()
                        ? ImmutableList.of(source.referenceOn(asOf))
                        : ImmutableList.of();
            }
            return ImmutableList.of();
        }
    }
}
