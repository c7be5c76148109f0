package org.peersupport.matching.directory;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.peersupport.shredding.PersonKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browses and searches the staff directory for the console. Names are sealed with each
 * person's key, so no index can find them: a search opens the names at read time. That is
 * a bounded scan, acceptable because a directory is the hospital's staff, at most tens of
 * thousands of rows: the facility limit, which is not sealed, is applied in SQL first,
 * then at most {@value #MOST_SCANNED} rows are opened with one look-up of their keys and
 * matched in memory. A directory beyond that needs a keyed search index (a blind index of
 * name tokens), not a longer scan.
 */
@Service
public class DirectorySearch {

	/** The most rows one search opens. */
	static final int MOST_SCANNED = 50_000;

	private final JdbcTemplate jdbc;

	private final PersonKeys keys;

	DirectorySearch(JdbcTemplate jdbc, PersonKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * One page of the people whose name, staff id, department or role contains the words
	 * searched for (every word, any case), in staff id order.
	 * @param query what was searched for; blank for everyone
	 * @param facilities the facilities the reader may see; empty for every facility
	 * @param page the page, from 0
	 * @param size people per page
	 */
	@Transactional(readOnly = true)
	public Page search(String query, Set<String> facilities, int page, int size) {
		List<Stored> stored = stored(facilities);
		PersonKeys.Opener opener = this.keys.opener(stored.stream().map(Stored::staffId).toList());
		List<String> words = words(query);
		List<Person> found = new ArrayList<>();
		for (Stored row : stored) {
			Person person = row.opened(opener.open(row.staffId(), row.sealedName()));
			if (person.matches(words)) {
				found.add(person);
			}
		}
		int from = Math.min(found.size(), page * size);
		return new Page(found.subList(from, Math.min(found.size(), from + size)), found.size(), page, size,
				stored.size() >= MOST_SCANNED);
	}

	private List<Stored> stored(Set<String> facilities) {
		String columns = "SELECT staff_id, name, department, role, facility, supporter, left_on FROM staff_member ";
		String order = " ORDER BY staff_id LIMIT " + MOST_SCANNED;
		if (facilities.isEmpty()) {
			return this.jdbc.query(columns + order, (rs, i) -> stored(rs));
		}
		return this.jdbc.query(columns + "WHERE facility = ANY (?)" + order, (rs, i) -> stored(rs),
				(Object) facilities.toArray(String[]::new));
	}

	private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
		Date leftOn = rs.getDate("left_on");
		return new Stored(rs.getString("staff_id"), rs.getString("name"), rs.getString("department"),
				rs.getString("role"), rs.getString("facility"), rs.getBoolean("supporter"),
				(leftOn != null) ? leftOn.toLocalDate() : null);
	}

	private static List<String> words(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return List.of(query.strip().toLowerCase(Locale.ROOT).split("\\s+"));
	}

	/**
	 * A page of the search.
	 *
	 * @param people the people on it
	 * @param found how many people the search found in all
	 * @param page this page, from 0
	 * @param size people per page
	 * @param truncated whether the directory is larger than one search reads
	 */
	public record Page(List<Person> people, int found, int page, int size, boolean truncated) {

		public boolean hasNext() {
			return (this.page + 1) * this.size < this.found;
		}

	}

	/**
	 * A person as the directory shows them.
	 *
	 * @param staffId their staff id
	 * @param name their name, or null once their key is destroyed (they left or were
	 * erased)
	 * @param department their department, or null
	 * @param role their role, or null
	 * @param facility their facility, or null
	 * @param supporter whether they volunteer as a peer supporter
	 * @param leftOn their last day, or null
	 */
	public record Person(String staffId, String name, String department, String role, String facility,
			boolean supporter, LocalDate leftOn) {

		boolean matches(List<String> words) {
			String text = String.join(" ", text(this.name), this.staffId, text(this.department), text(this.role))
				.toLowerCase(Locale.ROOT);
			return words.stream().allMatch(text::contains);
		}

		private static String text(String value) {
			return (value != null) ? value : "";
		}

	}

	private record Stored(String staffId, String sealedName, String department, String role, String facility,
			boolean supporter, LocalDate leftOn) {

		Person opened(Optional<String> name) {
			return new Person(this.staffId, name.orElse(null), this.department, this.role, this.facility,
					this.supporter, this.leftOn);
		}

	}

}
