package be.accompaniment.rules.scenario;

import be.accompaniment.actor.ActorKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * How to generate a scenario's actor directory: which kinds of actor each commune, each basin and each region of
 * the territory gets, with their capacities.
 *
 * <p>A commune's actors serve that commune; a basin's actors serve the basin's communes and sit in its first
 * commune; a region's actors serve every commune of the territory in that region. A kind that does not exist in a
 * region ({@link ActorKind#existsIn}) is skipped there. Generated ids read {@code <kind>-<nis>},
 * {@code <kind>-<basin>} and {@code <kind>-<region>} in lower case, e.g. {@code cpas-62063}. JSON:
 * {@code {"perCommune":[{"kind":"CPAS","capacityPerThousandHouseholds":6}],"perBasin":[…],"perRegion":[…]}}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableActorModel.class)
@JsonDeserialize(as = ImmutableActorModel.class)
public abstract class ActorModel {
    ActorModel() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A model of Walloon actors for a simulation, covering the kinds the bundled Walloon rulebook suggests: per
     * commune a CPAS, a communal housing service, the bourgmestre and a social cohesion plan; per basin an AIS, an
     * APL, an SLSP, a régie de quartier, a legal-aid office, a justice of the peace, a tenants' union, a relais
     * social, a shelter, an IHP, a Housing First team, a maison de justice, a detainee-aid service, a réseau 107
     * mobile team, a youth-aid service, a school social service and a Plan HP team; per region the SPW Logement,
     * the SWL, the SWCS and the Fonds du Logement de Wallonie. Capacities, in households followed at once per
     * thousand households served, are illustrative orders of magnitude, not observed figures; authorities and
     * regional bodies have no capacity limit.
     *
     * @return the model
     */
    public static ActorModel walloonDefaults() {
        return builder()
                .addPerCommune(
                        ActorTemplate.of(ActorKind.CPAS, 8),
                        ActorTemplate.of(ActorKind.COMMUNE_HOUSING_SERVICE, 2),
                        ActorTemplate.unlimited(ActorKind.BOURGMESTRE),
                        ActorTemplate.of(ActorKind.PCS, 1))
                .addPerBasin(
                        ActorTemplate.of(ActorKind.AIS, 1.5),
                        ActorTemplate.of(ActorKind.APL, 1),
                        ActorTemplate.of(ActorKind.SLSP, 1.5),
                        ActorTemplate.of(ActorKind.REGIE_DE_QUARTIER, 0.5),
                        ActorTemplate.of(ActorKind.LEGAL_AID, 2),
                        ActorTemplate.unlimited(ActorKind.JUSTICE_DE_PAIX),
                        ActorTemplate.of(ActorKind.TENANTS_UNION, 0.5),
                        ActorTemplate.of(ActorKind.RELAIS_SOCIAL, 1),
                        ActorTemplate.of(ActorKind.SHELTER, 0.5),
                        ActorTemplate.of(ActorKind.IHP, 0.3),
                        ActorTemplate.of(ActorKind.HOUSING_FIRST, 0.2),
                        ActorTemplate.of(ActorKind.MAISON_DE_JUSTICE, 0.5),
                        ActorTemplate.of(ActorKind.DETAINEE_AID_SERVICE, 0.3),
                        ActorTemplate.of(ActorKind.RESEAU_107, 0.5),
                        ActorTemplate.of(ActorKind.YOUTH_AID_SERVICE, 0.5),
                        ActorTemplate.of(ActorKind.SCHOOL_SOCIAL_SERVICE, 1),
                        ActorTemplate.of(ActorKind.PLAN_HP, 0.3))
                .addPerRegion(
                        ActorTemplate.unlimited(ActorKind.SPW_LOGEMENT),
                        ActorTemplate.unlimited(ActorKind.SWL),
                        ActorTemplate.unlimited(ActorKind.SWCS),
                        ActorTemplate.of(ActorKind.FLW, 0.5))
                .build();
    }

    /** The actors every commune of the territory gets. */
    public abstract ImmutableList<ActorTemplate> perCommune();

    /** The actors every basin gets. */
    public abstract ImmutableList<ActorTemplate> perBasin();

    /** The actors every region of the territory gets. */
    public abstract ImmutableList<ActorTemplate> perRegion();

    /** Builds an {@link ActorModel}. */
    public static final class Builder extends ImmutableActorModel.Builder {
        Builder() {}
    }
}
