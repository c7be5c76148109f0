package org.peersupport.outreach.timing;

import java.time.Duration;
import java.time.Instant;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.clinician.ClinicianContext;
import org.peersupport.outreach.policy.OutreachPolicy;

/**
 * Applies a policy to an event. The severity window is a deadline, not a delay: the offer
 * goes out as soon as quiet hours, rest after a night shift and the clinician's contact
 * window allow, and never later than leaves supporters time to accept before the window
 * ends.
 */
public final class OfferTiming {

	private OfferTiming() {
	}

	public static OfferPlan plan(OutreachPolicy policy, CaseFacts facts, ClinicianContext clinician) {
		return plan(policy, facts.receivedAt(), window(policy, facts), isUrgent(policy, facts), clinician);
	}

	/**
	 * The same rules for any start: a report's, or a clinician's own request or a
	 * colleague's referral, whose window the caller chose.
	 * @param from when the window starts
	 * @param window by when after that a supporter must have accepted
	 * @param urgent whether the case is offered at once, whatever the hour
	 */
	public static OfferPlan plan(OutreachPolicy policy, Instant from, Duration window, boolean urgent,
			ClinicianContext clinician) {
		Instant windowEnds = from.plus(max(window, policy.deadlines().acceptWithin()));
		Instant latestOffer = windowEnds.minus(policy.deadlines().acceptWithin());
		Instant due = urgent ? from : ContactHours.earliest(from, latestOffer, policy, clinician);
		return new OfferPlan(due, windowEnds);
	}

	/** The severity window: the harm's (or near miss's), shortened by a category's. */
	public static Duration window(OutreachPolicy policy, CaseFacts facts) {
		Duration window = (facts.actuality() == Actuality.NEAR_MISS) ? policy.windows().nearMiss()
				: policy.windows().byHarm().get(facts.harm());
		Duration byCategory = (facts.category() != null) ? policy.windows().byCategory().get(facts.category()) : null;
		return (byCategory != null && byCategory.compareTo(window) < 0) ? byCategory : window;
	}

	/**
	 * Urgent cases are offered at once, whatever the hour, shift or contact window.
	 */
	public static boolean isUrgent(OutreachPolicy policy, CaseFacts facts) {
		return isUrgent(policy, facts.actualHarm(), facts.highImpact());
	}

	/**
	 * The one urgency rule, for an event when its case is planned and for the case when
	 * its offer-due timer fires: an urgent harm of an actual event (near misses left
	 * out), or a high-impact category.
	 * @param actualHarm the (worst) harm of actual events, or null when there were only
	 * near misses
	 */
	public static boolean isUrgent(OutreachPolicy policy, HarmLevel actualHarm, boolean highImpact) {
		return actualHarm != null && policy.urgent().harm().contains(actualHarm)
				|| policy.urgent().highImpact() && highImpact;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
