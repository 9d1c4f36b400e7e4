package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import be.accompaniment.internal.Checks;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.SituationStage;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A referral rule of a rulebook: when a household in a situation of its kind meets its condition on a date within its
 * validity, it suggests one or more passerelles, citing the law behind them.
 *
 * <p>A rule is indexed by the situation kind it answers; its stage, milestone and deadline tests read that situation.
 * A new version of a rule is either a new id or the same id with a validity that does not overlap the previous one
 * (history stays, as in OpenFisca's dated formulas). JSON:
 *
 * <pre>{@code
 * {"id":"eviction-cpas-contact","labels":{"fr":"…","nl":"…","de":"…","en":"…"},"validity":{"from":"1998-12-01"},
 *  "references":[{"title":"Code judiciaire","article":"art. 1344ter"}],"situation":"EVICTION_THREAT",
 *  "when":{"stage":{"in":["FILED","CPAS_NOTIFIED","HEARING_SET"]}},
 *  "suggest":[{"actorKind":"CPAS","measure":"CPAS_CONTACT","urgency":"HIGH"}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Rule {
    /** The form of a rule or rulebook id: lower-case letters, digits and hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    Rule() {}

    /** A builder; every attribute is required except {@code when}, and at least one reference and one suggestion. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rule's id, e.g. {@code "eviction-cpas-contact"}: lower-case letters, digits and hyphens. */
    public abstract String id();

    /** The rule's title in the four languages. */
    public abstract LocalizedText labels();

    /** The days the rule is in force; a repealed rule keeps its history with an end date. */
    public abstract Period validity();

    /** The legal texts the rule applies, at least one. */
    public abstract ImmutableList<LegalReference> references();

    /** The situation kind the rule answers and is indexed by. */
    public abstract SituationKind situation();

    /** The condition, if any; without one the rule fires for every situation of its kind. */
    public abstract Optional<Condition> when();

    /** What the rule suggests, at least one. */
    public abstract ImmutableList<SuggestionTemplate> suggest();

    /**
     * Whether the rule is in force on a day.
     *
     * @param day the day, not null
     * @return whether its validity contains the day
     */
    public boolean isValidOn(java.time.LocalDate day) {
        return validity().contains(day);
    }

    @Value.Check
    final void check() {
        Checks.that(
                ID.matcher(id()).matches(),
                "id",
                () -> "rule",
                () -> "must be lower-case letters, digits and hyphens, was \"" + id() + "\"");
        Checks.notEmpty(references(), "references", this::describe);
        Checks.notEmpty(suggest(), "suggest", this::describe);
        when().ifPresent(c -> checkCondition(c, "when"));
        for (int i = 0; i < suggest().size(); i++) {
            int index = i;
            suggest()
                    .get(i)
                    .deadline()
                    .flatMap(DeadlineRule::milestone)
                    .ifPresent(m -> checkMilestone(m, "suggest[" + index + "].deadline.milestone"));
        }
    }

    private void checkCondition(Condition condition, String path) {
        if (condition instanceof Condition.All all) {
            for (int i = 0; i < all.conditions().size(); i++) {
                checkCondition(all.conditions().get(i), path + ".all[" + i + "]");
            }
        } else if (condition instanceof Condition.Any any) {
            for (int i = 0; i < any.conditions().size(); i++) {
                checkCondition(any.conditions().get(i), path + ".any[" + i + "]");
            }
        } else if (condition instanceof Condition.Not not) {
            checkCondition(not.condition(), path + ".not");
        } else if (condition instanceof Condition.StageIn stages) {
            for (SituationStage s : stages.stages()) {
                if (s.kind() != situation()) {
                    throw new InvalidInputException(
                            describe() + ": " + path + ".stage.in",
                            "must name stages of " + situation() + ", was " + s.name() + " of " + s.kind());
                }
            }
        } else if (condition instanceof Condition.DaysUntil d) {
            checkMilestone(d.milestone(), path + ".daysUntil.milestone");
        } else if (condition instanceof Condition.DaysSince d) {
            checkMilestone(d.milestone(), path + ".daysSince.milestone");
        } else if (condition instanceof Condition.MilestoneRecorded m) {
            checkMilestone(m.milestone(), path + ".milestone." + (m.recorded() ? "set" : "unset"));
        }
    }

    private void checkMilestone(Milestone milestone, String path) {
        if (!situation().milestones().contains(milestone)) {
            throw new InvalidInputException(
                    describe() + ": " + path,
                    "must be a milestone of " + situation() + " " + situation().milestones() + ", was " + milestone);
        }
    }

    private String describe() {
        return "rule " + id();
    }

    /** Builds a {@link Rule}. */
    public static final class Builder extends ImmutableRule.Builder {
        Builder() {}
    }
}
