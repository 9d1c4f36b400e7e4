package be.accompaniment.actor;

import be.accompaniment.i18n.Language;
import be.accompaniment.territory.NisCode;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;

/** The official languages of a commune's language area (taalgebied / région linguistique), for defaults. */
final class LanguageArea {
    /**
     * The nine communes of the German-speaking Community, in arrondissement Verviers (63000): Amel, Büllingen,
     * Bütgenbach, Eupen, Kelmis, Lontzen, Raeren, Sankt Vith, Burg-Reuland.
     */
    private static final ImmutableSet<Integer> GERMAN_SPEAKING =
            ImmutableSet.of(63001, 63012, 63013, 63023, 63040, 63048, 63061, 63067, 63087);

    private static final ImmutableSet<Language> FRENCH = Sets.immutableEnumSet(Language.FR);
    private static final ImmutableSet<Language> DUTCH = Sets.immutableEnumSet(Language.NL);
    private static final ImmutableSet<Language> GERMAN = Sets.immutableEnumSet(Language.DE);
    private static final ImmutableSet<Language> BILINGUAL = Sets.immutableEnumSet(EnumSet.of(Language.FR, Language.NL));

    private LanguageArea() {}

    /**
     * The official languages of a commune; an arrondissement code gets the languages of its region, a region or
     * country code none (the caller refuses such a seat).
     */
    static ImmutableSet<Language> officialLanguages(NisCode commune) {
        if (commune.provinceDigit() == 0) {
            return ImmutableSet.of();
        }
        if (GERMAN_SPEAKING.contains(commune.intValue())) {
            return GERMAN;
        }
        return switch (commune.region()) {
            case FLANDERS -> DUTCH;
            case BRUSSELS_CAPITAL -> BILINGUAL;
            case WALLONIA -> FRENCH;
        };
    }
}
