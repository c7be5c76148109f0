package org.peersupport.outreach.clinician;

import java.time.Instant;

/**
 * The last shift a clinician worked.
 *
 * @param staffId the clinician
 * @param lastShiftEnd when it ended
 * @param nightShift whether it was a night shift
 */
public record Shift(String staffId, Instant lastShiftEnd, boolean nightShift) {
}
