package be.accompaniment.passerelle;

/**
 * Why a passerelle changed status, as a code: reasons are never free text, so that no personal detail slips into
 * a record that travels between actors.
 *
 * <p>The answers of the receiving actor follow the referral results of HUD HMIS coordinated entry (4.20: accepted,
 * rejected by the client, rejected by the provider), refined for the Belgian field.
 */
public enum StatusReason {
    /** The receiving actor has no place or no worker free (capacité). */
    NO_CAPACITY,
    /** The household was put on the receiving actor's waiting list. */
    WAITING_LIST,
    /** The receiving actor is not competent, e.g. another CPAS is territorially competent (loi 2 avril 1965). */
    NOT_COMPETENT,
    /** The household lives outside the territory the receiving actor serves. */
    OUT_OF_TERRITORY,
    /** The household does not meet the receiving actor's conditions (income, age, situation). */
    NOT_ELIGIBLE,
    /** Documents or information needed to act are missing. */
    DOCUMENTS_MISSING,
    /** The household declined the measure (HMIS: client rejected). */
    HOUSEHOLD_DECLINED,
    /** The household could not be reached. */
    HOUSEHOLD_UNREACHABLE,
    /** The household withdrew its consent to share its data. */
    CONSENT_WITHDRAWN,
    /** The household moved away or left the territory. */
    HOUSEHOLD_MOVED,
    /** The need was met otherwise, or the situation resolved before the measure. */
    NEED_MET,
    /** The household was referred to another actor instead. */
    REFERRED_ELSEWHERE,
    /** The same passerelle was made twice. */
    DUPLICATE,
    /** Another reason, without detail. */
    OTHER
}
