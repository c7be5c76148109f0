package org.peersupport.intake.report;

import java.util.List;

/**
 * A report's processing status as its sender may see it.
 *
 * @param id the platform's id
 * @param status {@code accepted} (recorded, on its way), {@code published} (outreach has
 * it), {@code no-outreach} (recorded, nobody to contact) or {@code updated}
 * @param reason why, where there is one
 * @param warnings what intake assumed where the report was not clear (a role taken as
 * OTHER, the time of receipt for a missing time); empty when nothing
 */
public record ReportStatus(String id, String status, String reason, List<String> warnings) {
}
