/**
 * The housing situations a household is in, as a sealed hierarchy with stages and dated milestones.
 *
 * <p>{@link be.accompaniment.situation.Situation} is the root; its seven kinds are the three situations the
 * library advises on — {@link be.accompaniment.situation.EvictionThreat} (expulsion domiciliaire),
 * {@link be.accompaniment.situation.Insalubrity} (insalubrité) and {@link be.accompaniment.situation.InstitutionExit}
 * (sortie d'institution) — and the neighbours pathways run through: homelessness, permanent habitat in a tourist
 * facility, rent arrears and family rupture. Each situation gives, in one uniform way, its
 * {@link be.accompaniment.situation.SituationKind kind}, its {@link be.accompaniment.situation.SituationStage stage},
 * its {@link be.accompaniment.situation.Milestone milestones} and its place in FEANTSA's typology of homelessness
 * and housing exclusion ({@link be.accompaniment.situation.EthosCategory ETHOS},
 * {@link be.accompaniment.situation.EthosLight ETHOS Light}).
 *
 * <p>No method accepts or returns {@code null}. Dates are passed explicitly; nothing reads the clock.
 */
@AccompanimentStyle
package be.accompaniment.situation;

import be.accompaniment.internal.AccompanimentStyle;
