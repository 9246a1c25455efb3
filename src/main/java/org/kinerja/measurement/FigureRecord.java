package org.kinerja.measurement;

import java.time.LocalDate;

/**
 * A record behind a figure, for drill-down lists: the figure's web page links each one to its own page.
 *
 * @param kind  ACTIVITY, EVENT, PERSON, PRODUCT, ENGAGEMENT, REQUEST, FORUM or MEMBER
 * @param id    its id
 * @param label its code and title (an activity), its title (an event, a product, an engagement), its subject (a
 *              request), its name (a forum), its code and name (a member), or a person's member code and agency
 *              type (never a person's name: the drill-down is read by roles that may not see personal data)
 * @param date  its period date (end date, delivered date, publication date …), or {@code null}
 */
public record FigureRecord(String kind, long id, String label, LocalDate date) {
}
