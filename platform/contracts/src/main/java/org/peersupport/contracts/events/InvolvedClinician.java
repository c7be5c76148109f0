package org.peersupport.contracts.events;

/**
 * A staff member involved in an event.
 *
 * @param staffId the id used by the staff directory
 * @param role how they took part
 */
public record InvolvedClinician(String staffId, InvolvementRole role) {
}
