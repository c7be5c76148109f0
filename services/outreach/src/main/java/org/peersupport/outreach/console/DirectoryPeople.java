package org.peersupport.outreach.console;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.peersupport.shredding.PersonKeys;
import org.peersupport.shredding.SealRefusedException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who the people of the console's cases are, so the administrator knows whom to phone:
 * outreach's sealed copy of their directory entry, names opened here, at the point of
 * use, with one key look-up for the whole page, and never kept or logged. A person whose
 * key is destroyed (they left or were erased) shows as such, never as their staff id
 * dressed up as a name.
 */
@Component
class DirectoryPeople {

	static final String REMOVED = "(name removed)";

	static final String NOT_IN_DIRECTORY = "(not in the directory)";

	private final JdbcTemplate jdbc;

	private final PersonKeys keys;

	DirectoryPeople(JdbcTemplate jdbc, PersonKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** Blocking: reads the directory copy; everyone asked for is in the answer. */
	Map<String, Person> of(Collection<String> staffIds) {
		Set<String> wanted = Set.copyOf(staffIds);
		Map<String, Person> people = new HashMap<>();
		if (wanted.isEmpty()) {
			return people;
		}
		List<Sealed> rows = this.jdbc.query(
				"SELECT staff_id, name, role, department FROM staff_profile WHERE staff_id = ANY (?)",
				(rs, i) -> new Sealed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				(Object) wanted.toArray(String[]::new));
		PersonKeys.Opener opener = this.keys.opener(wanted);
		for (Sealed row : rows) {
			String name = name(opener, row);
			people.put(row.staffId(), new Person(row.staffId(), (name != null) ? name : REMOVED, name != null,
					row.role(), row.department()));
		}
		for (String staffId : wanted) {
			people.putIfAbsent(staffId, new Person(staffId, NOT_IN_DIRECTORY, false, null, null));
		}
		return people;
	}

	/**
	 * The opened name, or null when there is none to show: none stored (a plain name of
	 * someone without a key is never kept), or its key destroyed. A value that does not
	 * open (altered, or sealed for someone else) costs the page one name, not the page.
	 */
	private static String name(PersonKeys.Opener opener, Sealed row) {
		try {
			return opener.open(row.staffId(), row.name()).filter((n) -> !n.isBlank()).orElse(null);
		}
		catch (SealRefusedException ex) {
			return null;
		}
	}

	/** Blocking: one person, as {@link #of}. */
	Person of(String staffId) {
		return of(List.of(staffId)).get(staffId);
	}

	/**
	 * A person as the console shows them.
	 *
	 * @param staffId their staff id, shown beside the name
	 * @param name their name, or why it cannot be shown
	 * @param named whether {@code name} is their name
	 * @param role their professional role, or null
	 * @param department their department, or null
	 */
	record Person(String staffId, String name, boolean named, String role, String department) {

		/**
		 * Role and department, as one line ("RN, ICU"), or null when neither is known.
		 */
		String work() {
			String joined = String.join(", ",
					Stream.of(this.role, this.department).filter((s) -> s != null && !s.isBlank()).toList());
			return joined.isEmpty() ? null : joined;
		}

	}

	private record Sealed(String staffId, String name, String role, String department) {
	}

}
