package be.accompaniment.coordination;

/**
 * What a housing platform is for (finalité), one of the decisions of its first meeting.
 *
 * <p>A closed list, so that platforms can be compared and analysed; a platform says it in its own words in
 * {@link Platform#purposeStatement()}. The problems it works on are its {@link Theme}s, not its purposes.
 */
public enum PlatformPurpose {
    /** Partners get to know each other, their missions and their actions (échange, connaissance mutuelle). */
    MUTUAL_KNOWLEDGE,
    /** Partners keep each other informed of the housing actions carried out on the territory. */
    INFORMATION_SHARING,
    /** Analyse the housing situation of the territory and its potential (diagnostic territorial). */
    TERRITORIAL_DIAGNOSIS,
    /** Coordinate the follow-up of individual households between partners (concertation de cas). */
    CASE_COORDINATION,
    /** Solve difficulties common to the partners and build shared methods or strategies. */
    COMMON_METHODS,
    /** Collect and spread good practices and innovative housing projects. */
    GOOD_PRACTICES,
    /** Set up joint actions or projects, e.g. for precarious households. */
    JOINT_PROJECTS,
    /** Develop the housing supply of the territory, including public-private partnerships. */
    HOUSING_SUPPLY,
    /** Prepare or follow the communal housing programme (ancrage communal du logement). */
    COMMUNAL_HOUSING_PROGRAMME,
    /** Give opinions on communal projects and relay needs and citizens' remarks to decision-makers. */
    ADVICE_TO_AUTHORITIES
}
