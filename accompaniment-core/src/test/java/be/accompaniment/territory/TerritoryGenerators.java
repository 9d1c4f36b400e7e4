package be.accompaniment.territory;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import be.accompaniment.i18n.Language;
import be.accompaniment.law.Period;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of territory values for property tests, reusable by other packages: NIS codes, names, communes,
 * administrative units, successions and territories, synthetic or drawn from {@link Gazetteer#belgium()}.
 */
public final class TerritoryGenerators {
    private TerritoryGenerators() {}

    /** Any valid NIS code, {@code 00001} to {@code 99999}. */
    public static Gen<NisCode> nisCodes() {
        return integers().between(1, 99_999).map(NisCode::of);
    }

    /** Codes with the form of a commune code: arrondissement {@code XY} (X, Y from 1 to 9), serial 001–999. */
    public static Gen<NisCode> communeCodes() {
        return integers()
                .between(1, 9)
                .zip(
                        integers().between(1, 9),
                        integers().between(1, 999),
                        (p, a, s) -> NisCode.of(p * 10_000 + a * 1000 + s));
    }

    /** Days from 1977 to about 2045. */
    public static Gen<LocalDate> dates() {
        return integers().between(0, 25_000).map(d -> LocalDate.of(1977, 1, 1).plusDays(d));
    }

    /** Open or closed periods. */
    public static Gen<Period> periods() {
        return dates().zip(
                        integers().between(-1, 9000),
                        (from, length) -> length < 0 ? Period.from(from) : Period.of(from, from.plusDays(length)));
    }

    /** Place names with accents, hyphens, apostrophes and parentheses, e.g. {@code "Mont-de-l’Écluse (Huy)"}. */
    public static Gen<String> placeNames() {
        Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 9);
        Gen<String> accented = Generate.pick(List.of("é", "è", "ê", "ë", "â", "ü", "ö", "ï", "ç", "’", "-", " "));
        return word.zip(accented, word, booleans().all(), (a, mark, b, qualified) -> {
            String name = Character.toUpperCase(a.charAt(0)) + a.substring(1) + mark + b;
            return qualified ? name + " (" + b + ")" : name;
        });
    }

    /** Names in one to three of French, Dutch and German. */
    public static Gen<ImmutableSortedMap<Language, String>> names() {
        return placeNames().zip(placeNames(), integers().between(1, 7), (fr, other, mask) -> {
            ImmutableSortedMap.Builder<Language, String> b = ImmutableSortedMap.naturalOrder();
            if ((mask & 1) != 0) {
                b.put(Language.FR, fr);
            }
            if ((mask & 2) != 0) {
                b.put(Language.NL, other);
            }
            if ((mask & 4) != 0) {
                b.put(Language.DE, fr + "-" + other);
            }
            return b.build();
        });
    }

    /** Synthetic communes with a consistent province (none in Brussels) and any validity. */
    public static Gen<Commune> communes() {
        return communeCodes().zip(names(), periods(), booleans().all(), (code, names, validity, withProvince) -> {
            Optional<NisCode> province = code.region() == Region.BRUSSELS_CAPITAL || !withProvince
                    ? Optional.empty()
                    : Optional.of(provinceOf(code));
            return Commune.builder()
                    .code(code)
                    .names(names)
                    .province(province)
                    .validity(validity)
                    .build();
        });
    }

    private static NisCode provinceOf(NisCode commune) {
        int arrondissement = commune.intValue() / 1000;
        if (arrondissement == 23 || arrondissement == 24) {
            return NisCode.of(20_001);
        }
        if (arrondissement / 10 == 2) {
            return NisCode.of(20_002);
        }
        return NisCode.of(commune.provinceDigit() * 10_000);
    }

    /** Synthetic regions, provinces and arrondissements with consistent codes and parents. */
    public static Gen<AdministrativeUnit> units() {
        Gen<AdministrativeUnit> regions = Generate.enumValues(Region.class)
                .zip(
                        names(),
                        periods(),
                        (r, names, validity) -> AdministrativeUnit.builder()
                                .level(AdministrativeLevel.REGION)
                                .code(r.nisCode())
                                .names(names)
                                .validity(validity)
                                .build());
        Gen<AdministrativeUnit> arrondissements = communeCodes()
                .zip(
                        names(),
                        periods(),
                        (c, names, validity) -> AdministrativeUnit.builder()
                                .level(AdministrativeLevel.ARRONDISSEMENT)
                                .code(c.arrondissement())
                                .names(names)
                                .parent(
                                        c.region() == Region.BRUSSELS_CAPITAL
                                                ? c.region().nisCode()
                                                : provinceOf(c))
                                .validity(validity)
                                .build());
        Gen<AdministrativeUnit> provinces = communeCodes()
                .zip(
                        names(),
                        periods(),
                        (c, names, validity) -> AdministrativeUnit.builder()
                                .level(AdministrativeLevel.PROVINCE)
                                .code(provinceOf(c))
                                .names(names)
                                .parent(provinceOf(c).region().nisCode())
                                .validity(validity)
                                .build());
        return Generate.oneOf(regions, provinces, arrondissements);
    }

    /** Successions between two different synthetic commune codes. */
    public static Gen<Succession> successions() {
        return communeCodes()
                .zip(
                        communeCodes(),
                        dates(),
                        Generate.enumValues(SuccessionKind.class),
                        (from, to, on, kind) -> Succession.of(from, to.equals(from) ? nextSerial(to) : to, on, kind));
    }

    private static NisCode nextSerial(NisCode commune) {
        int serial = commune.intValue() % 1000;
        return NisCode.of(commune.intValue() - serial + serial % 999 + 1);
    }

    /** Synthetic territories of one to ten commune codes. */
    public static Gen<Territory> territories() {
        return placeNames().zip(lists().of(communeCodes()).ofSizeBetween(1, 10), Territory::of);
    }

    /** Communes of the bundled gazetteer valid on a day. */
    public static Gen<Commune> belgianCommunes(LocalDate on) {
        return Generate.pick(Gazetteer.belgium().communes(on));
    }

    /** Territories of one to twelve communes of the bundled gazetteer valid on a day. */
    public static Gen<Territory> belgianTerritories(LocalDate on) {
        return placeNames()
                .zip(
                        lists().of(belgianCommunes(on)).ofSizeBetween(1, 12),
                        (name, communes) -> Gazetteer.belgium()
                                .territory(
                                        name,
                                        communes.stream().map(Commune::code).toList(),
                                        on));
    }
}
