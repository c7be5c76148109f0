package org.peersupport.dashboard.suppression;

/**
 * A figure as the page, the API and the CSV show it.
 *
 * @param value the number, or null when suppressed or when there is no data
 * @param display the text to show: the formatted number, {@code "<5"} when suppressed, or
 * {@code "–"} without data
 * @param suppressed whether small-cell suppression hid the number
 */
public record Cell(Double value, String display, boolean suppressed) {
}
