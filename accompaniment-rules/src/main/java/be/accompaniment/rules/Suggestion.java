package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Purpose;
import be.accompaniment.i18n.Language;
import be.accompaniment.law.LegalReference;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.passerelle.ConsentStatus;
import be.accompaniment.passerelle.Passerelle;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.rules.calendar.CompetentCpas;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A suggested passerelle: the rule that fired for one of the household's situations, the measure and urgency, the
 * deadline from the legal calendar, the ranked target actors with their fit reasons, every condition that held with
 * the values seen, the legal references, and whether the household's consent to share its data is given.
 *
 * <p>When {@link #consent()} is {@link ConsentStatus#MISSING}, the suggestion is to ask the household's consent first,
 * not to share: {@link #toPasserelle(PasserelleId)} then gives a draft. When no actor serves the commune, the
 * suggestion is {@link #unresolved()}: it still says what the household needs.
 *
 * <p>Explanations ({@link #conditions()}, {@link #deadline()}'s references) are rendered on first use. Immutable and
 * thread-safe.
 */
public final class Suggestion {
    private final CompiledBook book;
    private final CompiledBook.CompiledRule rule;
    private final CompiledBook.CompiledTemplate template;
    private final Household household;
    private final Actor referrer;
    private final LocalDate asOf;
    private final Situation situation;
    private final int situationIndex;
    private final NisCode commune;
    private final CompetentCpas competence;
    private final Candidates candidates;
    private final boolean referrerIsCandidate;
    private final int deadlineDay;
    private final ConsentStatus consent;
    private final long[] trace;
    // the ranking's keys, read once
    private final int urgency;
    private final long bestKey;

    // rendered on first use; racing threads render equal values
    private ImmutableList<HeldCondition> conditions;
    private Optional<DueDate> deadline;

    Suggestion(
            CompiledBook book,
            CompiledBook.CompiledRule rule,
            CompiledBook.CompiledTemplate template,
            Facts f,
            int situationIndex,
            NisCode commune,
            CompetentCpas competence,
            Candidates candidates,
            long bestKey,
            boolean referrerIsCandidate,
            int deadlineDay,
            ConsentStatus consent,
            long[] trace) {
        this.book = book;
        this.rule = rule;
        this.template = template;
        this.household = f.household;
        this.referrer = f.referrer;
        this.asOf = f.asOf;
        this.situation = f.situation;
        this.situationIndex = situationIndex;
        this.commune = commune;
        this.competence = competence;
        this.candidates = candidates;
        this.referrerIsCandidate = referrerIsCandidate;
        this.deadlineDay = deadlineDay;
        this.consent = consent;
        this.trace = trace;
        this.urgency = template.template.urgency().ordinal();
        this.bestKey = bestKey;
    }

    /** The rule that fired. */
    public Rule rule() {
        return rule.rule;
    }

    /** The id of the rule that fired. */
    public String ruleId() {
        return rule.rule.id();
    }

    /** The rule's title in the four languages. */
    public LocalizedText labels() {
        return rule.rule.labels();
    }

    /**
     * The rule's title in a language.
     *
     * @param language the language, not null
     * @return the title
     */
    public String label(Language language) {
        return rule.rule.labels().in(language);
    }

    /** The id of the rulebook the rule belongs to. */
    public String rulebookId() {
        return book.book.id();
    }

    /** The household. */
    public HouseholdId household() {
        return household.id();
    }

    /** The as-of date of the advice. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The referrer of the advice, if any. */
    public Optional<Actor> referrer() {
        return Optional.ofNullable(referrer);
    }

    /** The household's situation the rule answered. */
    public Situation situation() {
        return situation;
    }

    /** The kind of that situation. */
    public SituationKind situationKind() {
        return situation.kind();
    }

    /** The position of that situation among the household's situations. */
    public int situationIndex() {
        return situationIndex;
    }

    /** The suggestion template of the rule that gave this suggestion. */
    public SuggestionTemplate template() {
        return template.template;
    }

    /** The position of the template among the rule's suggestions. */
    public int templateIndex() {
        return template.index;
    }

    /** The measure proposed. */
    public MeasureKind measure() {
        return template.template.measure();
    }

    /** How soon to act. */
    public Urgency urgency() {
        return template.template.urgency();
    }

    /** The deadline, when the rule gives one and it can be computed. */
    public Optional<DueDate> deadline() {
        Optional<DueDate> d = deadline;
        if (d == null) {
            d = deadlineDay == Facts.NONE ? Optional.empty() : Optional.of(renderDeadline());
            deadline = d;
        }
        return d;
    }

    /** The deadline's day, if any: the day the ranking uses. */
    public Optional<LocalDate> deadlineOn() {
        return deadlineDay == Facts.NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(deadlineDay));
    }

    private DueDate renderDeadline() {
        DeadlineRule basis = template.deadline;
        LocalDate from = countedFrom(basis);
        return DueDate.builder()
                .on(LocalDate.ofEpochDay(deadlineDay))
                .basis(basis)
                .countedFrom(Optional.ofNullable(from))
                .references(template.references(
                        asOf,
                        Facts.socialHousing(household),
                        Facts.budgetGuidanceRefused(household, situation),
                        from,
                        book.calendar))
                .isEvictionDate(template.evictionDate)
                .isOverdue(deadlineDay < asOf.toEpochDay())
                .build();
    }

    private LocalDate countedFrom(DeadlineRule basis) {
        return switch (basis.form()) {
            case MILESTONE ->
                situation.milestone(basis.milestone().orElseThrow()).orElse(null);
            case AFTER_AS_OF -> asOf;
            case CALENDAR ->
                switch (basis.calendar().orElseThrow()) {
                    case EARLIEST_EXECUTION ->
                        situation.milestone(Milestone.SERVICE_OF_JUDGMENT).orElse(null);
                    case EXECUTION_NOTICE ->
                        situation.milestone(Milestone.EXECUTION_NOTICE).orElse(null);
                    case SWL_TAKEOVER -> situation.milestone(Milestone.DECREE).orElse(null);
                    case CPAS_FORWARDING, MORATORIUM_END -> asOf;
                };
        };
    }

    /**
     * The actors that could take the household up, best first: every actor of the template's kind and/or service
     * that serves the commune searched ({@link #commune()}), except the referrer itself.
     */
    public ImmutableList<TargetActor> targets() {
        return candidates.targets;
    }

    /** The best-ranked target, if any actor serves. */
    public Optional<TargetActor> bestTarget() {
        return candidates.targets.isEmpty() ? Optional.empty() : Optional.of(candidates.targets.get(0));
    }

    /** Whether no actor other than the referrer serves the commune with what the suggestion needs. */
    public boolean unresolved() {
        return candidates.targets.isEmpty();
    }

    /** Whether the referrer itself is one of the actors the suggestion looks for, and so can act on it directly. */
    public boolean referrerIsCandidate() {
        return referrerIsCandidate;
    }

    /** The commune whose actors were searched: the household's, or the competent CPAS's commune. */
    public NisCode commune() {
        return commune;
    }

    /** The CPAS competence found under the loi du 2 avril 1965, for a suggestion that targets the competent CPAS. */
    public Optional<CompetentCpas> competence() {
        return Optional.ofNullable(competence);
    }

    /** Every condition that held, with the values seen, in the order evaluated. */
    public ImmutableList<HeldCondition> conditions() {
        ImmutableList<HeldCondition> c = conditions;
        if (c == null) {
            ImmutableList.Builder<HeldCondition> b = ImmutableList.builder();
            for (int i = 0; i < trace.length; i += 2) {
                Node node = book.nodes[Trace.node(trace[i])];
                b.add(new HeldCondition(node.source, node.render(trace[i + 1], Trace.extra(trace[i]))));
            }
            c = b.build();
            conditions = c;
        }
        return c;
    }

    /** The legal texts: the rule's, then those behind the deadline. */
    public ImmutableList<LegalReference> references() {
        Set<LegalReference> all = new LinkedHashSet<>(rule.rule.references());
        deadline().ifPresent(d -> all.addAll(d.references()));
        return ImmutableList.copyOf(all);
    }

    /** Whether acting on the suggestion shares the household's data with the target. */
    public boolean sharesData() {
        return template.template.sharesData();
    }

    /** The purpose the consent must cover when data is shared. */
    public Purpose purpose() {
        return template.template.purpose();
    }

    /**
     * The household's consent to share its data with the best target for the purpose: NOT_REQUIRED when nothing is
     * shared, GIVEN when an active consent covers it, MISSING otherwise — then ask for consent first.
     */
    public ConsentStatus consent() {
        return consent;
    }

    /**
     * The passerelle from the advice's referrer to the best target: requested, or a draft when consent is missing.
     *
     * @param id the passerelle's id, not null
     * @return the passerelle, created on the as-of date
     * @throws InvalidInputException if the advice has no referrer or the suggestion is unresolved
     */
    public Passerelle toPasserelle(PasserelleId id) {
        Objects.requireNonNull(id, "id");
        if (referrer == null) {
            throw new InvalidInputException(
                    "suggestion " + ruleId(), "needs the advice's referrer to make a passerelle, was none");
        }
        return toPasserelle(
                id,
                referrer.id(),
                bestTarget()
                        .orElseThrow(() -> new InvalidInputException(
                                "suggestion " + ruleId(), "has no target actor serving commune " + commune))
                        .actor());
    }

    /**
     * The passerelle from a referrer to one of the targets: requested, or a draft when the household's consent to
     * share with that target is missing.
     *
     * @param id the passerelle's id, not null
     * @param referrer the referring actor, not null, not the receiver
     * @param receiver the receiving actor, one of {@link #targets()}, not null
     * @return the passerelle, created on the as-of date
     * @throws InvalidInputException if the receiver is not a target of the suggestion
     */
    public Passerelle toPasserelle(PasserelleId id, ActorId referrer, Actor receiver) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(receiver, "receiver");
        if (candidates.targets.stream().noneMatch(t -> t.actor().id().equals(receiver.id()))) {
            throw new InvalidInputException(
                    "suggestion " + ruleId() + ": receiver", "must be one of its targets, was " + receiver.id());
        }
        ConsentStatus status = consentFor(receiver);
        if (status == ConsentStatus.MISSING) {
            return Passerelle.draft(
                    id,
                    household.id(),
                    situation.kind(),
                    referrer,
                    receiver.id(),
                    receiver.kind(),
                    measure(),
                    status,
                    asOf);
        }
        return Passerelle.requested(
                id,
                household.id(),
                situation.kind(),
                referrer,
                receiver.id(),
                receiver.kind(),
                measure(),
                status,
                asOf);
    }

    /**
     * The household's consent to share its data with an actor for this suggestion's purpose on the as-of date.
     *
     * @param receiver the actor, not null
     * @return NOT_REQUIRED, GIVEN or MISSING
     */
    public ConsentStatus consentFor(Actor receiver) {
        Objects.requireNonNull(receiver, "receiver");
        if (!sharesData()) {
            return ConsentStatus.NOT_REQUIRED;
        }
        return household.hasConsent(receiver.kind(), receiver.id(), purpose(), asOf)
                ? ConsentStatus.GIVEN
                : ConsentStatus.MISSING;
    }

    int deadlineDay() {
        return deadlineDay;
    }

    long bestKey() {
        return bestKey;
    }

    int urgencyRank() {
        return urgency;
    }

    int ruleOrder() {
        return rule.order;
    }

    /** Equal when the same rule and template fired for the same situation with the same targets, deadline and trace. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Suggestion s
                && rule.rule.equals(s.rule.rule)
                && template.index == s.template.index
                && situationIndex == s.situationIndex
                && deadlineDay == s.deadlineDay
                && consent == s.consent
                && referrerIsCandidate == s.referrerIsCandidate
                && asOf.equals(s.asOf)
                && household.id().equals(s.household.id())
                && commune.equals(s.commune)
                && candidates.targets.equals(s.candidates.targets)
                && Arrays.equals(trace, s.trace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule.rule.id(), template.index, situationIndex, deadlineDay, household.id(), asOf);
    }

    /** Rule, measure, urgency, deadline and best target; never personal data. */
    @Override
    public String toString() {
        return "Suggestion{" + ruleId() + "#" + template.index + ", " + measure() + ", " + urgency()
                + deadlineOn().map(d -> ", by " + d).orElse("")
                + bestTarget().map(t -> ", to " + t.actor().id()).orElse(", unresolved") + ", consent " + consent
                + "}";
    }
}
