package org.peersupport.dashboard.figures;

import java.util.UUID;

import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentDeclined;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.OutreachEscalated;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Folds events into the program's aggregate figures. Only counts and times are kept. */
@Service
public class ProgramFigures {

	static final String OFFERS = "offers";

	static final String ACCEPTANCES = "acceptances";

	static final String DECLINES = "declines";

	static final String ESCALATIONS = "escalations";

	private final FigureRepository figures;

	private final CaseTimelineRepository timelines;

	private final ReportedEventRepository events;

	ProgramFigures(FigureRepository figures, CaseTimelineRepository timelines, ReportedEventRepository events) {
		this.figures = figures;
		this.timelines = timelines;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onReported(AdverseEventReported event) {
		this.events.remember(event.eventId());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onDue(OutreachDue due) {
		this.timelines.recordDue(UUID.fromString(due.caseId()), due.firstReceivedAt());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onOffered(AssignmentOffered offered) {
		this.figures.increment(OFFERS);
		this.timelines.recordOffer(UUID.fromString(offered.caseId()), offered.offeredAt());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onAccepted(AssignmentAccepted accepted) {
		this.figures.increment(ACCEPTANCES);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onDeclined(AssignmentDeclined declined) {
		this.figures.increment(DECLINES);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void onEscalated(OutreachEscalated escalated) {
		this.figures.increment(ESCALATIONS);
		this.timelines.recordEscalation(UUID.fromString(escalated.caseId()), escalated.escalatedAt());
	}

	@Transactional(readOnly = true)
	public ProgramSummary summary() {
		LatencySummary latency = this.timelines.latency();
		return new ProgramSummary(this.events.countEvents(), this.timelines.countOpened(), count(OFFERS),
				count(ACCEPTANCES), count(DECLINES), this.timelines.countNeedingAttention(), latency.median(),
				latency.p90(), latency.cases());
	}

	private long count(String name) {
		return this.figures.findById(name).map(Figure::value).orElse(0L);
	}

}
