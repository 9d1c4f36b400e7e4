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
 * A Belgian commune (commune / gemeente / Gemeinde) as listed by Statbel's REFNIS code list: its NIS code, its
 * official names, its province and the period during which the code named it.
 *
 * <p>Example: Liège is {@code 62063}, named "Liège" (FR), "Luik" (NL) and "Lüttich" (DE), in arrondissement
 * {@code 62000} and province {@code 60000}, valid from 1970-01-01 with no end. A code that changes name keeps one
 * {@code Commune} per name (Basse-Sambre became Sambreville under {@code 92137} on 1979-01-01); a merger ends the
 * validity of the old codes (see {@link Succession}).
 *
 * <p>The arrondissement is the first two digits of the code followed by {@code 000} and the region follows from
 * the code (see {@link NisCode#region()}). {@link #province()} is the province the commune lay in on the last day
 * of its validity (today, for a commune still valid); only communes of the arrondissements of Halle-Vilvoorde,
 * Leuven and Nivelles changed province (Brabant was split on 1 January 1995): ask
 * {@link Gazetteer#provinceOf(NisCode, LocalDate)} for the province on another day.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; find with {@link Gazetteer}.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableCommune.class)
@JsonDeserialize(as = ImmutableCommune.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Commune {
    Commune() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The NIS code of the commune, e.g. {@code 62063}; never an arrondissement or larger area. */
    public abstract NisCode code();

    /**
     * The official names by language, French, Dutch and German only, at least one; REFNIS gives all three, often
     * identical ("Aywaille").
     */
    @Value.NaturalOrder
    public abstract ImmutableSortedMap<Language, String> names();

    /** The province ({@code 60000} Liège…); empty in the Brussels-Capital Region, which has none. */
    public abstract Optional<NisCode> province();

    /** The days on which the code named this commune under these names. */
    public abstract Period validity();

    /** The arrondissement: the first two digits of the code followed by {@code 000}, e.g. {@code 62000}. */
    public NisCode arrondissement() {
        return code().arrondissement();
    }

    /** The region, from the code (see {@link NisCode#region()}). */
    public Region region() {
        return code().region();
    }

    /**
     * The name in a language: the official name in that language if there is one, otherwise the name in the
     * usual language of the region (Dutch in Flanders, French in Wallonia and Brussels), otherwise the first of
     * French, Dutch and German. English asks for the usual name: {@code name(EN)} of Liège is "Liège".
     *
     * @param language the language, not null
     * @return the name
     */
    public String name(Language language) {
        Objects.requireNonNull(language, "language");
        return PlaceNames.pick(names(), language, region().usualLanguage());
    }

    /** The name in the usual language of the region: "Luik" is "Liège", "Anvers" is "Antwerpen". */
    public String name() {
        return name(region().usualLanguage());
    }

    /**
     * Whether the code names this commune on a day.
     *
     * @param day the day, not null
     * @return whether the day is in {@link #validity()}
     */
    public boolean isValidOn(LocalDate day) {
        return validity().contains(day);
    }

    @Value.Check
    final void check() {
        Checks.that(
                code().isCommune(),
                "code",
                () -> "commune",
                () ->
                        "must be a commune code (an arrondissement XY with X and Y from 1 to 9, then a serial number other than 000), was "
                                + code());
        PlaceNames.check(names(), this::describe);
        province().ifPresent(p -> {
            Checks.that(
                    region() != Region.BRUSSELS_CAPITAL,
                    "province",
                    this::describe,
                    () -> "the Brussels-Capital Region has no province, was " + p);
            Checks.that(
                    p.isProvince() && p.provinceDigit() == code().provinceDigit(),
                    "province",
                    this::describe,
                    () -> "must be the province of the code's first digit (" + code().provinceDigit()
                            + "0000, or 20000, 20001, 20002 for 2), was " + p);
        });
    }

    private String describe() {
        return "commune " + code();
    }

    /** The code, the usual name and the validity, e.g. {@code Commune{62063 Liège 1970-01-01/..}}. */
    @Override
    public String toString() {
        return "Commune{" + code() + " " + name() + " " + validity() + "}";
    }

    /** Builds a {@link Commune}. */
    public static final class Builder extends ImmutableCommune.Builder {
        Builder() {}
    }
}
