package org.peersupport.outreach.optout;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.outreach.clinician.ClinicianPreferences;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.CaseClosing;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a clinician's preferences. An opt-out is honoured at once: the open case is
 * closed ({@code OPTED_OUT}), its timers and follow-ups cancelled, in the same
 * transaction. The clinician's lock and the case's row lock make an opt-out and a due
 * timer take turns: either the offer went out before the opt-out committed, or it never
 * goes out.
 */
@Service
public class PreferenceChanges {

	private static final Logger log = LoggerFactory.getLogger(PreferenceChanges.class);

	private final Clinicians clinicians;

	private final OutreachCaseRepository cases;

	private final CaseClosing closing;

	PreferenceChanges(Clinicians clinicians, OutreachCaseRepository cases, CaseClosing closing) {
		this.clinicians = clinicians;
		this.cases = cases;
		this.closing = closing;
	}

	/**
	 * @param actor the staff id of who asks, from their token (the API lets clinicians
	 * change only their own preferences); only the clinician may reverse their own
	 * opt-out, so a reversal by anyone else is refused as well
	 */
	@Transactional
	public ClinicianPreferences change(ClinicianPreferences wanted, String actor) {
		this.clinicians.lock(wanted.staffId());
		Optional<OutreachCase> open = this.cases.findOpenCaseForUpdate(wanted.staffId());
		ClinicianPreferences before = this.clinicians.preferences(wanted.staffId());
		if (before.optedOut() && !wanted.optedOut() && !wanted.staffId().equals(actor)) {
			throw new AccessDeniedException("only the clinician can reverse their own opt-out");
		}
		this.clinicians.savePreferences(wanted, actor);
		if (wanted.optedOut() && open.isPresent()) {
			this.closing.close(open.get(), CloseReason.OPTED_OUT);
		}
		if (wanted.optedOut() != before.optedOut()) {
			log.info("A clinician {} outreach", wanted.optedOut() ? "opted out of" : "opted back into");
		}
		return this.clinicians.preferences(wanted.staffId());
	}

}
