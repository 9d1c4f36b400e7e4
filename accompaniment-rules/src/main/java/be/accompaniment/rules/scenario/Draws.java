package be.accompaniment.rules.scenario;

/**
 * Counter-based random draws: a uniform number in [0, 1) that depends only on the seed, the household and the
 * purpose of the draw (with up to two counters), never on the order in which draws are made. This is what makes a
 * run the same on any number of threads, and what gives two scenarios that differ by one intervention the same
 * draws for the same household and the same question (common random numbers).
 */
final class Draws {
    /** Which household is drawn for the population: commune, tenure, composition, income. */
    static final int GENERATION = 1;
    /** Whether a household is in a situation on the first day, and in which stage. */
    static final int PREVALENCE = 2;
    /** Whether a situation starts during a step, and which. */
    static final int INCIDENCE = 3;
    /** The day within a step a situation starts on. */
    static final int INCIDENCE_DAY = 4;
    /** Whether a situation moves one stage on during a step. */
    static final int WORSEN = 5;
    /** The day within a step it does. */
    static final int WORSEN_DAY = 6;
    /** Whether a situation is resolved during a step. */
    static final int RESOLVE = 7;
    /** The day within a step it is. */
    static final int RESOLVE_DAY = 8;
    /** Whether a passerelle is accepted. */
    static final int ACCEPT = 9;
    /** The days before its answer. */
    static final int CONTACT_DELAY = 10;
    /** Whether the household consents to share its data. */
    static final int CONSENT = 11;
    /** Whether a resolved situation comes back, and when. */
    static final int REPEAT = 12;
    /** The day it comes back. */
    static final int REPEAT_DAY = 13;
    /** Whether a resolution is a move. */
    static final int RELOCATION = 14;
    /** Details of a situation drawn when it opens or moves on (outcomes, delays, institution…). */
    static final int DETAIL = 15;

    private Draws() {}

    /**
     * A uniform number in [0, 1).
     *
     * @param seed the scenario's seed
     * @param household the household's index
     * @param purpose one of the constants of this class
     * @param a a first counter (a step, an episode…)
     * @param b a second counter
     * @return the number
     */
    static double uniform(long seed, int household, int purpose, long a, long b) {
        long h = mix(seed + 0x9E3779B97F4A7C15L);
        h = mix(h ^ (household * 0xC2B2AE3D27D4EB4FL + purpose));
        h = mix(h ^ (a * 0x165667B19E3779F9L));
        h = mix(h ^ (b * 0x27D4EB2F165667C5L + 0x85EBCA77C2B2AE63L));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** The finaliser of SplitMix64: a bijective 64-bit mixing function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
