package be.accompaniment.household;

/**
 * The school level a member attends (enseignement), in the Belgian school system; what matters for pathways is that
 * a move or an eviction can break a child's schooling.
 */
public enum Schooling {
    /** Not attending any school or training. */
    NONE,
    /** Nursery school (enseignement maternel, kleuteronderwijs). */
    PRE_PRIMARY,
    /** Primary school (enseignement primaire, lager onderwijs). */
    PRIMARY,
    /** Secondary school, general, technical or vocational (enseignement secondaire). */
    SECONDARY,
    /** Special-needs school (enseignement spécialisé, buitengewoon onderwijs), primary or secondary. */
    SPECIAL_NEEDS,
    /** Part-time education combined with training or work (enseignement en alternance, CEFA). */
    WORK_BASED,
    /** Higher education: university or university college (enseignement supérieur). */
    HIGHER,
    /** Adult education or vocational training (promotion sociale, formation professionnelle). */
    ADULT_TRAINING;

    /**
     * Whether this is a school of compulsory-education age: nursery, primary, secondary, special-needs or work-based
     * secondary — the schooling a change of dwelling can break.
     */
    public boolean isSchool() {
        return this == PRE_PRIMARY
                || this == PRIMARY
                || this == SECONDARY
                || this == SPECIAL_NEEDS
                || this == WORK_BASED;
    }
}
