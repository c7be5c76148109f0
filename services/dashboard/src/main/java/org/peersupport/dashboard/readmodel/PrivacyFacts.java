package org.peersupport.dashboard.readmodel;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.contracts.events.ErasureRequested;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What retention and erasure mean for read models that hold no staff ids: every figure
 * stays exactly as it was, and only the link from a pseudonym back to a person is cut.
 * The dashboard's access trail does name people (a clinician's own-copy download is
 * recorded there): they are forgotten in it with their last case and on erasure.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PrivacyFacts {

	private static final Logger log = LoggerFactory.getLogger(PrivacyFacts.class);

	/** Every column that holds a person's pseudonym. */
	private static final List<String> PSEUDONYM_COLUMNS = List.of("involvement.person", "case_timeline.person",
			"person_dimension.person", "assignment.supporter");

	private final JdbcTemplate jdbc;

	private final Pseudonyms pseudonyms;

	private final TrailPseudonyms trail;

	PrivacyFacts(JdbcTemplate jdbc, Pseudonyms pseudonyms, TrailPseudonyms trail) {
		this.jdbc = jdbc;
		this.pseudonyms = pseudonyms;
		this.trail = trail;
	}

	/**
	 * Nothing to delete: the case's rows hold its id (which names nothing once outreach
	 * has purged the case), times, codes and a keyed pseudonym, and those rows are what
	 * the figures are counted from. The pseudonym stops being linkable at the next key
	 * rotation, which runs on the same schedule as the purge. Re-pseudonymizing the case
	 * alone would split its clinician into two people in every distinct count. With the
	 * person's last case, outreach forgets them, and so does the dashboard's trail.
	 */
	void purged(CasePurged purged) {
		log.debug("Case {} purged upstream: the dashboard keeps its figures and no identifiable data", purged.caseId());
		if (purged.lastCaseOfPerson()) {
			this.trail.forgetPerson(purged.staffId());
		}
	}

	/**
	 * The person's rows under the current key (the only key that can still find them) get
	 * one new random pseudonym, the same on all of them, so the person is still counted
	 * once wherever they were counted once. Rows from before the last rotation are
	 * already out of reach.
	 */
	void erasureRequested(ErasureRequested erasure) {
		String current = this.pseudonyms.of(erasure.staffId());
		String replacement = this.pseudonyms.unlinkable();
		int rows = 0;
		for (String column : PSEUDONYM_COLUMNS) {
			String[] tableAndColumn = column.split("\\.");
			rows += this.jdbc.update(
					"UPDATE %1$s SET %2$s = ? WHERE %2$s = ?".formatted(tableAndColumn[0], tableAndColumn[1]),
					replacement, current);
		}
		int entries = this.trail.forgetPerson(erasure.staffId());
		log.info("Erasure {}: {} read-model rows and {} access trail entries no longer linkable to the person",
				erasure.erasureId(), rows, entries);
	}

}
