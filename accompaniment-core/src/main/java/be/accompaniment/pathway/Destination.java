package be.accompaniment.pathway;

/**
 * Where a household lives after a move or when its pathway is stabilised, in the manner of the destinations of
 * HUD HMIS (data element 3.12, FY2024), with Belgian housing forms.
 *
 * <p>{@link #hmisCode()} gives the nearest HMIS code, for outcome reporting next to HMIS data; the correspondence of
 * Belgian forms (AIS, IHP, transit housing) to HMIS codes is this library's choice.
 */
public enum Destination {
    /** A private lease without ongoing housing subsidy (HMIS 410). */
    PRIVATE_RENTAL(410, DestinationCategory.PERMANENT),
    /** A social dwelling let by an SLSP or SISP (HMIS 435, rental with ongoing subsidy). */
    SOCIAL_HOUSING(435, DestinationCategory.PERMANENT),
    /** A dwelling let through a social rental agency (AIS / SVK) (HMIS 435). */
    AIS_HOUSING(435, DestinationCategory.PERMANENT),
    /** A Housing First dwelling with intensive support (HMIS 435). */
    HOUSING_FIRST(435, DestinationCategory.PERMANENT),
    /** A home the household owns (HMIS 411). */
    OWNER_OCCUPIED(411, DestinationCategory.PERMANENT),
    /** Living with family, for good (HMIS 422). */
    WITH_FAMILY_PERMANENT(422, DestinationCategory.PERMANENT),
    /** Living with friends, for good (HMIS 423). */
    WITH_FRIENDS_PERMANENT(423, DestinationCategory.PERMANENT),
    /** Transit or integration housing (logement de transit / d'insertion) (HMIS 302). */
    TRANSIT_HOUSING(302, DestinationCategory.TEMPORARY),
    /** Protected housing for psychiatric patients (initiative d'habitation protégée, IHP) (HMIS 329). */
    PROTECTED_HOUSING(329, DestinationCategory.TEMPORARY),
    /** Staying with family for a while (HMIS 312). */
    WITH_FAMILY_TEMPORARY(312, DestinationCategory.TEMPORARY),
    /** Staying with friends for a while (HMIS 313). */
    WITH_FRIENDS_TEMPORARY(313, DestinationCategory.TEMPORARY),
    /** Night shelter, maison d'accueil or other emergency accommodation (HMIS 101). */
    EMERGENCY_ACCOMMODATION(101, DestinationCategory.HOMELESS),
    /** A place not meant for habitation: the street, a squat without title, a car (HMIS 116). */
    ROUGH_SLEEPING(116, DestinationCategory.HOMELESS),
    /** A general hospital (HMIS 206). */
    HOSPITAL(206, DestinationCategory.INSTITUTIONAL),
    /** A psychiatric hospital or ward (HMIS 204). */
    PSYCHIATRIC_HOSPITAL(204, DestinationCategory.INSTITUTIONAL),
    /** A prison (HMIS 207). */
    PRISON(207, DestinationCategory.INSTITUTIONAL),
    /** A youth-care institution or foster home (HMIS 215). */
    YOUTH_CARE(215, DestinationCategory.INSTITUTIONAL),
    /** A rest home or long-term care home (HMIS 225). */
    CARE_HOME(225, DestinationCategory.INSTITUTIONAL),
    /** Another place (HMIS 17). */
    OTHER(17, DestinationCategory.OTHER),
    /** Not known to the worker (HMIS 37). */
    UNKNOWN(37, DestinationCategory.OTHER);

    private final int hmisCode;
    private final DestinationCategory category;

    Destination(int hmisCode, DestinationCategory category) {
        this.hmisCode = hmisCode;
        this.category = category;
    }

    /** The nearest HUD HMIS destination code (FY2024), e.g. 410 for a private lease. */
    public int hmisCode() {
        return hmisCode;
    }

    /** The broad class of the destination. */
    public DestinationCategory category() {
        return category;
    }

    /** Whether the destination is housing meant to be kept. */
    public boolean isPermanent() {
        return category == DestinationCategory.PERMANENT;
    }
}
