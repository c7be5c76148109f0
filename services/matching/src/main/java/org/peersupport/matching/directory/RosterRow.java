package org.peersupport.matching.directory;

/**
 * A row the roster import refused.
 *
 * @param line the 1-based line number in the file, header included
 * @param staffId the staff id on that line, if any
 * @param reason why
 */
public record RosterRow(int line, String staffId, String reason) {
}
