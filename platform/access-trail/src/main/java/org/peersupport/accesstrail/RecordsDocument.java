package org.peersupport.accesstrail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A person's own copy: one document with a section per service, in the platform's order.
 * A section is a {@link RecordsSection}, or the section a service answered, as it
 * answered it.
 *
 * @param staffId whose records these are
 * @param producedAt when the copy was put together
 * @param about what the copy is and what it leaves out
 * @param sections one per service, by service name
 * @param unavailable the services whose section could not be read (also marked in the
 * section itself)
 */
public record RecordsDocument(String staffId, Instant producedAt, String about, Map<String, Object> sections,
		List<String> unavailable) {

	/** The platform's services, in the order a copy lists them. */
	public static final List<String> SERVICES = List.of("intake", "outreach", "matching", "referral", "dashboard");

	public static final String ABOUT = "Everything the Peer Support Platform holds about you, one section per "
			+ "service, with each service's access trail entries about you (who, by role, read or changed what, "
			+ "when and why). Another person's id, name or contact is left out: their records are theirs. No "
			+ "notes of any conversation exist: the platform never keeps them.";

	/** The file name a download of the copy gets. */
	public String fileName() {
		return "peersupport-records-" + this.staffId.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
				+ this.producedAt.atOffset(ZoneOffset.UTC).toLocalDate() + ".json";
	}

}
