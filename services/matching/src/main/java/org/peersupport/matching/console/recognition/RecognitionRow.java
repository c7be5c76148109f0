package org.peersupport.matching.console.recognition;

/**
 * One supporter on the recognition list.
 *
 * @param name their name, opened where it is shown
 * @param checkins how many check-ins they recorded in the period
 */
record RecognitionRow(String name, long checkins) {
}
