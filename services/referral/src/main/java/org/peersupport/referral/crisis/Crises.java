package org.peersupport.referral.crisis;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.CrisisAcknowledged;
import org.peersupport.contracts.events.CrisisRaised;
import org.peersupport.contracts.events.TalkNowRequested;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.security.Actor;
import org.peersupport.web.NotFoundException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crises: raised by a check-in's crisis flag, paged until a lead acknowledges. Times are
 * kept to the microsecond, as PostgreSQL stores them, so events and rows agree.
 */
@Service
@EnableConfigurationProperties(CrisisSettings.class)
public class Crises {

	private static final Logger log = LoggerFactory.getLogger(Crises.class);

	private final CrisisRepository crises;

	private final CrisisPaging paging;

	private final Outbox outbox;

	private final Clock clock;

	private final LeadReach reach;

	private final CrisisErasure erasure;

	Crises(CrisisRepository crises, CrisisPaging paging, Outbox outbox, Clock clock, LeadReach reach,
			CrisisErasure erasure) {
		this.crises = crises;
		this.erasure = erasure;
		this.paging = paging;
		this.outbox = outbox;
		this.clock = clock;
		this.reach = reach;
	}

	/**
	 * Raises the crisis of a check-in, once however often the check-in arrives: the
	 * crisis, its {@code CrisisRaised} and the first page's timer commit together with
	 * the receipt of the check-in.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void raise(CheckinCompleted checkin) {
		if (this.crises.existsByCheckinId(checkin.checkinId())) {
			return;
		}
		Crisis crisis = start(checkin.checkinId(), checkin.caseId(), checkin.staffId(), checkin.supporterId(),
				checkin.facility());
		log.warn("Crisis {} raised at check-in {}; paging the on-call lead", crisis.id(), checkin.checkinId());
	}

	/**
	 * Raises the crisis of a clinician who asked to talk now, once however often the
	 * request arrives: the same paging as a check-in's crisis, with no supporter.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void raise(TalkNowRequested request) {
		if (this.crises.existsByCheckinId(request.requestId())) {
			return;
		}
		Crisis crisis = start(request.requestId(), request.caseId(), request.staffId(), null, request.facility());
		log.warn("Crisis {} raised by a clinician who asked to talk now; paging the on-call lead", crisis.id());
	}

	/** The crisis, its {@code CrisisRaised} and its first page's timer, together. */
	private Crisis start(String raisedBy, String caseId, String staffId, String supporterId, String facility) {
		Crisis crisis = this.crises.save(new Crisis(UUID.randomUUID().toString(), raisedBy, caseId, staffId,
				supporterId, facility, this.clock.instant().truncatedTo(ChronoUnit.MICROS), 0, null, null));
		this.outbox.publish(Events.CRISIS_RAISED, crisis.staffId(), crisis.id(), new CrisisRaised(crisis.id(),
				crisis.caseId(), crisis.staffId(), crisis.supporterId(), crisis.facility(), crisis.raisedAt()));
		this.paging.start(crisis);
		return crisis;
	}

	/**
	 * Stops the paging and announces who took the crisis. A second acknowledgement
	 * changes nothing and answers with the first. A crisis whose case was purged, or
	 * whose clinician was erased, while it was open is deleted now
	 * ({@link CrisisErasure}).
	 */
	@Transactional
	public Crisis acknowledge(String crisisId, String leadId) {
		Crisis crisis = this.crises.lockById(crisisId).orElseThrow(() -> notFound(crisisId));
		if (!crisis.open()) {
			return crisis;
		}
		Crisis acknowledged = this.crises
			.update(crisis.acknowledged(leadId, this.clock.instant().truncatedTo(ChronoUnit.MICROS)));
		this.outbox.publish(Events.CRISIS_ACKNOWLEDGED, acknowledged.staffId(), acknowledged.id(),
				new CrisisAcknowledged(acknowledged.id(), acknowledged.caseId(), acknowledged.staffId(), leadId,
						acknowledged.facility(), acknowledged.raisedAt(), acknowledged.acknowledgedAt()));
		log.info("Crisis {} acknowledged", crisisId);
		this.erasure.afterAcknowledgement(crisisId);
		return acknowledged;
	}

	/**
	 * An on-call lead's acknowledgement: the lead is the caller, and the crisis must be
	 * within their reach ({@link LeadReach}); outside it, it is answered as if it did not
	 * exist.
	 */
	@Transactional
	public Crisis acknowledge(String crisisId, Actor lead) {
		get(crisisId, lead);
		return acknowledge(crisisId, lead.staffId());
	}

	/** A crisis as an on-call lead sees it: within their reach, or not found. */
	@Transactional(readOnly = true)
	public Crisis get(String crisisId, Actor lead) {
		Crisis crisis = get(crisisId);
		if (!this.reach.reaches(lead, crisis)) {
			throw notFound(crisisId);
		}
		return crisis;
	}

	/**
	 * The crises an on-call lead may see, newest first, or the open ones oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Crisis> list(boolean openOnly, Actor lead) {
		return this.reach.within(lead, list(openOnly));
	}

	@Transactional(readOnly = true)
	public List<PageAttempt> pages(String crisisId, Actor lead) {
		get(crisisId, lead);
		return this.paging.pagesOf(crisisId);
	}

	@Transactional(readOnly = true)
	public Crisis get(String crisisId) {
		return this.crises.findById(crisisId).orElseThrow(() -> notFound(crisisId));
	}

	@Transactional(readOnly = true)
	public List<Crisis> list(boolean openOnly) {
		return openOnly ? this.crises.findOpen() : this.crises.findRecent();
	}

	@Transactional(readOnly = true)
	public List<PageAttempt> pages(String crisisId) {
		get(crisisId);
		return this.paging.pagesOf(crisisId);
	}

	private static NotFoundException notFound(String crisisId) {
		return new NotFoundException("no crisis " + crisisId);
	}

}
