/**
 * The legal calendar of evictions and of CPAS competence: {@link be.accompaniment.rules.calendar.LegalCalendar}
 * (winter moratoria, one-off suspensions, the month after service of a judgment, the execution notice, the Walloon
 * rehousing cascade, the CPAS forwarding delay), built from dated {@link
 * be.accompaniment.rules.calendar.CalendarParameters}, and {@link be.accompaniment.rules.calendar.CpasCompetence}
 * (loi du 2 avril 1965).
 *
 * <p>Every legal value is a {@link be.accompaniment.law.DatedValue} with its reference, read from a JSON parameter
 * file per region; the code only combines them. Nothing here reads the clock: every question names its date, and a
 * 2019 date gets 2019's law. Working days follow {@link be.accompaniment.rules.calendar.BelgianHolidays}.
 *
 * <p>No method accepts or returns {@code null}. All types are immutable and thread-safe.
 */
@AccompanimentStyle
package be.accompaniment.rules.calendar;

import be.accompaniment.internal.AccompanimentStyle;
