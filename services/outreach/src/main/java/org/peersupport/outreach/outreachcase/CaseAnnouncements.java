package org.peersupport.outreach.outreachcase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.outreach.privacy.CaseRetention;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Publishes a case's state changes through the outbox, in the caller's transaction. */
@Service
class CaseAnnouncements {

	private final OutreachCaseRepository cases;

	private final CaseEventRepository caseEvents;

	private final CasePreferences preferences;

	private final Outbox outbox;

	private final CaseRetention retention;

	private final Clock clock;

	CaseAnnouncements(OutreachCaseRepository cases, CaseEventRepository caseEvents, CasePreferences preferences,
			Outbox outbox, CaseRetention retention, Clock clock) {
		this.cases = cases;
		this.caseEvents = caseEvents;
		this.preferences = preferences;
		this.outbox = outbox;
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * Sends the case to matching: every event in it and everyone else involved, who must
	 * never be the supporter, and what the clinician chose if they asked themselves.
	 * Offers expire by the end of the window at the latest; a case sent again after its
	 * window still gives supporters {@code acceptWithin} to answer.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutreachCase announceDue(OutreachCase outreachCase, Duration acceptWithin) {
		List<String> eventIds = new ArrayList<>();
		TreeSet<String> coInvolved = new TreeSet<>();
		for (CaseEvent caseEvent : this.caseEvents.findByCaseIdOrderByAddedAt(outreachCase.id())) {
			eventIds.add(caseEvent.eventId());
			if (!caseEvent.coInvolved().isEmpty()) {
				coInvolved.addAll(Arrays.asList(caseEvent.coInvolved().split(",")));
			}
		}
		Instant now = this.clock.instant();
		OutreachCase announced = this.cases.update(outreachCase.announced(now));
		Instant respondBy = announced.windowEndsAt().isAfter(now.plus(acceptWithin)) ? announced.windowEndsAt()
				: now.plus(acceptWithin);
		this.outbox.publish(Events.OUTREACH_DUE, announced.staffId(), announced.id().toString(),
				new OutreachDue(announced.id().toString(), announced.staffId(), eventIds, List.copyOf(coInvolved),
						announced.reported().harm(), announced.reported().highImpact(), announced.facility(),
						announced.reported().unit(), announced.reported().firstReceivedAt(), announced.offer().dueAt(),
						respondBy, announced.source(), this.preferences.of(announced.id())));
		return announced;
	}

	/**
	 * Every way a case closes ends here (closing an open case, or recording one closed at
	 * once), so this is also where its retention starts.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void announceClosed(OutreachCase closed) {
		this.retention.closed(closed.id(), closed.facility(), closed.lifetime().closedAt());
		this.outbox.publish(Events.OUTREACH_CLOSED, closed.staffId(), closed.id().toString(),
				new OutreachClosed(closed.id().toString(), closed.staffId(), closed.lifetime().closeReason(),
						closed.facility(), closed.lifetime().closedAt(), closed.source()));
	}

}
