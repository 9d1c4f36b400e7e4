package be.accompaniment.rules;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.household.Purpose;
import be.accompaniment.internal.Checks;
import be.accompaniment.measure.MeasureKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rule suggests when it fires: a passerelle to actors of a kind and/or offering a service, proposing a measure,
 * with an urgency, an optional deadline, a sector preference, and whether acting on it shares the household's data.
 *
 * <p>JSON: {@code {"actorKind":"CPAS","service":"BUDGET_GUIDANCE","measure":"BUDGET_GUIDANCE","urgency":"HIGH",
 * "deadline":{…},"sector":"BRIDGE","sharesData":true,"purpose":"REFERRAL","competentCpas":false}}; {@code actorKind}
 * or {@code service} (or both) is required, {@code deadline} and {@code sector} are optional, {@code sharesData} and
 * {@code competentCpas} default to false and {@code purpose} to REFERRAL.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
public abstract class SuggestionTemplate {
    SuggestionTemplate() {}

    /** A builder; {@code measure} and {@code urgency} are required, and {@code actorKind} or {@code service}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The kind of actor to bridge to, if the suggestion names one. */
    public abstract Optional<ActorKind> actorKind();

    /** The service the target actors must offer, if the suggestion names one. */
    public abstract Optional<ServiceKind> service();

    /** The measure proposed. */
    public abstract MeasureKind measure();

    /** How soon to act. */
    public abstract Urgency urgency();

    /** How the deadline is computed, if there is one. */
    public abstract Optional<DeadlineRule> deadline();

    /** Which sector's actors rank first, if any. */
    public abstract Optional<SectorPreference> sector();

    /** Whether acting on the suggestion shares the household's data with the target; then consent is needed. */
    @Value.Default
    public boolean sharesData() {
        return false;
    }

    /** The purpose the household's consent must cover when the suggestion shares data. */
    @Value.Default
    public Purpose purpose() {
        return Purpose.REFERRAL;
    }

    /**
     * Whether the target is the CPAS of the commune competent under the loi du 2 avril 1965 (for a person leaving a
     * listed establishment, the commune of registration at admission) rather than the household's commune; requires
     * {@code actorKind} CPAS.
     */
    @Value.Default
    public boolean competentCpas() {
        return false;
    }

    @Value.Check
    final void check() {
        Checks.that(
                actorKind().isPresent() || service().isPresent(),
                "actorKind",
                () -> "suggestion",
                () -> "must be given, or service, was neither");
        Checks.that(
                !competentCpas() || actorKind().equals(Optional.of(ActorKind.CPAS)),
                "competentCpas",
                () -> "suggestion",
                () -> "requires actorKind CPAS, was "
                        + actorKind().map(Enum::name).orElse("absent"));
    }

    /** Builds a {@link SuggestionTemplate}. */
    public static final class Builder extends ImmutableSuggestionTemplate.Builder {
        Builder() {}
    }
}
