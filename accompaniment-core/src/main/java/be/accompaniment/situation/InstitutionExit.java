package be.accompaniment.situation;

import be.accompaniment.internal.Checks;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A coming or recent exit from an institution (sortie d'institution) — prison, psychiatric hospital, IHP, youth care
 * at 18, shelter… — for a member of the household who needs housing on release.
 *
 * <p>The commune of the institution and the commune where the person was registered at admission decide which CPAS
 * is competent (loi du 2 avril 1965, art. 1 and art. 2 §1: for a {@link InstitutionType#isListedEstablishment()
 * listed establishment}, the CPAS of registration at admission; detainees keep the commune of registration at
 * incarceration across transfers). Dates: admission ≤ expected release and ≤ release.
 *
 * <p>ETHOS: that of the {@link InstitutionType#ethos() institution} — 6.1 penal, 6.2 medical, 6.3 children's
 * institutions; 3.1 or 4.1 for shelters. FEANTSA's category 6 requires that no housing be available on release; when
 * {@link #housingOnRelease()} the situation keeps its ETHOS row but counts in no ETHOS Light category. ETHOS Light 4
 * (institutions) covers 6.1 and 6.2 only; shelters count in ETHOS Light 3. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableInstitutionExit.class)
@JsonDeserialize(as = ImmutableInstitutionExit.class)
public abstract non-sealed class InstitutionExit implements Situation {
    InstitutionExit() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract LocalDate openedOn();

    /** The kind of institution. */
    public abstract InstitutionType institution();

    /** Admission to the institution (for a prison, incarceration). */
    public abstract LocalDate admittedOn();

    /** The expected release: end of sentence, planned discharge, 18th birthday. */
    public abstract Optional<LocalDate> expectedReleaseOn();

    /** The actual release. */
    public abstract Optional<LocalDate> releasedOn();

    /** The commune where the institution lies (a commune code, not an aggregate). */
    public abstract NisCode institutionCommune();

    /** The commune where the person was registered (domicile) at admission, if known; empty if none. */
    public abstract Optional<NisCode> registrationAtAdmission();

    /** Whether housing is available on release; then the person is not homeless in FEANTSA's sense. */
    @Value.Default
    public boolean housingOnRelease() {
        return false;
    }

    /** {@link SituationKind#INSTITUTION_EXIT}. */
    @Override
    @JsonIgnore
    public final SituationKind kind() {
        return SituationKind.INSTITUTION_EXIT;
    }

    /** Released if a release is recorded, release planned if one is expected, else admitted. */
    @Override
    @Value.Derived
    @JsonIgnore
    public InstitutionExitStage stage() {
        if (releasedOn().isPresent()) {
            return InstitutionExitStage.RELEASED;
        }
        return expectedReleaseOn().isPresent() ? InstitutionExitStage.RELEASE_PLANNED : InstitutionExitStage.ADMITTED;
    }

    @Override
    @Value.Derived
    @JsonIgnore
    public ImmutableMap<Milestone, LocalDate> milestones() {
        return MilestoneMap.opened(openedOn())
                .with(Milestone.ADMISSION, Optional.of(admittedOn()))
                .with(Milestone.EXPECTED_RELEASE, expectedReleaseOn())
                .with(Milestone.RELEASE, releasedOn())
                .build();
    }

    /** The institution's ETHOS category: 6.1, 6.2, 6.3, or 3.1 / 4.1 for shelters. */
    @Override
    @JsonIgnore
    public EthosCategory ethos() {
        return institution().ethos();
    }

    /** ETHOS Light of the institution, except that category 6 counts only when no housing is available on release. */
    @Override
    @JsonIgnore
    public Optional<EthosLight> ethosLight() {
        if (housingOnRelease() && ethos().operationalCategory() == 6) {
            return Optional.empty();
        }
        return ethos().light();
    }

    @Value.Check
    final void check() {
        Checks.that(
                isCommune(institutionCommune()),
                "institutionCommune",
                this::describe,
                () -> "must be a commune, not an arrondissement or region, was " + institutionCommune());
        registrationAtAdmission()
                .ifPresent(c -> Checks.that(
                        isCommune(c),
                        "registrationAtAdmission",
                        this::describe,
                        () -> "must be a commune, not an arrondissement or region, was " + c));
        DateOrder.of(this::describe)
                .then("admittedOn", Optional.of(admittedOn()))
                .then("expectedReleaseOn", expectedReleaseOn());
        DateOrder.of(this::describe)
                .then("admittedOn", Optional.of(admittedOn()))
                .then("releasedOn", releasedOn());
    }

    private static boolean isCommune(NisCode code) {
        return !code.isAggregate() && code.provinceDigit() != 0;
    }

    private String describe() {
        return "institution exit opened " + openedOn();
    }

    /** Builds an {@link InstitutionExit}. */
    public static final class Builder extends ImmutableInstitutionExit.Builder {
        Builder() {}
    }
}
