package org.peersupport.accesstrail;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One service's section of a person's own copy: what it holds about them, part by part,
 * and its access trail's entries about them. A section that could not be read is still a
 * section, marked unavailable with why, so a copy never leaves a service out silently.
 *
 * @param service the service
 * @param status {@value #ANSWERED}, or {@value #UNAVAILABLE}
 * @param staffId whose records these are
 * @param producedAt when the service read them
 * @param about what the reader should know about the service as a whole, or null
 * @param records each part's records, by part name
 * @param notes what the reader should know about a part (what is withheld and why)
 * @param accessTrail the service's trail entries about the person, oldest first (the
 * request that reads this section is recorded once it is answered, so it shows in the
 * next copy)
 * @param accessTrailComplete false when there were more entries than a copy holds
 * @param reason why the section is unavailable, or null
 */
public record RecordsSection(String service, String status, String staffId, Instant producedAt, String about,
		Map<String, Object> records, Map<String, String> notes, List<TrailMention> accessTrail,
		Boolean accessTrailComplete, String reason) {

	public static final String ANSWERED = "answered";

	public static final String UNAVAILABLE = "unavailable";

	/** The route every service answers a person's own section on. */
	public static final String PATH = "/api/v1/me/records";

	/** A section the copy could not get, and why. */
	public static RecordsSection unavailable(String service, String reason) {
		return new RecordsSection(service, UNAVAILABLE, null, null, null, null, null, null, null, reason);
	}

}
