package org.peersupport.outreach.outreachcase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.messaging.outbox.Outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens one case per involved clinician, or adds the event to the clinician's open case
 * (coalescing), and announces cases that need a supporter. For now every case is due at
 * once; the timing policy is a later step.
 */
@Service
public class CaseOpening {

	private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

	private final OutreachCaseRepository cases;

	private final CaseEventRepository caseEvents;

	private final Outbox outbox;

	private final Clock clock;

	CaseOpening(OutreachCaseRepository cases, CaseEventRepository caseEvents, Outbox outbox, Clock clock) {
		this.cases = cases;
		this.caseEvents = caseEvents;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onReported(AdverseEventReported event) {
		for (InvolvedClinician clinician : event.involved()) {
			openOrCoalesce(event, clinician);
		}
	}

	private void openOrCoalesce(AdverseEventReported event, InvolvedClinician clinician) {
		Instant now = this.clock.instant();
		Instant dueAt = event.receivedAt();
		Optional<OutreachCase> open = this.cases.findOpenCaseForUpdate(clinician.staffId());
		OutreachCase outreachCase;
		if (open.isEmpty()) {
			outreachCase = this.cases
				.save(OutreachCase.open(clinician.staffId(), event.harm(), event.receivedAt(), dueAt, now));
			log.info("Opened outreach case {} for event {}", outreachCase.id(), event.eventId());
		}
		else {
			OutreachCase coalesced = open.get().withEvent(event.harm(), dueAt, now);
			outreachCase = this.cases.update(coalesced.awaitsSupporter() ? coalesced.rescheduled(now) : coalesced);
			log.info("Added event {} to open outreach case {}", event.eventId(), outreachCase.id());
		}
		if (!this.caseEvents.existsByCaseIdAndEventId(outreachCase.id(), event.eventId())) {
			this.caseEvents.save(new CaseEvent(UUID.randomUUID(), outreachCase.id(), event.eventId(), clinician.role(),
					String.join(",", others(event, clinician)), now));
		}
		if (outreachCase.awaitsSupporter()) {
			announceDue(outreachCase, event.unit());
		}
	}

	private void announceDue(OutreachCase outreachCase, String unit) {
		List<String> eventIds = new ArrayList<>();
		TreeSet<String> coInvolved = new TreeSet<>();
		for (CaseEvent caseEvent : this.caseEvents.findByCaseIdOrderByAddedAt(outreachCase.id())) {
			eventIds.add(caseEvent.eventId());
			if (!caseEvent.coInvolved().isEmpty()) {
				coInvolved.addAll(Arrays.asList(caseEvent.coInvolved().split(",")));
			}
		}
		this.outbox.publish(Events.OUTREACH_DUE, outreachCase.staffId(), outreachCase.id().toString(),
				new OutreachDue(outreachCase.id().toString(), outreachCase.staffId(), eventIds, List.copyOf(coInvolved),
						outreachCase.harm(), unit, outreachCase.firstReceivedAt(), outreachCase.dueAt()));
	}

	private static List<String> others(AdverseEventReported event, InvolvedClinician clinician) {
		return event.involved()
			.stream()
			.map(InvolvedClinician::staffId)
			.filter((staffId) -> !staffId.equals(clinician.staffId()))
			.toList();
	}

}
