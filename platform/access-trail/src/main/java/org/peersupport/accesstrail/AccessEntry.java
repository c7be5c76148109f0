package org.peersupport.accesstrail;

import java.time.Instant;

/**
 * One request as the trail records it, before it is chained.
 *
 * @param recordedAt when, in UTC, from the service's clock (to the microsecond, as the
 * database keeps it)
 * @param actorSubject the token's subject, or null when the caller was not authenticated
 * @param actorStaffId the caller's staff id, or null
 * @param actorRoles the caller's roles, comma-separated in a fixed order ("" when none)
 * @param purpose the purpose of use, an HL7 v3 ActReason code
 * @param action the HTTP method
 * @param route the route pattern the request matched, or {@link RouteMatch#NO_ROUTE}
 * @param resourceType the kind of record, from the route
 * @param resourceId the record's ids from the path (and id-like query parameters), as
 * {@code name=value&...}, or null
 * @param outcome the HTTP status of the answer
 * @param clientAddress the client's address, or null
 */
public record AccessEntry(Instant recordedAt, String actorSubject, String actorStaffId, String actorRoles,
		String purpose, String action, String route, String resourceType, String resourceId, int outcome,
		String clientAddress) {

	/** Whether the caller got what they asked for (not refused or failed). */
	public boolean succeeded() {
		return this.outcome < 400;
	}

}
