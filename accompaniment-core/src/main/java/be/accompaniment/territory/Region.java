package be.accompaniment.territory;

/** A Belgian region (gewest / Region), the level that holds housing and lease law since 1 July 2014. */
public enum Region {
    /** Flemish Region (Vlaams Gewest), REFNIS 02000. */
    FLANDERS(2000),
    /** Walloon Region (Région wallonne), REFNIS 03000. */
    WALLONIA(3000),
    /** Brussels-Capital Region (Région de Bruxelles-Capitale), REFNIS 04000. */
    BRUSSELS_CAPITAL(4000);

    private final int code;

    Region(int code) {
        this.code = code;
    }

    /** The REFNIS code of the region. */
    public NisCode nisCode() {
        return NisCode.of(code);
    }
}
