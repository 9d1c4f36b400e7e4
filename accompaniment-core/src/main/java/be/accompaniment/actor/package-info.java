/**
 * The organisations that take part in housing pathways: {@link be.accompaniment.actor.Actor} (kind, sector, communes
 * served, services, capacity, languages), {@link be.accompaniment.actor.ActorKind} with the legal names of Belgian
 * institutions (CPAS, SLSP, AIS, régie de quartier…), and {@link be.accompaniment.actor.ActorDirectory}, an immutable
 * index answering "who serves this commune with this service?" in constant time.
 *
 * <p>Actors are organisations, never persons. Arguments and results are never null.
 */
@AccompanimentStyle
package be.accompaniment.actor;

import be.accompaniment.internal.AccompanimentStyle;
