package org.peersupport.referral.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.contracts.events.ReferralOutcome;
import org.peersupport.referral.catalog.ResourceCatalog;
import org.peersupport.referral.catalog.SupportResource;
import org.peersupport.web.NotFoundException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals: made from check-ins with consent, moved along by people, followed up by a
 * timer.
 */
@Service
@EnableConfigurationProperties(FollowUpSettings.class)
public class Referrals {

	private final ReferralRepository referrals;

	private final ResourceCatalog catalog;

	private final ReferralEvents events;

	private final ReferralFollowUp followUp;

	private final FollowUpSettings settings;

	private final Clock clock;

	Referrals(ReferralRepository referrals, ResourceCatalog catalog, ReferralEvents events, ReferralFollowUp followUp,
			FollowUpSettings settings, Clock clock) {
		this.referrals = referrals;
		this.catalog = catalog;
		this.events = events;
		this.followUp = followUp;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Makes one referral per referral code of a check-in, but only with the clinician's
	 * consent: without it nothing is stored about them, only a count per code. Runs in
	 * the receiving transaction, so each referral, its event and its follow-up timer
	 * commit together.
	 * @return the referrals made now (none for a check-in seen before)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Referral> onCheckin(CheckinCompleted checkin) {
		List<ReferralKind> kinds = (checkin.referrals() != null) ? checkin.referrals() : List.of();
		List<Referral> made = new ArrayList<>();
		for (ReferralKind kind : new LinkedHashSet<>(kinds)) {
			if (!checkin.referralConsent()) {
				this.referrals.countUnconsented(kind.name());
			}
			else if (!this.referrals.existsByCheckinIdAndKind(checkin.checkinId(), kind)) {
				made.add(make(checkin, kind));
			}
		}
		return made;
	}

	private Referral make(CheckinCompleted checkin, ReferralKind kind) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String resource = this.catalog.bestFor(kind, checkin.facility()).map(SupportResource::code).orElse(null);
		Referral referral = this.referrals.save(new Referral(UUID.randomUUID().toString(), checkin.checkinId(),
				checkin.caseId(), checkin.staffId(), kind, resource, checkin.facility(), ReferralStatus.OFFERED, null,
				now, now, now.plus(this.settings.after()), now.plus(this.settings.closeAfter()), false, null));
		this.events.made(referral);
		this.followUp.start(referral);
		return referral;
	}

	/**
	 * Moves a referral along, for the clinician it was made for; closing it announces how
	 * it ended. Another person's referral is answered as if it did not exist. (A referral
	 * records no supporter, so nobody else moves it along.)
	 * @param staffId the caller, who must be the referral's clinician
	 * @throws org.peersupport.web.ConflictException for an illegal transition
	 */
	@Transactional
	public Referral changeStatus(String id, String staffId, ReferralStatus next, ReferralOutcome outcome) {
		Referral current = this.referrals.lockById(id)
			.filter((found) -> isOf(found, staffId))
			.orElseThrow(() -> notFound(id));
		if (current.status() == next && outcome == null && next != ReferralStatus.CLOSED) {
			// The same request again (a retried click): nothing changes.
			return current;
		}
		Referral changed = current.moveTo(next, outcome, this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.referrals.update(changed);
		if (changed.status() == ReferralStatus.CLOSED) {
			this.events.closed(changed);
		}
		return changed;
	}

	/**
	 * One referral of this clinician; anyone else's is answered as if it did not exist.
	 */
	@Transactional(readOnly = true)
	public Referral get(String id, String staffId) {
		return this.referrals.findById(id).filter((found) -> isOf(found, staffId)).orElseThrow(() -> notFound(id));
	}

	/**
	 * One clinician's referrals, optionally in one status, or only those past their
	 * follow-up and not connected yet ({@code due}). There is no query across clinicians:
	 * a referral joined to a named clinician is theirs alone to read.
	 */
	@Transactional(readOnly = true)
	public List<Referral> of(String staffId, ReferralStatus status, boolean due) {
		return this.referrals.findByStaffInOrder(staffId)
			.stream()
			.filter((referral) -> status == null || referral.status() == status)
			.filter((referral) -> !due || referral.followUpDue())
			.toList();
	}

	private static boolean isOf(Referral referral, String staffId) {
		return staffId != null && staffId.equals(referral.staffId());
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("no referral " + id);
	}

}
