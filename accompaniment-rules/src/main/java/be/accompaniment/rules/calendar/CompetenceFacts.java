package be.accompaniment.rules.calendar;

import be.accompaniment.internal.Checks;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts that decide which CPAS is territorially competent for a request for aid, under the loi du 2 avril 1965:
 * where the person lives, whether they stay in a listed establishment and where they were registered at admission,
 * whether they are homeless. Communes are given by NIS code, never by address.
 *
 * <p>JSON: {@code {"residenceIn":"62063","establishment":"PRISON","registeredAtAdmissionIn":"52011",
 * "struckOffBeforeAdmission":false,"homeless":false}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompetenceFacts.class)
@JsonDeserialize(as = ImmutableCompetenceFacts.class)
public abstract class CompetenceFacts {
    CompetenceFacts() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The commune where the person actually lives on the day of the request: the habitual residence (art. 1er, 1°)
     * or, for a homeless person, the commune where they stay; a commune code, not an arrondissement.
     */
    public abstract Optional<NisCode> residenceIn();

    /** The listed establishment (art. 2, §1er) where the person stays on the day of the request, if any. */
    public abstract Optional<ListedEstablishment> establishment();

    /**
     * The commune in whose population, foreigners' or waiting register the person was registered as main residence
     * on admission to the establishment; after an uninterrupted move from one listed establishment to another, the
     * admission to the first. A commune code.
     */
    public abstract Optional<NisCode> registeredAtAdmissionIn();

    /** Whether the person was registered in no commune at admission (struck off before, radié d'office). */
    @Value.Default
    public boolean struckOffBeforeAdmission() {
        return false;
    }

    /** Whether the person is homeless: no dwelling of their own and no means to obtain one. */
    @Value.Default
    public boolean homeless() {
        return false;
    }

    @Value.Check
    final void check() {
        residenceIn().ifPresent(c -> commune(c, "residenceIn"));
        registeredAtAdmissionIn().ifPresent(c -> commune(c, "registeredAtAdmissionIn"));
        Checks.that(
                !(struckOffBeforeAdmission() && registeredAtAdmissionIn().isPresent()),
                "registeredAtAdmissionIn",
                () -> "CPAS competence facts",
                () -> "must be empty when struckOffBeforeAdmission is true, was "
                        + registeredAtAdmissionIn().get());
    }

    private static void commune(NisCode code, String field) {
        Checks.that(
                !code.isAggregate(),
                field,
                () -> "CPAS competence facts",
                () -> "must be a commune code, not a region or arrondissement, was " + code);
    }

    /** Builds {@link CompetenceFacts}. */
    public static final class Builder extends ImmutableCompetenceFacts.Builder {
        Builder() {}
    }
}
