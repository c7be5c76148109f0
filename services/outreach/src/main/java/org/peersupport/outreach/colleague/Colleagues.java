package org.peersupport.outreach.colleague;

import java.util.List;

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

	private final JdbcTemplate jdbc;

	Colleagues(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Directory entries whose name contains the text (case-insensitive), by name. */
	@Transactional(readOnly = true)
	public List<Colleague> named(String text) {
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.query(
				"SELECT staff_id, name, department FROM staff_profile WHERE name ILIKE ? ORDER BY name, staff_id LIMIT ?",
				(rs, i) -> new Colleague(rs.getString(1), rs.getString(2), rs.getString(3)), pattern, MOST);
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
