/**
 * Coordination of housing actors: {@link be.accompaniment.coordination.Platform}, a housing platform (plate-forme
 * logement, réseau logement) with its pilot, secretariat, members, meetings, tasks and sub-commissions, and
 * {@link be.accompaniment.coordination.PartnerNetwork}, the graph of actors that work together.
 *
 * <p>The model follows the Walloon practice of housing platforms: a first meeting decides who pilots, where and how
 * often the platform meets, who convenes and keeps the minutes, its purposes and its priority themes; it lives if
 * enough motivated partners meet regularly with objectives, share its tasks and call on outside resource persons.
 *
 * <p>Arguments and results are never null.
 */
@AccompanimentStyle
package be.accompaniment.coordination;

import be.accompaniment.internal.AccompanimentStyle;
