package be.accompaniment.rules;

/** The period an income ceiling is stated for; a household's monthly income is compared on the same basis. */
public enum IncomeBasis {
    /** A ceiling per month: compared with the household's monthly income. */
    MONTHLY,
    /** A ceiling per year: compared with twelve times the household's monthly income. */
    YEARLY
}
