package be.accompaniment.rules.calendar;

import be.accompaniment.law.LegalReference;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The territorially competent CPAS for a request for aid: the commune it serves, the rule applied and its legal
 * reference. The answer of {@link CpasCompetence#resolve}.
 *
 * <p>JSON: {@code {"commune":"52011","ground":"LISTED_ESTABLISHMENT","reference":{"title":"Loi du 2 avril 1965 …",
 * "article":"art. 2, §1er"}}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompetentCpas.class)
@JsonDeserialize(as = ImmutableCompetentCpas.class)
public abstract class CompetentCpas {
    CompetentCpas() {}

    /**
     * The answer.
     *
     * @param commune the commune whose CPAS is competent
     * @param ground the rule applied
     * @param reference the article of the law
     * @return the answer
     */
    public static CompetentCpas of(NisCode commune, CompetenceGround ground, LegalReference reference) {
        return ImmutableCompetentCpas.of(commune, ground, reference);
    }

    /** The commune whose CPAS is competent. */
    @Value.Parameter
    public abstract NisCode commune();

    /** The rule applied. */
    @Value.Parameter
    public abstract CompetenceGround ground();

    /** The article of the law applied. */
    @Value.Parameter
    public abstract LegalReference reference();
}
