package be.accompaniment.pathway;

import be.accompaniment.internal.Checks;
import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An open situation reached a further, more urgent stage, e.g. an eviction judgment, an uninhabitability order,
 * a release date set.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"situation-worsened","situation":"EVICTION_THREAT","stage":"JUDGMENT","on":"2024-04-10"}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(SituationWorsened.KIND)
@JsonSerialize(as = ImmutableSituationWorsened.class)
@JsonDeserialize(as = ImmutableSituationWorsened.class)
public abstract non-sealed class SituationWorsened implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "situation-worsened";

    SituationWorsened() {}

    private static final Pattern STAGE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /**
     * A situation worsened on a day.
     *
     * @param situation the situation, not null, open in the pathway
     * @param stage the stage reached, as a constant name such as {@code "JUDGMENT"}: 1 to 64 capital letters,
     *     digits or underscores, starting with a letter
     * @param on the day, not null
     * @return the event
     */
    public static SituationWorsened of(SituationKind situation, String stage, LocalDate on) {
        return builder().situation(situation).stage(stage).on(on).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The situation that worsened. */
    public abstract SituationKind situation();

    /**
     * The stage reached, by the name of the stage constant of the situation, e.g. {@code "JUDGMENT"} or
     * {@code "EXECUTION_DATE_NOTIFIED"}; a code, never free text.
     */
    public abstract String stage();

    /** The day of the event. */
    @Override
    public abstract LocalDate on();

    @Value.Check
    final void check() {
        Checks.that(
                STAGE.matcher(stage()).matches(),
                "stage",
                () -> "situation-worsened " + situation(),
                () -> "must be a stage constant name (capital letters, digits, _; at most 64), was a text of "
                        + stage().length() + " characters");
    }

    /** Builds a {@link SituationWorsened}. */
    public static final class Builder extends ImmutableSituationWorsened.Builder {
        Builder() {}
    }
}
