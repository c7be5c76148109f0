package org.peersupport.contracts.events;

import java.time.Instant;

/**
 * A program administrator asked, on a clinician's behalf, that every identifiable record
 * of that person be erased. Every service deletes or crypto-shreds what it holds of them,
 * except an open crisis (a colleague in danger is not dropped for paperwork); dashboard
 * aggregates stay consistent. Who asked is in the access trail, not here.
 *
 * @param erasureId the request, unique: a redelivery erases nothing twice
 * @param staffId the person to erase
 * @param requestedAt when the administrator asked
 */
public record ErasureRequested(String erasureId, String staffId, Instant requestedAt) {
}
