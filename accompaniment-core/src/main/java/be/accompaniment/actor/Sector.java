package be.accompaniment.actor;

/** The sector an actor belongs to; a passerelle that crosses sectors is what the field calls a bridge. */
public enum Sector {
    /** Public bodies: CPAS, communes, regional administrations, public housing companies, courts. */
    PUBLIC,
    /** Non-profit associations (ASBL/VZW): AIS, APL, régies de quartier, tenants' unions, IHP… */
    ASSOCIATIVE,
    /** Private companies and professionals: developers, landlords, bailiffs. */
    PRIVATE,
    /** Citizens acting together without a legal structure, such as a housing collective. */
    CITIZEN
}
