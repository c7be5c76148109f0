package org.peersupport.matching.notification;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.matching.offer.Offer;
import org.peersupport.matching.offer.OfferRepository;
import org.peersupport.matching.offer.OfferStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the e-mails supporters must get, in the transaction that received the event
 * that needs them. Sending is the dispatcher's job, so a mail outage never holds up or
 * loses an event.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private static final String EMAIL = "EMAIL";

	private final SupporterNotificationRepository notifications;

	private final OfferRepository offers;

	private final Clock clock;

	Notifications(SupporterNotificationRepository notifications, OfferRepository offers, Clock clock) {
		this.notifications = notifications;
		this.offers = offers;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void offered(AssignmentOffered offered) {
		UUID offerId = UUID.fromString(offered.offerId());
		if (this.notifications.existsByKindAndOfferId(NotificationKind.OFFER, offerId)) {
			return;
		}
		this.notifications.save(SupporterNotification.pending(NotificationKind.OFFER, offerId, null,
				offered.supporterId(), offered.staffId(), this.clock.instant()));
	}

	/**
	 * Reminds the supporter who holds the case; a case nobody holds has nobody to remind.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void followUpDue(FollowUpDue due) {
		if (this.notifications.existsByKindAndFollowUpId(NotificationKind.FOLLOW_UP, due.followUpId())) {
			return;
		}
		Optional<Offer> holder = this.offers.findByCaseId(UUID.fromString(due.caseId()))
			.stream()
			.filter((offer) -> offer.status() == OfferStatus.ACCEPTED)
			.findFirst();
		if (holder.isEmpty()) {
			log.info("Follow-up {} of case {} is due but no supporter holds the case; nobody to remind",
					due.followUpId(), due.caseId());
			return;
		}
		this.notifications.save(SupporterNotification.pending(NotificationKind.FOLLOW_UP, holder.get().id(),
				due.followUpId(), holder.get().supporterId(), holder.get().staffId(), this.clock.instant()));
	}

	/**
	 * Invites someone involved to their team's debrief. The platform sends e-mail only:
	 * someone who prefers SMS or a phone call is recorded undeliverable, for the
	 * administrator to reach another way, rather than e-mailed against their choice.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void debriefInvitation(UUID debriefId, String staffId, String channel) {
		if (this.notifications.existsByKindAndDebriefIdAndSupporterId(NotificationKind.DEBRIEF_INVITATION, debriefId,
				staffId)) {
			return;
		}
		boolean email = EMAIL.equals(channel);
		this.notifications.save(SupporterNotification.aboutDebrief(NotificationKind.DEBRIEF_INVITATION, debriefId,
				staffId, email ? NotificationStatus.PENDING : NotificationStatus.UNDELIVERABLE,
				email ? null : "prefers " + channel + "; only e-mail is sent", this.clock.instant()));
	}

	/** Tells a supporter they facilitate a team debrief. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void debriefFacilitation(UUID debriefId, String supporterId) {
		if (this.notifications.existsByKindAndDebriefIdAndSupporterId(NotificationKind.DEBRIEF_FACILITATION, debriefId,
				supporterId)) {
			return;
		}
		this.notifications.save(SupporterNotification.aboutDebrief(NotificationKind.DEBRIEF_FACILITATION, debriefId,
				supporterId, NotificationStatus.PENDING, null, this.clock.instant()));
	}

}
