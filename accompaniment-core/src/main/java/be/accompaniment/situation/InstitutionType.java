package be.accompaniment.situation;

/**
 * The kind of institution a person is due to leave, with its ETHOS living situation and whether it is an
 * establishment listed in art. 2 §1 of the loi du 2 avril 1965, for which the competent CPAS is that of the commune
 * where the person was registered at admission rather than that of the place of stay.
 *
 * <p>Sources: loi du 2 avril 1965 relative à la prise en charge des secours accordés par les CPAS, art. 2 §1er, and
 * AR du 12 mai 2014 extending its list; FEANTSA ETHOS, operational categories 3, 4 and 6.
 */
public enum InstitutionType {
    /** Prison or other place of compulsory stay by judicial decision; listed; ETHOS 6.1. */
    PRISON(EthosCategory.E6_1, true),
    /** Psychiatric hospital; listed; ETHOS 6.2. */
    PSYCHIATRIC_HOSPITAL(EthosCategory.E6_2, true),
    /** Psychiatric nursing home (maison de soins psychiatriques, MSP); listed; ETHOS 6.2. */
    PSYCHIATRIC_NURSING_HOME(EthosCategory.E6_2, true),
    /** Sheltered housing initiative for psychiatric patients (initiative d'habitation protégée, IHP); listed; 6.2. */
    IHP(EthosCategory.E6_2, true),
    /** General hospital; not listed, so the general rule (CPAS of the place of stay) applies; ETHOS 6.2. */
    HOSPITAL(EthosCategory.E6_2, false),
    /** Recognised detoxification or addiction-treatment centre; listed; ETHOS 6.2. */
    DETOX(EthosCategory.E6_2, true),
    /** Recognised establishment for people with disabilities; listed; ETHOS 6.2. */
    DISABILITY_CARE(EthosCategory.E6_2, true),
    /** Rest home, rest-and-care home or service residence for older people (MR, MRS); listed; ETHOS 6.2. */
    REST_HOME(EthosCategory.E6_2, true),
    /**
     * Youth-care institution: residential youth-aid service or institution where a minor is placed, left at the age of
     * majority (18, support possibly continuing to 20 or 22); listed for minors; ETHOS 6.3.
     */
    YOUTH_CARE(EthosCategory.E6_3, true),
    /** Shelter for people in distress (maison d'accueil, emergency reception); listed; ETHOS 3.1. */
    SHELTER(EthosCategory.E3_1, true),
    /** Women's shelter for victims of violence, or maternal home (maison maternelle); listed; ETHOS 4.1. */
    WOMENS_SHELTER(EthosCategory.E4_1, true);

    private final EthosCategory ethos;
    private final boolean listed;

    InstitutionType(EthosCategory ethos, boolean listed) {
        this.ethos = ethos;
        this.listed = listed;
    }

    /** The ETHOS living situation of a person in this institution with no housing on release. */
    public EthosCategory ethos() {
        return ethos;
    }

    /**
     * Whether this is an establishment listed in art. 2 §1 of the loi du 2 avril 1965: the CPAS of the commune of
     * registration at admission is then competent for the resident.
     */
    public boolean isListedEstablishment() {
        return listed;
    }
}
