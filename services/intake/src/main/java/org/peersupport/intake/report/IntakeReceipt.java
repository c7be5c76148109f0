package org.peersupport.intake.report;

import java.util.UUID;

/**
 * What intake tells the sender.
 *
 * @param id the platform's id for the event, the same on every retry
 * @param duplicate whether this key had been received before
 */
public record IntakeReceipt(UUID id, boolean duplicate) {
}
