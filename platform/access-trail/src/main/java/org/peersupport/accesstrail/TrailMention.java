package org.peersupport.accesstrail;

import java.time.Instant;

/**
 * An access trail entry as the person it is about sees it in their own copy: when, which
 * service, whether it was they who asked, the asker's roles (not who they are: their id
 * and address are their own data), the purpose, what was asked and how it ended.
 *
 * @param seq the entry's place in its service's chain
 * @param recordedAt when (UTC)
 * @param service the service that recorded it
 * @param byYou whether the person asked themself
 * @param actorRoles the asker's roles, comma-separated ("" when unauthenticated)
 * @param purpose the purpose of use (HL7 v3 ActReason)
 * @param action the HTTP method
 * @param route the route
 * @param resourceType the kind of record
 * @param resourceId the record's ids, as {@code name=value&...}, or null
 * @param outcome the HTTP status of the answer
 * @param pseudonymized whether the entry's ids were since replaced by pseudonyms
 */
public record TrailMention(long seq, Instant recordedAt, String service, boolean byYou, String actorRoles,
		String purpose, String action, String route, String resourceType, String resourceId, int outcome,
		boolean pseudonymized) {

	static TrailMention of(TrailEntry stored, String staffId) {
		AccessEntry entry = stored.entry();
		return new TrailMention(stored.seq(), entry.recordedAt(), stored.service(),
				staffId.equals(entry.actorStaffId()), entry.actorRoles(), entry.purpose(), entry.action(),
				entry.route(), entry.resourceType(), entry.resourceId(), entry.outcome(), stored.pseudonymized());
	}

}
