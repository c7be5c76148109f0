package org.peersupport.accesstrail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a person's id in the trail by a pseudonym (for retention, issue 14 part 1):
 * the token subject, the staff id and the resource ids that equal it, and the client
 * address goes (it identifies the caller as well). The entries keep their identity digest
 * and hashes, so the chain still verifies; the append-only trigger allows exactly this
 * change and no other. Services forget a person or records through {@link #forgetPerson}
 * and {@link #forget}, when and because their retention rules say so.
 */
public class TrailPseudonyms {

	/** What every pseudonym starts with, so a reader of the trail sees it is one. */
	public static final String PREFIX = "anonymous-";

	private final JdbcTemplate jdbc;

	TrailPseudonyms(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Pseudonymizes every entry naming the person: by staff id, and by the token subjects
	 * they signed in with (the identity provider's, which need not be the staff id).
	 * @return how many trail entries changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forgetPerson(String staffId) {
		Objects.requireNonNull(staffId, "staffId");
		List<String> ids = new ArrayList<>(this.jdbc.queryForList(
				"SELECT DISTINCT actor_subject FROM access_trail WHERE actor_staff_id = ? AND actor_subject IS NOT NULL",
				String.class, staffId));
		ids.add(staffId);
		return forget(ids);
	}

	/**
	 * Pseudonymizes every entry naming one of the ids. Each id gets a random pseudonym of
	 * its own, drawn fresh: nothing derived from the id, so the entries cannot be linked
	 * back to the person or record, even by someone holding the trail's key.
	 * @return how many trail entries changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forget(Collection<String> ids) {
		int changed = 0;
		for (String id : ids) {
			changed += pseudonymize(id, PREFIX + UUID.randomUUID());
		}
		return changed;
	}

	/**
	 * Replaces {@code id} by {@code pseudonym} wherever an entry names it, and clears the
	 * client address of those entries.
	 * @return how many entries changed
	 */
	@Transactional
	public int pseudonymize(String id, String pseudonym) {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(pseudonym, "pseudonym");
		List<Object[]> changes = new ArrayList<>();
		this.jdbc.query("SELECT seq, actor_subject, actor_staff_id, resource_id FROM access_trail "
				+ "WHERE actor_subject = ? OR actor_staff_id = ? OR strpos(resource_id, ?) > 0", (rs) -> {
					String resource = replacedIds(rs.getString(4), id, pseudonym);
					changes.add(new Object[] { swap(rs.getString(2), id, pseudonym),
							swap(rs.getString(3), id, pseudonym), resource, rs.getLong(1) });
				}, id, id, id);
		this.jdbc.batchUpdate("UPDATE access_trail SET actor_subject = ?, actor_staff_id = ?, resource_id = ?, "
				+ "client_address = NULL, pseudonymized = true WHERE seq = ?", changes);
		return changes.size();
	}

	private static String swap(String value, String id, String pseudonym) {
		return id.equals(value) ? pseudonym : value;
	}

	/** Whether {@code staffId=C-1&offerId=7} names C-1 (and not C-10). */
	static boolean names(String resourceId, String id) {
		if (resourceId == null) {
			return false;
		}
		for (String part : resourceId.split("&", -1)) {
			if (id.equals(part.substring(part.indexOf('=') + 1))) {
				return true;
			}
		}
		return false;
	}

	/** {@code staffId=C-1&offerId=7} with C-1 replaced; C-10 stays C-10. */
	static String replacedIds(String resourceId, String id, String pseudonym) {
		if (resourceId == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (String part : resourceId.split("&", -1)) {
			int equals = part.indexOf('=');
			String value = (equals >= 0) ? part.substring(equals + 1) : part;
			parts.add(id.equals(value) ? part.substring(0, equals + 1) + pseudonym : part);
		}
		return String.join("&", parts);
	}

}
