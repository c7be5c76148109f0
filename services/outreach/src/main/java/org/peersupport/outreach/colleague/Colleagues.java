package org.peersupport.outreach.colleague;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.peersupport.shredding.PersonKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff directory as a referrer sees it, to pick a colleague by name: names,
 * departments and staff ids, which the directory shares with everyone anyway, and nothing
 * about cases.
 */
@Service
public class Colleagues {

	/** Enough to pick from; a longer list asks for more of the name. */
	static final int MOST = 20;

	private static final Comparator<Colleague> BY_NAME = Comparator.comparing(Colleague::name)
		.thenComparing(Colleague::staffId);

	private final JdbcTemplate jdbc;

	private final PersonKeys keys;

	Colleagues(JdbcTemplate jdbc, PersonKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * Directory entries whose name contains the text (case-insensitive), by name. Names
	 * are stored sealed, so the database cannot search them: every entry is opened in
	 * memory with one look-up of the keys (a hospital's directory of 10,000 people is
	 * milliseconds), and those whose key is destroyed are not found.
	 */
	@Transactional(readOnly = true)
	public List<Colleague> named(String text) {
		String wanted = text.toLowerCase(Locale.ROOT);
		List<Colleague> sealed = this.jdbc.query("SELECT staff_id, name, department FROM staff_profile",
				(rs, i) -> new Colleague(rs.getString(1), rs.getString(2), rs.getString(3)));
		PersonKeys.Opener opener = this.keys.opener(sealed.stream().map(Colleague::staffId).toList());
		return sealed.stream()
			.flatMap((colleague) -> opener.open(colleague.staffId(), colleague.name())
				.map((name) -> new Colleague(colleague.staffId(), name, colleague.department()))
				.stream())
			.filter((colleague) -> colleague.name().toLowerCase(Locale.ROOT).contains(wanted))
			.sorted(BY_NAME)
			.limit(MOST)
			.toList();
	}

	/**
	 * A colleague as the directory lists them.
	 *
	 * @param staffId their staff id
	 * @param name their name
	 * @param department their department, or null
	 */
	public record Colleague(String staffId, String name, String department) {
	}

}
