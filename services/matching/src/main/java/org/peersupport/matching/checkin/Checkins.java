package org.peersupport.matching.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.matching.offer.Offer;
import org.peersupport.matching.offer.OfferRepository;
import org.peersupport.matching.offer.OfferStatus;
import org.peersupport.matching.recognition.SupporterRecognition;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.web.ConflictException;
import org.peersupport.web.InvalidInputException;
import org.peersupport.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records check-in outcomes and announces them on {@code checkins.completed.v1} in the
 * same transaction. A retried submission (a double click, a client retry after a timeout)
 * finds the record it already made and publishes nothing.
 */
@Service
public class Checkins {

	private static final Logger log = LoggerFactory.getLogger(Checkins.class);

	private final CheckinRepository checkins;

	private final OfferRepository offers;

	private final CaseContext cases;

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SupporterRecognition recognition;

	Checkins(CheckinRepository checkins, OfferRepository offers, CaseContext cases, Outbox outbox, JdbcTemplate jdbc,
			Clock clock, SupporterRecognition recognition) {
		this.recognition = recognition;
		this.checkins = checkins;
		this.offers = offers;
		this.cases = cases;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The outcome of a check-in, as recorded.
	 *
	 * @param checkinId the record
	 * @param offerId the accepted offer
	 * @param facility the case's facility, if known
	 * @param outcome what was recorded
	 * @param completedAt when
	 * @param replayed whether this submission had been recorded before
	 */
	public record RecordedCheckin(String checkinId, String offerId, String facility, CheckinOutcome outcome,
			Instant completedAt, boolean replayed) {
	}

	/**
	 * Records a check-in for an accepted offer of the given supporter.
	 * @throws NotFoundException when the supporter has no such offer
	 * @throws ConflictException when the offer is not accepted, or this contact already
	 * has a different outcome
	 */
	@Transactional
	public RecordedCheckin record(String supporterId, UUID offerId, CheckinOutcome outcome) {
		Offer offer = this.offers.findById(offerId)
			.filter((o) -> o.supporterId().equals(supporterId))
			.orElseThrow(() -> new NotFoundException("supporter " + supporterId + " has no offer " + offerId));
		if (offer.status() != OfferStatus.ACCEPTED) {
			throw new ConflictException(
					"offer " + offerId + " is " + offer.status() + "; check-ins are recorded for accepted offers only");
		}
		if (outcome.followUpId() != null && !this.cases.isFollowUpOf(outcome.followUpId(), offer.caseId())) {
			throw new InvalidInputException("followUpId", "is not a follow-up of this case");
		}
		// One submission at a time per offer, so two retries racing each other cannot
		// both
		// record.
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('checkin:' || ?))", offerId.toString());
		Optional<Checkin> previous = latestFor(offerId, outcome.followUpId());
		if (previous.isPresent() && previous.get().sameAs(outcome)) {
			return view(previous.get(), true);
		}
		if (previous.isPresent() && previous.get().contact() != ContactOutcome.NOT_REACHED) {
			throw new ConflictException("this contact already has a recorded outcome; record a follow-up instead");
		}
		Instant now = this.clock.instant();
		Checkin checkin = this.checkins
			.save(Checkin.of(offer, outcome, this.cases.facility(offer.caseId()).orElse(null), now));
		this.outbox.publish(Events.CHECKIN_COMPLETED, offer.staffId(), offer.caseId().toString(), checkin.toEvent());
		this.recognition.counted(supporterId, now);
		log.info("Check-in {} recorded for case {} (offer {})", checkin.id(), offer.caseId(), offer.id());
		return view(checkin, false);
	}

	private Optional<Checkin> latestFor(UUID offerId, String followUpId) {
		List<Checkin> recorded = this.checkins.findByOfferIdOrderByCompletedAtDesc(offerId);
		return recorded.stream().filter((c) -> Objects.equals(c.followUpId(), followUpId)).findFirst();
	}

	private static RecordedCheckin view(Checkin checkin, boolean replayed) {
		return new RecordedCheckin(checkin.id().toString(), checkin.offerId().toString(), checkin.facility(),
				checkin.outcome(), checkin.completedAt(), replayed);
	}

}
