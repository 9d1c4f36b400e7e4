package be.accompaniment.actor;

import static be.accompaniment.actor.ServiceKind.*;
import static be.accompaniment.territory.Region.BRUSSELS_CAPITAL;
import static be.accompaniment.territory.Region.FLANDERS;
import static be.accompaniment.territory.Region.WALLONIA;

import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;

/**
 * Kind of organisation that takes part in housing pathways, with its sector, the regions where it exists and
 * the services it typically offers. Institutions keep their legal name (CPAS, SLSP, AIS…).
 */
public enum ActorKind {
    /** Public social-action centre (CPAS / OCMW / ÖSHZ) of a commune. */
    CPAS(
            Sector.PUBLIC,
            regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS),
            services(
                    INFORMATION_AND_ORIENTATION,
                    FINANCIAL_AID,
                    BUDGET_GUIDANCE,
                    RENT_GUARANTEE,
                    HOUSING_ACCOMPANIMENT,
                    TRANSIT_HOUSING,
                    HOUSING_SEARCH)),
    /** Commune housing service and housing adviser (service / conseiller logement). */
    COMMUNE_HOUSING_SERVICE(
            Sector.PUBLIC,
            regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS),
            services(INFORMATION_AND_ORIENTATION, SALUBRITY_SURVEY, TRANSIT_HOUSING, NETWORK_COORDINATION)),
    /** The bourgmestre, who orders works, uninhabitability and rehousing (police of housing). */
    BOURGMESTRE(Sector.PUBLIC, regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS), services(HOUSING_POLICE)),
    /** Social cohesion plan of a Walloon commune (plan de cohésion sociale). */
    PCS(
            Sector.PUBLIC,
            regions(WALLONIA),
            services(INFORMATION_AND_ORIENTATION, COLLECTIVE_ACCOMPANIMENT, NETWORK_COORDINATION)),
    /** Communal team of the Walloon plan for permanent habitat in tourist facilities (Plan HP). */
    PLAN_HP(
            Sector.PUBLIC,
            regions(WALLONIA),
            services(PERMANENT_HABITAT_SUPPORT, HOUSING_SEARCH, HOUSING_ACCOMPANIMENT)),
    /** Walloon public social housing company (société de logement de service public). */
    SLSP(Sector.PUBLIC, regions(WALLONIA), services(SOCIAL_HOUSING, HOUSING_ACCOMPANIMENT, TRANSIT_HOUSING)),
    /** Brussels public social housing company (société immobilière de service public). */
    SISP(Sector.PUBLIC, regions(BRUSSELS_CAPITAL), services(SOCIAL_HOUSING, HOUSING_ACCOMPANIMENT)),
    /** Société wallonne du logement, regulator of the SLSP; takes over rehousing searches after 30 days. */
    SWL(Sector.PUBLIC, regions(WALLONIA), services(SOCIAL_HOUSING, HOUSING_SEARCH)),
    /** Société du Logement de la Région de Bruxelles-Capitale, regulator of the SISP. */
    SLRB(Sector.PUBLIC, regions(BRUSSELS_CAPITAL), services(SOCIAL_HOUSING)),
    /** Social rental agency (agence immobilière sociale). */
    AIS(
            Sector.ASSOCIATIVE,
            regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS),
            services(SOCIAL_RENTAL_MANAGEMENT, HOUSING_SEARCH, HOUSING_ACCOMPANIMENT)),
    /** Association for the promotion of housing (association de promotion du logement), Wallonia. */
    APL(
            Sector.ASSOCIATIVE,
            regions(WALLONIA),
            services(HOUSING_ACCOMPANIMENT, TECHNICAL_ASSISTANCE, HOUSING_SEARCH, COLLECTIVE_ACCOMPANIMENT)),
    /** Régie de quartier: neighbourhood renovation works with trainees and collective accompaniment. */
    REGIE_DE_QUARTIER(
            Sector.ASSOCIATIVE,
            regions(WALLONIA),
            services(RENOVATION_WORKS, COLLECTIVE_ACCOMPANIMENT, CITIZEN_PARTICIPATION)),
    /** Fonds du Logement des familles nombreuses de Wallonie: loans, rental aid, coordination of the OFS. */
    FLW(Sector.PUBLIC, regions(WALLONIA), services(HOUSING_LOAN, SOCIAL_RENTAL_MANAGEMENT, NETWORK_COORDINATION)),
    /** Fonds du Logement de la Région de Bruxelles-Capitale: loans, rental aid, rent-guarantee loans. */
    FONDS_DU_LOGEMENT_BRUXELLES(Sector.PUBLIC, regions(BRUSSELS_CAPITAL), services(HOUSING_LOAN, RENT_GUARANTEE)),
    /** Société wallonne du crédit social: social mortgage loans and renovation loans. */
    SWCS(Sector.PUBLIC, regions(WALLONIA), services(HOUSING_LOAN, ENERGY_RENOVATION)),
    /** SPW Logement, the Walloon housing administration: salubrity surveys and ADeL. */
    SPW_LOGEMENT(Sector.PUBLIC, regions(WALLONIA), services(SALUBRITY_SURVEY, HOUSING_ALLOWANCE)),
    /** Direction de l'inspection régionale du logement (Bruxelles Logement), Brussels. */
    DIRL(Sector.PUBLIC, regions(BRUSSELS_CAPITAL), services(SALUBRITY_SURVEY, HOUSING_POLICE)),
    /** Bruxelles Logement, the Brussels housing administration: allocation de relogement, allocation-loyer. */
    BRUXELLES_LOGEMENT(Sector.PUBLIC, regions(BRUSSELS_CAPITAL), services(HOUSING_ALLOWANCE)),
    /** Walloon relais social: network coordination, day and night reception, street work, capteur logement. */
    RELAIS_SOCIAL(
            Sector.PUBLIC,
            regions(WALLONIA),
            services(NETWORK_COORDINATION, EMERGENCY_ACCOMMODATION, OUTREACH, HOUSING_SEARCH)),
    /** Bruss'help, coordination of homelessness services in Brussels. */
    BRUSSHELP(Sector.PUBLIC, regions(BRUSSELS_CAPITAL), services(NETWORK_COORDINATION, OUTREACH)),
    /** Shelter or night shelter (maison d'accueil, abri de nuit). */
    SHELTER(
            Sector.ASSOCIATIVE,
            regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS),
            services(EMERGENCY_ACCOMMODATION, HOUSING_ACCOMPANIMENT)),
    /** Maison de justice: follow-up of judicial measures (Fédération Wallonie-Bruxelles). */
    MAISON_DE_JUSTICE(Sector.PUBLIC, regions(WALLONIA, BRUSSELS_CAPITAL), services(JUSTICE_FOLLOW_UP)),
    /** Psychosocial aid service for detainees (service d'aide aux détenus). */
    DETAINEE_AID_SERVICE(
            Sector.ASSOCIATIVE, regions(WALLONIA, BRUSSELS_CAPITAL), services(DETAINEE_SUPPORT, HOUSING_SEARCH)),
    /** Prison, with its psychosocial service; a place of compulsory stay under the law of 2 April 1965. */
    PRISON(Sector.PUBLIC, regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS), services(DETAINEE_SUPPORT)),
    /** Hospital or psychiatric hospital, with its social service. */
    HOSPITAL(Sector.PUBLIC, regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS), services(INFORMATION_AND_ORIENTATION)),
    /** Justice of the peace (juge de paix), the only court that orders an eviction; also conciliates. */
    JUSTICE_DE_PAIX(Sector.PUBLIC, regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS), services(JUDICIAL_DECISION)),
    /** Bailiff (huissier de justice), who serves and executes judgments. */
    HUISSIER(Sector.PRIVATE, regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS), services(JUDGMENT_EXECUTION)),
    /** Legal aid office (bureau d'aide juridique) and first-line legal aid. */
    LEGAL_AID(Sector.PUBLIC, regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS), services(ServiceKind.LEGAL_AID)),
    /** Initiative d'habitations protégées: protected housing for stabilised psychiatric patients. */
    IHP(
            Sector.ASSOCIATIVE,
            regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS),
            services(PROTECTED_HOUSING, HOUSING_ACCOMPANIMENT)),
    /** Mental-health network of the "psy 107" reform, with its mobile teams. */
    RESEAU_107(
            Sector.ASSOCIATIVE,
            regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS),
            services(MENTAL_HEALTH_MOBILE_TEAM, NETWORK_COORDINATION)),
    /** Agence pour une vie de qualité, the Walloon agency for health, disability and families. */
    AVIQ(Sector.PUBLIC, regions(WALLONIA), services(DISABILITY_SUPPORT, PROTECTED_HOUSING)),
    /** Housing First team. */
    HOUSING_FIRST(
            Sector.ASSOCIATIVE,
            regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS),
            services(ServiceKind.HOUSING_FIRST, HOUSING_ACCOMPANIMENT, HOUSING_SEARCH)),
    /** Youth aid service (service de l'aide à la jeunesse) and services supporting care leavers. */
    YOUTH_AID_SERVICE(Sector.PUBLIC, regions(WALLONIA, BRUSSELS_CAPITAL), services(YOUTH_AUTONOMY_SUPPORT)),
    /** Tenants' union or tenants' association (syndicat / union des locataires). */
    TENANTS_UNION(
            Sector.ASSOCIATIVE,
            regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS),
            services(TENANT_DEFENCE, ServiceKind.LEGAL_AID, INFORMATION_AND_ORIENTATION)),
    /** Energy advice desk (guichet énergie, Homegrade). */
    ENERGY_ADVICE_DESK(
            Sector.PUBLIC, regions(WALLONIA, BRUSSELS_CAPITAL), services(ENERGY_RENOVATION, TECHNICAL_ASSISTANCE)),
    /** Fondation rurale de Wallonie: rural development support to communes. */
    FONDATION_RURALE_DE_WALLONIE(Sector.ASSOCIATIVE, regions(WALLONIA), services(NETWORK_COORDINATION)),
    /** Groupe d'action locale (LEADER local action group). */
    GAL(Sector.ASSOCIATIVE, regions(WALLONIA), services(NETWORK_COORDINATION, COLLECTIVE_ACCOMPANIMENT)),
    /** Centre local de promotion de la santé, which may lead a local network. */
    CLPS(Sector.ASSOCIATIVE, regions(WALLONIA), services(NETWORK_COORDINATION)),
    /** Conference of the elected representatives of the communes of a basin (conférence des élus), e.g. of Huy-Waremme. */
    CONFERENCE_OF_ELECTED_REPRESENTATIVES(Sector.PUBLIC, regions(WALLONIA), services(NETWORK_COORDINATION)),
    /** Citizens' housing collective. */
    CITIZENS_COLLECTIVE(
            Sector.CITIZEN,
            regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS),
            services(CITIZEN_PARTICIPATION, INFORMATION_AND_ORIENTATION)),
    /** Private developer or investor building dwellings. */
    PRIVATE_DEVELOPER(Sector.PRIVATE, regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS), services(HOUSING_SUPPLY)),
    /** School social service or psycho-medico-social centre (centre PMS). */
    SCHOOL_SOCIAL_SERVICE(
            Sector.PUBLIC, regions(WALLONIA, BRUSSELS_CAPITAL, FLANDERS), services(SCHOOL_SOCIAL_SUPPORT));

    private final Sector sector;
    private final ImmutableSet<Region> regions;
    private final ImmutableSet<ServiceKind> services;

    ActorKind(Sector sector, EnumSet<Region> regions, EnumSet<ServiceKind> services) {
        this.sector = sector;
        this.regions = Sets.immutableEnumSet(regions);
        this.services = Sets.immutableEnumSet(services);
    }

    /** The sector actors of this kind belong to. */
    public Sector sector() {
        return sector;
    }

    /** The regions where this kind of actor exists. */
    public ImmutableSet<Region> regions() {
        return regions;
    }

    /** The services actors of this kind typically offer; an {@code Actor} may declare others. */
    public ImmutableSet<ServiceKind> typicalServices() {
        return services;
    }

    /** Whether this kind of actor exists in the region. */
    public boolean existsIn(Region region) {
        return regions.contains(region);
    }

    private static EnumSet<Region> regions(Region first, Region... rest) {
        return EnumSet.of(first, rest);
    }

    private static EnumSet<ServiceKind> services(ServiceKind first, ServiceKind... rest) {
        return EnumSet.of(first, rest);
    }
}
