package org.peersupport.intake.report;

/**
 * A report's processing status as its sender may see it.
 *
 * @param id the platform's id
 * @param status {@code accepted} (recorded, on its way), {@code published} (outreach has
 * it), {@code no-outreach} (recorded, nobody to contact) or {@code updated}
 * @param reason why, where there is one
 */
public record ReportStatus(String id, String status, String reason) {
}
