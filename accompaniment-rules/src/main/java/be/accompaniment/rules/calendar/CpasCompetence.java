package be.accompaniment.rules.calendar;

import be.accompaniment.InvalidInputException;
import be.accompaniment.law.LegalReference;
import be.accompaniment.territory.NisCode;
import java.util.Objects;

/**
 * The territorial competence of CPAS under the loi du 2 avril 1965 relative à la prise en charge des secours accordés
 * par les centres publics d'action sociale: which CPAS must examine a request for aid.
 *
 * <ul>
 *   <li>A person staying in a {@link ListedEstablishment} (prison, psychiatric hospital, IHP, MSP, disability or rest
 *       home, shelter, detox centre, place of compulsory stay) falls to the CPAS of the commune where they were
 *       registered at admission (art. 2, §1er), for the whole stay, including a request made to prepare the release;
 *       if they were registered nowhere at admission, the general rule applies.
 *   <li>A homeless person outside such an establishment falls to the CPAS of the commune where they actually stay
 *       (art. 2, §7).
 *   <li>Everyone else falls to the CPAS of the commune of habitual residence on the day of the request (art. 1er, 1°);
 *       so does a person serving a sentence outside prison (electronic monitoring, conditional release).
 * </ul>
 *
 * <p>Other derogations of art. 2 (students, asylum seekers, rent guarantee on leaving a reception centre) are not
 * modelled. A CPAS that deems itself not competent forwards the request within the delay of {@link
 * LegalCalendar#cpasForwardingDeadline}. The rules are those of the law's current wording.
 *
 * <p>Thread-safe; no state.
 */
public final class CpasCompetence {
    private static final String LAW =
            "Loi du 2 avril 1965 relative à la prise en charge des secours accordés par les centres publics d'action"
                    + " sociale";
    private static final String GUIDE =
            "https://primabook.mi-is.be/fr/competence-territoriale/" + "les-regles-de-competence-territoriale-des-cpas";

    /** Art. 1er, 1°: habitual residence. */
    static final LegalReference GENERAL_RULE = LegalReference.builder()
            .title(LAW)
            .article("art. 1er, 1°")
            .url(GUIDE)
            .build();
    /** Art. 2, §1er: listed establishments. */
    static final LegalReference ESTABLISHMENT_RULE = LegalReference.builder()
            .title(LAW)
            .article("art. 2, §1er")
            .url(GUIDE)
            .build();
    /** Art. 2, §7: homeless people; the paragraph number comes from a secondary source. */
    static final LegalReference HOMELESS_RULE = LegalReference.builder()
            .title(LAW)
            .article("art. 2, §7")
            .url("https://www.cpasconnect.be/actualites/actualite/720858527752535166")
            .verified(false)
            .build();

    private CpasCompetence() {}

    /**
     * The competent CPAS.
     *
     * @param facts the person's situation on the day of the request
     * @return the commune whose CPAS is competent, the rule and its reference
     * @throws InvalidInputException naming the missing field: {@code registeredAtAdmissionIn} for a person in a
     *     listed establishment who was not struck off, {@code residenceIn} otherwise
     */
    public static CompetentCpas resolve(CompetenceFacts facts) {
        Objects.requireNonNull(facts, "facts");
        if (facts.establishment().isPresent()) {
            if (facts.registeredAtAdmissionIn().isPresent()) {
                return CompetentCpas.of(
                        facts.registeredAtAdmissionIn().get(),
                        CompetenceGround.LISTED_ESTABLISHMENT,
                        ESTABLISHMENT_RULE);
            }
            if (!facts.struckOffBeforeAdmission()) {
                throw new InvalidInputException(
                        "CPAS competence facts: registeredAtAdmissionIn",
                        "required for a person staying in a listed establishment ("
                                + facts.establishment().get() + ", art. 2, §1er) unless struckOffBeforeAdmission");
            }
            return CompetentCpas.of(
                    residence(
                            facts,
                            "a person struck off before admission to "
                                    + facts.establishment().get()),
                    CompetenceGround.NOT_REGISTERED_AT_ADMISSION,
                    GENERAL_RULE);
        }
        if (facts.homeless()) {
            return CompetentCpas.of(
                    residence(facts, "a homeless person: the commune where they stay"),
                    CompetenceGround.HOMELESS,
                    HOMELESS_RULE);
        }
        return CompetentCpas.of(
                residence(facts, "the commune of habitual residence"),
                CompetenceGround.HABITUAL_RESIDENCE,
                GENERAL_RULE);
    }

    private static NisCode residence(CompetenceFacts facts, String why) {
        return facts.residenceIn()
                .orElseThrow(
                        () -> new InvalidInputException("CPAS competence facts: residenceIn", "required for " + why));
    }
}
