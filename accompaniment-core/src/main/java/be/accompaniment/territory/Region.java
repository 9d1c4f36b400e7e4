package be.accompaniment.territory;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * A Belgian region (gewest / Region), the level that holds housing and lease law since 1 July 2014.
 *
 * <p>Labels in four languages come from {@link be.accompaniment.i18n.Labels}.
 */
public enum Region {
    /** Flemish Region (Vlaams Gewest), REFNIS 02000. */
    FLANDERS(2000, Language.NL),
    /** Walloon Region (Région wallonne), REFNIS 03000. */
    WALLONIA(3000, Language.FR),
    /** Brussels-Capital Region (Région de Bruxelles-Capitale), REFNIS 04000. */
    BRUSSELS_CAPITAL(4000, Language.FR);

    private final int code;
    private final Language usualLanguage;

    Region(int code, Language usualLanguage) {
        this.code = code;
        this.usualLanguage = usualLanguage;
    }

    /**
     * The region whose REFNIS code this is.
     *
     * @param code {@code 02000}, {@code 03000} or {@code 04000}, not null
     * @return the region
     * @throws InvalidInputException for any other code
     */
    public static Region from(NisCode code) {
        return find(code)
                .orElseThrow(() -> new InvalidInputException(
                        "NIS code", "must be a region code (02000, 03000 or 04000), was " + code));
    }

    static Optional<Region> find(NisCode code) {
        Objects.requireNonNull(code, "code");
        for (Region r : values()) {
            if (r.code == code.intValue()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The REFNIS code of the region. */
    public NisCode nisCode() {
        return NisCode.of(code);
    }

    /**
     * The language a place name falls back to when the one asked for is missing: Dutch in Flanders, French in
     * Wallonia and Brussels (German-speaking communes have a French name in REFNIS too).
     */
    Language usualLanguage() {
        return usualLanguage;
    }
}
