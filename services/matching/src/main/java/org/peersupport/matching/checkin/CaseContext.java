package org.peersupport.matching.checkin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.peersupport.contracts.events.FollowUpDue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the supporter side keeps about a case besides the offer: its facility and the
 * follow-ups outreach said are due. Nothing clinical.
 */
@Service
public class CaseContext {

	private final CaseFacilityRepository facilities;

	private final FollowUpRepository followUps;

	private final CheckinRepository checkins;

	private final Clock clock;

	CaseContext(CaseFacilityRepository facilities, FollowUpRepository followUps, CheckinRepository checkins,
			Clock clock) {
		this.facilities = facilities;
		this.followUps = followUps;
		this.checkins = checkins;
		this.clock = clock;
	}

	@Transactional
	public void rememberFacility(UUID caseId, String facility) {
		CaseFacility known = new CaseFacility(caseId, facility, this.clock.instant());
		if (this.facilities.existsById(caseId)) {
			this.facilities.update(known);
		}
		else {
			this.facilities.save(known);
		}
	}

	@Transactional
	public void rememberFollowUp(FollowUpDue due) {
		if (due.facility() != null) {
			rememberFacility(UUID.fromString(due.caseId()), due.facility());
		}
		if (!this.followUps.existsById(due.followUpId())) {
			this.followUps
				.save(new FollowUp(due.followUpId(), UUID.fromString(due.caseId()), due.dueAt(), due.respondBy()));
		}
	}

	@Transactional(readOnly = true)
	public Optional<String> facility(UUID caseId) {
		return this.facilities.findById(caseId).map(CaseFacility::facility);
	}

	/** The follow-ups of a case that no check-in has answered yet, earliest first. */
	@Transactional(readOnly = true)
	public List<FollowUp> openFollowUps(UUID caseId, UUID offerId) {
		Set<String> answered = this.checkins.findByOfferIdOrderByCompletedAtDesc(offerId)
			.stream()
			.map(Checkin::followUpId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		return this.followUps.findByCaseIdOrderByDueAt(caseId)
			.stream()
			.filter((followUp) -> !answered.contains(followUp.followUpId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<FollowUp> followUp(String followUpId) {
		return this.followUps.findById(followUpId);
	}

	boolean isFollowUpOf(String followUpId, UUID caseId) {
		return this.followUps.findById(followUpId).filter((f) -> f.caseId().equals(caseId)).isPresent();
	}

}
