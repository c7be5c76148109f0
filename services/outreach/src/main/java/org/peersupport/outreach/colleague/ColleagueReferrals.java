package org.peersupport.outreach.colleague;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.outreachcase.CaseEntry;
import org.peersupport.outreach.outreachcase.CaseOpening;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.timing.OfferTiming;
import org.peersupport.web.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A word about a colleague becomes the same routine outreach as after an incident: a case
 * of its own source, with the window of an event of unknown harm, or an entry in the
 * colleague's open case. Someone who opted out or is outside the scope is counted (a case
 * closed at once) and not contacted. The referrer is told nothing of any of it.
 */
@Service
public class ColleagueReferrals {

	static final String OWN_STAFF_ID = "is your own staff id: to ask for a check-in for yourself, use "
			+ "POST /api/v1/clinicians/{staffId}/check-in-requests or the check-in page (/check-in)";

	private static final Logger log = LoggerFactory.getLogger(ColleagueReferrals.class);

	private final CaseOpening opening;

	private final Clinicians clinicians;

	private final NamedReferrers referrers;

	private final ReferralQuota quota;

	private final OutreachPolicies policies;

	private final Clock clock;

	ColleagueReferrals(CaseOpening opening, Clinicians clinicians, NamedReferrers referrers, ReferralQuota quota,
			OutreachPolicies policies, Clock clock) {
		this.opening = opening;
		this.clinicians = clinicians;
		this.referrers = referrers;
		this.quota = quota;
		this.policies = policies;
		this.clock = clock;
	}

	/**
	 * Refuses what nobody could act on (the referrer themselves, a staff id outside the
	 * directory) and what is over the referrer's daily limit; everything else is taken in
	 * and answered the same way, whatever becomes of it.
	 */
	@Transactional
	public void refer(ColleagueReferral referral) {
		if (referral.colleagueStaffId().equals(referral.referrerStaffId())) {
			throw new InvalidInputException("staffId", OWN_STAFF_ID);
		}
		if (this.clinicians.profile(referral.colleagueStaffId()).isEmpty()) {
			throw new InvalidInputException("staffId", "is not in the staff directory");
		}
		OutreachPolicy policy = this.policies.forFacility(null);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.quota.take(referral.referrerStaffId(), LocalDate.ofInstant(now, policy.contact().zone()));
		// Routine outreach, as after an event nobody knows the harm of.
		CaseEntry entry = new CaseEntry(CaseSource.COLLEAGUE_REFERRAL, referral.colleagueStaffId(),
				OutreachCase.Reported.withoutEvent(now), (context) -> OfferTiming.plan(policy, now,
						policy.windows().byHarm().get(HarmLevel.UNKNOWN), false, context),
				true);
		CaseEntry.Entered entered = this.opening.enter(entry, policy, (outreachCase, at) -> {
			if (referral.named() && outreachCase.isOpen()) {
				this.referrers.name(outreachCase.id(), referral.referrerStaffId(), at);
			}
		});
		log.info("A colleague referral {} case {}", entered.joined() ? "joined" : "opened",
				entered.outreachCase().id());
	}

}
