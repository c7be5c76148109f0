package org.peersupport.matching.offer;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.matching.engine.MatchingPolicy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets one case: its match request, offers and their explanations, check-ins,
 * follow-ups, facility, requested support, e-mails and timers, and its ids in the access
 * trail. What its supporters' fatigue and cool-down still need of it stays as a tally
 * with neither clinician nor case ({@code supporter_case_tally}, read by
 * {@link CaseHistory}), for as long as either rule can look back. The caller holds the
 * capacity lock.
 */
@Component
class CaseRecords {

	private final JdbcTemplate jdbc;

	private final OfferRepository offers;

	private final MatchRequestRepository requests;

	private final OfferTimers timers;

	private final TrailPseudonyms trail;

	private final MatchingPolicy policy;

	CaseRecords(JdbcTemplate jdbc, OfferRepository offers, MatchRequestRepository requests, OfferTimers timers,
			TrailPseudonyms trail, MatchingPolicy policy) {
		this.jdbc = jdbc;
		this.offers = offers;
		this.requests = requests;
		this.timers = timers;
		this.trail = trail;
		this.policy = policy;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void forget(UUID caseId, Instant now) {
		List<Offer> offers = this.offers.findByCaseIdForUpdate(caseId);
		boolean highImpact = this.requests.findForUpdate(caseId).map(MatchRequest::highImpact).orElse(false);
		Instant horizon = now.minus(lookBack());
		List<UUID> offerIds = new ArrayList<>();
		for (Offer offer : offers) {
			offerIds.add(offer.id());
			if (takenOn(offer) && !offer.answeredAt().isBefore(horizon)) {
				this.jdbc.update(
						"INSERT INTO supporter_case_tally (supporter_id, accepted_at, high_impact) VALUES (?, ?, ?)",
						offer.supporterId(), Timestamp.from(offer.answeredAt()), highImpact);
			}
		}
		// Children first: check-ins name follow-ups, explanations and e-mails name
		// offers,
		// offers name the match request.
		String ofTheCase = "IN (SELECT id FROM offer WHERE case_id = ?)";
		this.jdbc.update("DELETE FROM supporter_notification WHERE offer_id " + ofTheCase, caseId);
		this.jdbc.update("DELETE FROM offer_explanation WHERE offer_id " + ofTheCase, caseId);
		this.jdbc.update("DELETE FROM checkin WHERE case_id = ?", caseId);
		this.jdbc.update("DELETE FROM follow_up WHERE case_id = ?", caseId);
		this.jdbc.update("DELETE FROM case_facility WHERE case_id = ?", caseId);
		this.jdbc.update("DELETE FROM requested_support WHERE case_id = ?", caseId);
		this.jdbc.update("DELETE FROM offer WHERE case_id = ?", caseId);
		this.jdbc.update("DELETE FROM match_request WHERE case_id = ?", caseId);
		this.jdbc.update("DELETE FROM supporter_case_tally WHERE accepted_at < ?", Timestamp.from(horizon));
		this.timers.cancelAll(caseId, offerIds);
		List<String> ids = new ArrayList<>();
		ids.add(caseId.toString());
		offerIds.forEach((id) -> ids.add(id.toString()));
		this.trail.forget(ids);
	}

	/**
	 * How far back fatigue (recent cases) and cool-down (the last high-impact case) look:
	 * a case taken on before that counts for neither.
	 */
	private Duration lookBack() {
		Duration recent = this.policy.recentWindow();
		return (this.policy.coolDown().compareTo(recent) > 0) ? this.policy.coolDown() : recent;
	}

	private static boolean takenOn(Offer offer) {
		return (offer.status() == OfferStatus.ACCEPTED || offer.status() == OfferStatus.COMPLETED)
				&& offer.answeredAt() != null;
	}

}
