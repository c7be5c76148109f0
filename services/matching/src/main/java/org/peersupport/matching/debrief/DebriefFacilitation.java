package org.peersupport.matching.debrief;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.DebriefFacilitatorsMatched;
import org.peersupport.contracts.events.DebriefInvitee;
import org.peersupport.contracts.events.TeamDebriefRecorded;
import org.peersupport.contracts.events.TeamDebriefScheduled;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.matching.directory.TrainingLedger;
import org.peersupport.matching.directory.TrainingStatus;
import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.debrief.DebriefToStaff;
import org.peersupport.matching.engine.debrief.Facilitator;
import org.peersupport.matching.engine.debrief.FacilitatorChoice;
import org.peersupport.matching.engine.debrief.FacilitatorEngine;
import org.peersupport.matching.notification.Notifications;
import org.peersupport.matching.offer.CandidatePool;
import org.peersupport.matching.offer.CapacityLock;
import org.peersupport.matching.training.TrainingKind;
import org.peersupport.messaging.outbox.Outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffs a scheduled team debrief: chooses its facilitators with the debrief rules
 * ({@link FacilitatorEngine}), announces them, and queues the e-mails (a notice to each
 * facilitator, an invitation to everyone invited), all in the transaction that received
 * the schedule. When nobody is eligible nobody is invited, and outreach escalates it. A
 * facilitation takes one of the supporter's capacity until its outcome is recorded.
 */
@Service
public class DebriefFacilitation {

	/** Far more than any real line of supervisors; stops a loop in bad directory data. */
	private static final int MAX_CHAIN = 20;

	private static final Logger log = LoggerFactory.getLogger(DebriefFacilitation.class);

	private final FacilitatorEngine engine = new FacilitatorEngine();

	private final CandidatePool pool;

	private final TrainingLedger training;

	private final StaffMemberRepository staff;

	private final DebriefStore store;

	private final Notifications notifications;

	private final Outbox outbox;

	private final CapacityLock capacity;

	private final Clock clock;

	DebriefFacilitation(CandidatePool pool, TrainingLedger training, StaffMemberRepository staff, DebriefStore store,
			Notifications notifications, Outbox outbox, CapacityLock capacity, Clock clock) {
		this.pool = pool;
		this.training = training;
		this.staff = staff;
		this.store = store;
		this.notifications = notifications;
		this.outbox = outbox;
		this.capacity = capacity;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onScheduled(TeamDebriefScheduled scheduled) {
		// A facilitation takes capacity as an offer does: one decision at a time, or a
		// debrief and a case could both take a supporter's last place.
		this.capacity.acquire();
		Instant now = this.clock.instant();
		UUID debriefId = UUID.fromString(scheduled.debriefId());
		// Everyone involved, invited or not: someone who opted out of outreach is still
		// one of the team, never its facilitator.
		Set<String> involved = new HashSet<>(scheduled.involved());
		scheduled.invitees().forEach((invitee) -> involved.add(invitee.staffId()));
		DebriefToStaff debrief = new DebriefToStaff(scheduled.debriefId(), involved, lineManagersOf(involved),
				scheduled.startsAt().atZone(ZoneOffset.UTC).toLocalDate(), scheduled.facilitatorsWanted());
		FacilitatorChoice choice = this.engine.choose(debrief, facilitators(now));
		this.store.save(scheduled, choice.chosen(), now);
		this.outbox.publish(Events.DEBRIEF_FACILITATORS_MATCHED, scheduled.debriefId(), scheduled.debriefId(),
				new DebriefFacilitatorsMatched(scheduled.debriefId(), choice.chosen(), scheduled.facilitatorsWanted(),
						now));
		if (choice.chosen().isEmpty()) {
			log.warn("No eligible facilitator for team debrief {}; excluded by {}", debriefId, choice.excludedBy());
			return;
		}
		choice.chosen().forEach((supporter) -> this.notifications.debriefFacilitation(debriefId, supporter));
		for (DebriefInvitee invitee : scheduled.invitees()) {
			this.notifications.debriefInvitation(debriefId, invitee.staffId(), invitee.channel());
		}
		log.info("Team debrief {} staffed by {} of {} wanted; {} invited", debriefId, choice.chosen().size(),
				scheduled.facilitatorsWanted(), scheduled.invitees().size());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onRecorded(TeamDebriefRecorded recorded) {
		this.store.recorded(UUID.fromString(recorded.debriefId()));
	}

	private List<Facilitator> facilitators(Instant now) {
		Map<String, TrainingStatus> trained = this.training.holdersOf(TrainingKind.DEBRIEF_FACILITATION.name());
		List<Facilitator> facilitators = new ArrayList<>();
		for (Candidate supporter : this.pool.supporters(now)) {
			TrainingStatus status = trained.get(supporter.staffId());
			facilitators.add(new Facilitator(supporter, status != null, (status != null) ? status.expiresOn() : null));
		}
		return facilitators;
	}

	/** Everyone above someone involved, following supervisors up the directory. */
	private Set<String> lineManagersOf(Set<String> involved) {
		Set<String> managers = new HashSet<>();
		for (String person : involved) {
			String next = supervisorOf(person);
			for (int depth = 0; next != null && depth < MAX_CHAIN && managers.add(next); depth++) {
				next = supervisorOf(next);
			}
		}
		return managers;
	}

	private String supervisorOf(String staffId) {
		return this.staff.findById(staffId)
			.map(StaffMember::profile)
			.map(StaffMember.Profile::supervisorId)
			.orElse(null);
	}

}
