package org.peersupport.outreach.campaign;

import org.peersupport.outreach.clinician.Clinicians;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's free supporter capacity, from what outreach knows: what the directory's
 * trained, active supporters take at once (the sum of their {@code maxActive}) less the
 * open cases that hold or are about to need a supporter (every open case of any source
 * that is scheduled, offered or accepted; a case matching gave up on holds nobody). A
 * campaign paced by capacity opens cases only into what is free, so incidents always come
 * first: they take capacity the moment they open, and a campaign waits for it to come
 * back.
 */
@Service
public class SupporterCapacity {

	/** The advisory lock's key: one for the whole program, as the capacity is. */
	static final String LOCK = "outreach-supporter-capacity";

	private final Clinicians clinicians;

	private final JdbcTemplate jdbc;

	SupporterCapacity(Clinicians clinicians, JdbcTemplate jdbc) {
		this.clinicians = clinicians;
		this.jdbc = jdbc;
	}

	/**
	 * Free capacity for this transaction to fill: it waits for any other transaction that
	 * is filling it (another campaign's tick) to commit, so two campaigns never both open
	 * into the same free places. Held until the caller's transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int claimFree() {
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", LOCK);
		return free();
	}

	/** Free capacity now; never below zero. */
	@Transactional(readOnly = true)
	public int free() {
		Integer load = this.jdbc.queryForObject(
				"SELECT count(*) FROM outreach_case WHERE status IN ('SCHEDULED', 'OFFERED', 'ACCEPTED')",
				Integer.class);
		return Math.max(0, this.clinicians.supporterCapacity() - ((load != null) ? load : 0));
	}

}
