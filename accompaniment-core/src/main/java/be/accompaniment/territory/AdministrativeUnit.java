package be.accompaniment.territory;

import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import be.accompaniment.law.Period;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A region, province or administrative arrondissement of Belgium as listed by Statbel's REFNIS code list: its
 * level, NIS code, official names, the unit above it and the period during which this entry held.
 *
 * <p>Example: the province of Liège is {@code 60000}, named "Province de Liège", "Provincie Luik", "Provinz
 * Lüttich", in region {@code 03000}. When a unit changed name or parent, REFNIS keeps one entry per state: the
 * arrondissement of Halle-Vilvoorde ({@code 23000}) lay in the province of Brabant ({@code 20000}) until
 * 1994-12-31 and in Flemish Brabant ({@code 20001}) from 1995-01-01; arrondissement {@code 57000} was Tournai
 * until 2018-12-31 and Tournai-Mouscron from 2019-01-01.
 *
 * <p>Structure (REFNIS): a region has no parent; a province lies in a region (the former province of Brabant, in
 * none); an arrondissement lies in a province, or in the Brussels-Capital Region, which has no province.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; find with {@link Gazetteer}.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableAdministrativeUnit.class)
@JsonDeserialize(as = ImmutableAdministrativeUnit.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class AdministrativeUnit {
    AdministrativeUnit() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The level: region, province or arrondissement, never commune (see {@link Commune}). */
    public abstract AdministrativeLevel level();

    /** The NIS code, e.g. {@code 02000} (Flemish Region), {@code 20002} (Walloon Brabant), {@code 62000}. */
    public abstract NisCode code();

    /** The official names by language, French, Dutch and German only, at least one. */
    @Value.NaturalOrder
    public abstract ImmutableSortedMap<Language, String> names();

    /** The unit above: a region for a province, a province or a region for an arrondissement; none for a region. */
    public abstract Optional<NisCode> parent();

    /** The days on which this entry held. */
    public abstract Period validity();

    /**
     * The region the unit lies in, from its code (see {@link NisCode#region()}); empty for the former province of
     * Brabant ({@code 20000}), which covered parts of two regions.
     */
    public Optional<Region> region() {
        int v = code().intValue();
        return v == 20_000 ? Optional.empty() : Optional.of(code().region());
    }

    /**
     * The name in a language: the official name in that language if there is one, otherwise in the usual language
     * of the region (Dutch in Flanders, French elsewhere), otherwise the first of French, Dutch and German.
     *
     * @param language the language, not null
     * @return the name, e.g. "Arrondissement de Liège"
     */
    public String name(Language language) {
        Objects.requireNonNull(language, "language");
        return PlaceNames.pick(names(), language, usualLanguage());
    }

    /** The name in the usual language of the region (Dutch in Flanders, French elsewhere). */
    public String name() {
        return name(usualLanguage());
    }

    /**
     * Whether this entry holds on a day.
     *
     * @param day the day, not null
     * @return whether the day is in {@link #validity()}
     */
    public boolean isValidOn(LocalDate day) {
        return validity().contains(day);
    }

    private Language usualLanguage() {
        return region().map(Region::usualLanguage).orElse(Language.FR);
    }

    @Value.Check
    final void check() {
        PlaceNames.check(names(), this::describe);
        switch (level()) {
            case REGION:
                Checks.that(
                        Region.find(code()).isPresent(),
                        "code",
                        this::describe,
                        () -> "a region code must be 02000, 03000 or 04000, was " + code());
                Checks.that(
                        parent().isEmpty(),
                        "parent",
                        this::describe,
                        () -> "a region has no parent, was " + parent().orElseThrow());
                break;
            case PROVINCE:
                Checks.that(
                        code().isProvince(),
                        "code",
                        this::describe,
                        () -> "a province code is X0000, 20001 or 20002, was " + code());
                parent().ifPresent(p -> Checks.that(
                        Region.find(p).isPresent(),
                        "parent",
                        this::describe,
                        () -> "the parent of a province must be a region, was " + p));
                break;
            case ARRONDISSEMENT:
                Checks.that(
                        code().isAggregate() && code().intValue() % 10_000 != 0 && code().provinceDigit() > 0,
                        "code",
                        this::describe,
                        () -> "an arrondissement code is XY000 with neither X nor Y 0, was " + code());
                parent().ifPresent(p -> Checks.that(
                        p.isProvince() || Region.find(p).isPresent(),
                        "parent",
                        this::describe,
                        () -> "the parent of an arrondissement must be a province or a region, was " + p));
                break;
            default:
                Checks.that(
                        false,
                        "level",
                        this::describe,
                        () -> "communes are Commune values, not administrative units, was " + level());
        }
    }

    private String describe() {
        return "administrative unit " + code();
    }

    /** The level, code, usual name and validity, e.g. {@code AdministrativeUnit{PROVINCE 60000 Province de Liège 1970-01-01/..}}. */
    @Override
    public String toString() {
        return "AdministrativeUnit{" + level() + " " + code() + " " + name() + " " + validity() + "}";
    }

    /** Builds an {@link AdministrativeUnit}. */
    public static final class Builder extends ImmutableAdministrativeUnit.Builder {
        Builder() {}
    }
}
