package be.accompaniment.situation;

import static be.accompaniment.situation.EthosConceptualCategory.HOUSELESS;
import static be.accompaniment.situation.EthosConceptualCategory.INADEQUATE;
import static be.accompaniment.situation.EthosConceptualCategory.INSECURE;
import static be.accompaniment.situation.EthosConceptualCategory.ROOFLESS;

import be.accompaniment.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * A living situation of FEANTSA's European Typology of Homelessness and housing Exclusion (ETHOS): one of the
 * thirteen operational categories with its sub-code, e.g. {@link #E9_1} is "9.1, people living under threat of
 * eviction, legal orders enforced (rented housing)".
 *
 * <p>Sources: FEANTSA, "ETHOS — European Typology on Homelessness and housing exclusion" (2005, updated 2017);
 * FEANTSA, "ETHOS — Taking stock" (2006) for the sub-codes; the mapping to {@link EthosLight} follows the ETHOS Light
 * table (FEANTSA 2017). Constants are named {@code E<operational>_<sub>}; {@link #code()} gives the dotted form and
 * {@link #parse(String)} reads it.
 */
public enum EthosCategory {
    /** 1.1 — people living rough: rough sleeping in public or external space, no access to 24-hour accommodation. */
    E1_1(1, 1, ROOFLESS, EthosLight.LIVING_ROUGH),
    /** 2.1 — people in emergency accommodation: overnight shelter (abri de nuit, asile de nuit). */
    E2_1(2, 1, ROOFLESS, EthosLight.EMERGENCY_ACCOMMODATION),
    /** 3.1 — people in accommodation for the homeless: homeless hostel (maison d'accueil). */
    E3_1(3, 1, HOUSELESS, EthosLight.HOMELESS_ACCOMMODATION),
    /** 3.2 — people in accommodation for the homeless: temporary accommodation (e.g. transit housing). */
    E3_2(3, 2, HOUSELESS, EthosLight.HOMELESS_ACCOMMODATION),
    /** 3.3 — people in accommodation for the homeless: transitional supported accommodation. */
    E3_3(3, 3, HOUSELESS, EthosLight.HOMELESS_ACCOMMODATION),
    /** 4.1 — people in a women's shelter (refuge for victims of violence). */
    E4_1(4, 1, HOUSELESS, EthosLight.HOMELESS_ACCOMMODATION),
    /** 5.1 — people in accommodation for immigrants: temporary accommodation or reception centre (centre d'accueil). */
    E5_1(5, 1, HOUSELESS, null),
    /** 5.2 — people in accommodation for immigrants: migrant workers' accommodation. */
    E5_2(5, 2, HOUSELESS, null),
    /** 6.1 — people due to be released from a penal institution (prison) with no housing available. */
    E6_1(6, 1, HOUSELESS, EthosLight.INSTITUTION),
    /** 6.2 — people due to be released from a medical institution (hospital, psychiatric, rehabilitation). */
    E6_2(6, 2, HOUSELESS, EthosLight.INSTITUTION),
    /**
     * 6.3 — people due to be released from a children's institution or home. ETHOS Light 4 names health-care and
     * penal institutions only, so this category has no ETHOS Light counterpart.
     */
    E6_3(6, 3, HOUSELESS, null),
    /** 7.1 — people receiving longer-term support: residential care for older homeless people. */
    E7_1(7, 1, HOUSELESS, null),
    /** 7.2 — people receiving longer-term support: supported accommodation for formerly homeless people. */
    E7_2(7, 2, HOUSELESS, null),
    /** 8.1 — people in insecure accommodation: temporarily with family or friends. */
    E8_1(8, 1, INSECURE, EthosLight.FAMILY_OR_FRIENDS),
    /** 8.2 — people in insecure accommodation: no legal (sub)tenancy, including squatting a building. */
    E8_2(8, 2, INSECURE, null),
    /** 8.3 — people in insecure accommodation: illegal occupation of land. */
    E8_3(8, 3, INSECURE, null),
    /** 9.1 — people living under threat of eviction: legal orders enforced (rented housing). */
    E9_1(9, 1, INSECURE, null),
    /** 9.2 — people living under threat of eviction: repossession orders (owned housing). */
    E9_2(9, 2, INSECURE, null),
    /** 10.1 — people living under threat of violence: police-recorded incidents (domestic violence). */
    E10_1(10, 1, INSECURE, null),
    /** 11.1 — people in temporary or non-conventional structures: mobile homes and caravans. */
    E11_1(11, 1, INADEQUATE, EthosLight.NON_CONVENTIONAL_DWELLING),
    /** 11.2 — people in temporary or non-conventional structures: non-conventional building (chalet, shed). */
    E11_2(11, 2, INADEQUATE, EthosLight.NON_CONVENTIONAL_DWELLING),
    /** 11.3 — people in temporary or non-conventional structures: temporary structure (tent, hut). */
    E11_3(11, 3, INADEQUATE, EthosLight.NON_CONVENTIONAL_DWELLING),
    /** 12.1 — people living in unfit housing: occupied dwelling unfit for habitation under national legislation. */
    E12_1(12, 1, INADEQUATE, null),
    /** 13.1 — people living in extreme overcrowding: beyond the highest national norm of overcrowding. */
    E13_1(13, 1, INADEQUATE, null);

    private final int operational;
    private final int sub;
    private final EthosConceptualCategory conceptual;
    private final EthosLight light;

    EthosCategory(int operational, int sub, EthosConceptualCategory conceptual, EthosLight light) {
        this.operational = operational;
        this.sub = sub;
        this.conceptual = conceptual;
        this.light = light;
    }

    /**
     * The category with the given dotted code.
     *
     * @param code a code such as {@code "9.1"} or {@code "12.1"}, not null
     * @return the category
     * @throws InvalidInputException if no ETHOS category has that code
     */
    public static EthosCategory parse(String code) {
        Objects.requireNonNull(code, "code");
        for (EthosCategory c : values()) {
            if (c.code().equals(code.strip())) {
                return c;
            }
        }
        throw new InvalidInputException(
                "ETHOS category", "unknown code \"" + code + "\"; expected one of 1.1, 2.1, 3.1 … 13.1");
    }

    /** The dotted code, e.g. {@code "9.1"}. */
    public String code() {
        return operational + "." + sub;
    }

    /** The operational category, 1 (people living rough) to 13 (extreme overcrowding). */
    public int operationalCategory() {
        return operational;
    }

    /** The conceptual category: roofless, houseless, insecure or inadequate. */
    public EthosConceptualCategory conceptualCategory() {
        return conceptual;
    }

    /**
     * The ETHOS Light category this living situation is counted in, if any: only roofless and houseless people,
     * people in non-conventional dwellings and people staying with family or friends are.
     */
    public Optional<EthosLight> light() {
        return Optional.ofNullable(light);
    }
}
