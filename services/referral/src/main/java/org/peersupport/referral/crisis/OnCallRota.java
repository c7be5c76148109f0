package org.peersupport.referral.crisis;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is paged, in order. Program administrators set it through the API; until they do,
 * the configured rota applies.
 */
@Service
public class OnCallRota {

	private final JdbcTemplate jdbc;

	private final CrisisSettings settings;

	OnCallRota(JdbcTemplate jdbc, CrisisSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public List<OnCallLead> current() {
		List<OnCallLead> stored = this.jdbc.query("SELECT lead_id, pager_id FROM on_call_lead ORDER BY position",
				(rs, row) -> new OnCallLead(rs.getString(1), rs.getString(2)));
		return stored.isEmpty() ? this.settings.onCall() : stored;
	}

	/**
	 * Whether an administrator has set the rota; until then the configured one pages (see
	 * {@link #current()}).
	 */
	@Transactional(readOnly = true)
	public boolean setByAdministrator() {
		Integer stored = this.jdbc.queryForObject("SELECT count(*) FROM on_call_lead", Integer.class);
		return stored != null && stored > 0;
	}

	/** Replaces the rota; paging in progress continues with the next position on it. */
	@Transactional
	public List<OnCallLead> replace(List<OnCallLead> leads) {
		this.jdbc.update("DELETE FROM on_call_lead");
		for (int position = 0; position < leads.size(); position++) {
			this.jdbc.update("INSERT INTO on_call_lead (position, lead_id, pager_id) VALUES (?, ?, ?)", position,
					leads.get(position).leadId(), leads.get(position).pagerId());
		}
		return current();
	}

}
