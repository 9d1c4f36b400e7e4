package be.accompaniment.territory;

/** How a commune's code came to an end while its territory passed to another commune (fusion de communes). */
public enum SuccessionKind {
    /** The commune merged with others into a new commune with a new code (e.g. Kortessem into Hasselt 71072). */
    MERGER,
    /** The commune joined an existing commune that keeps its code (e.g. Borsbeek into Antwerpen 11002). */
    ABSORPTION,
    /** Same commune, new code: renamed or moved to another arrondissement (e.g. La Louvière 55022 → 58001). */
    RECODING
}
