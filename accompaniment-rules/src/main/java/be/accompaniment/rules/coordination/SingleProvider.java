package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A commune that depends on a single actor for a service: if that actor is full, closes or refuses, households of
 * the commune have nowhere else to turn.
 *
 * <p>JSON form: {@code {"commune":"62026","service":"HOUSING_ACCOMPANIMENT","actor":"cpas-comblain"}}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableSingleProvider.class)
@JsonDeserialize(as = ImmutableSingleProvider.class)
public abstract class SingleProvider {
    SingleProvider() {}

    /**
     * A commune served by a single actor for a service.
     *
     * @param commune the commune, not null
     * @param service the service, not null
     * @param actor the only actor offering it there, not null
     * @return the value
     */
    public static SingleProvider of(NisCode commune, ServiceKind service, ActorId actor) {
        return builder().commune(commune).service(service).actor(actor).build();
    }

    /** A builder; every attribute is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The commune. */
    public abstract NisCode commune();

    /** The service. */
    public abstract ServiceKind service();

    /** The only actor offering it there. */
    public abstract ActorId actor();

    /**
     * The dependency in a sentence.
     *
     * @param language the language, not null
     * @param communeName the name to show for a commune code, not null
     * @param actorName the name to show for an actor, not null
     * @return the sentence
     */
    public String describe(
            Language language, Function<NisCode, String> communeName, Function<ActorId, String> actorName) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(communeName, "communeName");
        Objects.requireNonNull(actorName, "actorName");
        return Messages.get(
                language,
                "single",
                "commune",
                communeName.apply(commune()),
                "actor",
                actorName.apply(actor()),
                "service",
                Labels.of(service(), language));
    }

    /** Builds a {@link SingleProvider}. */
    public static final class Builder extends ImmutableSingleProvider.Builder {
        Builder() {}
    }
}
