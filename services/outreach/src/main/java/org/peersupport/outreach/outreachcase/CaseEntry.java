package org.peersupport.outreach.outreachcase;

import java.util.function.Function;

import org.peersupport.contracts.events.CaseSource;
import org.peersupport.outreach.clinician.ClinicianContext;
import org.peersupport.outreach.timing.OfferPlan;

/**
 * One way into outreach for one clinician: an event they were involved in, their own
 * request, a colleague's referral. Each goes through the same opening or coalescing.
 *
 * @param source what starts the case if none is open
 * @param staffId the clinician
 * @param reported what the case records of it (the worst harm, facility, when)
 * @param plan when it is due and its window ends, given the clinician's context
 * @param contactedOnlyIfWilling whether an opt-out or the policy's scope closes a new
 * case at once; false for a clinician's own request, which is an answer to their asking
 */
public record CaseEntry(CaseSource source, String staffId, OutreachCase.Reported reported,
		Function<ClinicianContext, OfferPlan> plan, boolean contactedOnlyIfWilling) {

	/**
	 * What became of the entry.
	 *
	 * @param outreachCase the case as it is now
	 * @param joined whether it joined a case that was open already
	 */
	public record Entered(OutreachCase outreachCase, boolean joined) {
	}

}
