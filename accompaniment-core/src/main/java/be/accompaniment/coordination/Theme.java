package be.accompaniment.coordination;

import be.accompaniment.situation.SituationKind;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;

/**
 * A priority theme a housing platform, one of its meetings or one of its sub-commissions works on (thématique
 * prioritaire).
 */
public enum Theme {
    /** Prevention of evictions, including rent arrears. */
    EVICTION_PREVENTION(EnumSet.of(SituationKind.EVICTION_THREAT, SituationKind.RENT_ARREARS)),
    /** Unfit and insalubrious dwellings (insalubrité). */
    INSALUBRITY(EnumSet.of(SituationKind.INSALUBRITY)),
    /** Permanent living in tourist facilities and campings (habitat permanent, Plan HP). */
    PERMANENT_HABITAT(EnumSet.of(SituationKind.PERMANENT_HABITAT)),
    /** Housing on leaving prison, hospital, psychiatric care or youth care. */
    INSTITUTION_EXIT(EnumSet.of(SituationKind.INSTITUTION_EXIT)),
    /** Homelessness and emergency accommodation (sans-abrisme). */
    HOMELESSNESS(EnumSet.of(SituationKind.HOMELESSNESS)),
    /** Family rupture, separation and domestic violence that leave a household without a home. */
    FAMILY_RUPTURE(EnumSet.of(SituationKind.FAMILY_RUPTURE)),
    /** Social housing: supply, allocation, candidates. */
    SOCIAL_HOUSING(EnumSet.noneOf(SituationKind.class)),
    /** Bringing private dwellings into social renting through intermediation (AIS, capteurs logement). */
    PRIVATE_RENTAL_INTERMEDIATION(EnumSet.noneOf(SituationKind.class)),
    /** Transit, integration and emergency housing (logement de transit, d'insertion, d'urgence). */
    TRANSIT_HOUSING(EnumSet.noneOf(SituationKind.class)),
    /** New housing supply and the communal housing programme. */
    HOUSING_SUPPLY(EnumSet.noneOf(SituationKind.class)),
    /** Energy savings and energy renovation of dwellings. */
    ENERGY_RENOVATION(EnumSet.noneOf(SituationKind.class)),
    /** Individual social accompaniment in housing. */
    SOCIAL_ACCOMPANIMENT(EnumSet.noneOf(SituationKind.class)),
    /** Learning to inhabit a dwelling (pédagogie de l'habiter). */
    HOUSING_PEDAGOGY(EnumSet.noneOf(SituationKind.class)),
    /** Socio-professional integration, e.g. trainees of the régies de quartier (insertion). */
    SOCIO_PROFESSIONAL_INTEGRATION(EnumSet.noneOf(SituationKind.class)),
    /** Young people and young adults, including care leavers. */
    YOUTH(EnumSet.noneOf(SituationKind.class)),
    /** Ageing of the population and housing for seniors. */
    SENIORS(EnumSet.noneOf(SituationKind.class)),
    /** Housing of people with disabilities. */
    DISABILITY(EnumSet.noneOf(SituationKind.class)),
    /** Health and mental health in housing. */
    HEALTH(EnumSet.noneOf(SituationKind.class)),
    /** Mobility of residents, between dwellings and services. */
    MOBILITY(EnumSet.noneOf(SituationKind.class)),
    /** Schooling of children in families in housing difficulty. */
    SCHOOL_SUCCESS(EnumSet.noneOf(SituationKind.class)),
    /** Social mix in neighbourhoods and social-housing estates. */
    SOCIAL_MIX(EnumSet.noneOf(SituationKind.class)),
    /** Participation of residents and citizens, citizens' collectives. */
    CITIZEN_PARTICIPATION(EnumSet.noneOf(SituationKind.class));

    private final ImmutableSet<SituationKind> situations;

    Theme(EnumSet<SituationKind> situations) {
        this.situations = Sets.immutableEnumSet(situations);
    }

    /** The household situations this theme is about, e.g. eviction threat and rent arrears; often none. */
    public ImmutableSet<SituationKind> situations() {
        return situations;
    }
}
