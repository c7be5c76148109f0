package org.peersupport.contracts;

import java.util.List;
import java.util.Optional;

import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.AssignmentAccepted;
import org.peersupport.contracts.events.AssignmentDeclined;
import org.peersupport.contracts.events.AssignmentExpired;
import org.peersupport.contracts.events.AssignmentOffered;
import org.peersupport.contracts.events.AssignmentUnmatched;
import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.CrisisAcknowledged;
import org.peersupport.contracts.events.CrisisRaised;
import org.peersupport.contracts.events.DebriefFacilitatorsMatched;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.contracts.events.IncidentMilestone;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.contracts.events.ReferralClosed;
import org.peersupport.contracts.events.ReferralMade;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.contracts.events.TeamDebriefRecorded;
import org.peersupport.contracts.events.TeamDebriefScheduled;
import org.peersupport.contracts.events.TalkNowRequested;
import org.peersupport.contracts.events.CasePurged;
import org.peersupport.contracts.events.ErasureRequested;

/** The catalog of every event type on the wire. */
public final class Events {

	public static final EventType<AdverseEventReported> ADVERSE_EVENT_REPORTED = new EventType<>(
			"org.peersupport.adverse-event.reported.v1", Topics.ADVERSE_EVENTS_REPORTED, AdverseEventReported.class,
			"adverse-event-reported.v1.json");

	public static final EventType<OutreachDue> OUTREACH_DUE = new EventType<>("org.peersupport.outreach.due.v1",
			Topics.OUTREACH_DUE, OutreachDue.class, "outreach-due.v1.json");

	public static final EventType<OutreachEscalated> OUTREACH_ESCALATED = new EventType<>(
			"org.peersupport.outreach.escalated.v1", Topics.OUTREACH_ESCALATED, OutreachEscalated.class,
			"outreach-escalated.v1.json");

	public static final EventType<StaffDirectoryEntry> STAFF_DIRECTORY_ENTRY = new EventType<>(
			"org.peersupport.staff.directory-entry.v1", Topics.STAFF_DIRECTORY, StaffDirectoryEntry.class,
			"staff-directory-entry.v1.json");

	public static final EventType<AssignmentOffered> ASSIGNMENT_OFFERED = new EventType<>(
			"org.peersupport.assignment.offered.v1", Topics.ASSIGNMENTS_OFFERED, AssignmentOffered.class,
			"assignment-offered.v1.json");

	public static final EventType<AssignmentAccepted> ASSIGNMENT_ACCEPTED = new EventType<>(
			"org.peersupport.assignment.accepted.v1", Topics.ASSIGNMENTS_ACCEPTED, AssignmentAccepted.class,
			"assignment-accepted.v1.json");

	public static final EventType<AssignmentDeclined> ASSIGNMENT_DECLINED = new EventType<>(
			"org.peersupport.assignment.declined.v1", Topics.ASSIGNMENTS_DECLINED, AssignmentDeclined.class,
			"assignment-declined.v1.json");

	public static final EventType<AssignmentUnmatched> ASSIGNMENT_UNMATCHED = new EventType<>(
			"org.peersupport.assignment.unmatched.v1", Topics.ASSIGNMENTS_UNMATCHED, AssignmentUnmatched.class,
			"assignment-unmatched.v1.json");

	public static final EventType<IncidentMilestone> INCIDENT_MILESTONE = new EventType<>(
			"org.peersupport.adverse-event.milestone.v1", Topics.ADVERSE_EVENTS_MILESTONES, IncidentMilestone.class,
			"incident-milestone.v1.json");

	public static final EventType<OutreachClosed> OUTREACH_CLOSED = new EventType<>(
			"org.peersupport.outreach.closed.v1", Topics.OUTREACH_CLOSED, OutreachClosed.class,
			"outreach-closed.v1.json");

	public static final EventType<FollowUpDue> FOLLOW_UP_DUE = new EventType<>(
			"org.peersupport.outreach.follow-up-due.v1", Topics.OUTREACH_FOLLOW_UP_DUE, FollowUpDue.class,
			"follow-up-due.v1.json");

	public static final EventType<AssignmentExpired> ASSIGNMENT_EXPIRED = new EventType<>(
			"org.peersupport.assignment.expired.v1", Topics.ASSIGNMENTS_EXPIRED, AssignmentExpired.class,
			"assignment-expired.v1.json");

	public static final EventType<CheckinCompleted> CHECKIN_COMPLETED = new EventType<>(
			"org.peersupport.checkin.completed.v1", Topics.CHECKINS_COMPLETED, CheckinCompleted.class,
			"checkin-completed.v1.json");

	public static final EventType<ReferralMade> REFERRAL_MADE = new EventType<>("org.peersupport.referral.made.v1",
			Topics.REFERRALS_MADE, ReferralMade.class, "referral-made.v1.json");

	public static final EventType<ReferralClosed> REFERRAL_CLOSED = new EventType<>(
			"org.peersupport.referral.closed.v1", Topics.REFERRALS_CLOSED, ReferralClosed.class,
			"referral-closed.v1.json");

	public static final EventType<CrisisRaised> CRISIS_RAISED = new EventType<>(
			"org.peersupport.referral.crisis-raised.v1", Topics.REFERRALS_CRISIS, CrisisRaised.class,
			"crisis-raised.v1.json");

	public static final EventType<CrisisAcknowledged> CRISIS_ACKNOWLEDGED = new EventType<>(
			"org.peersupport.referral.crisis-acknowledged.v1", Topics.REFERRALS_CRISIS_ACKNOWLEDGED,
			CrisisAcknowledged.class, "crisis-acknowledged.v1.json");

	public static final EventType<TeamDebriefScheduled> TEAM_DEBRIEF_SCHEDULED = new EventType<>(
			"org.peersupport.outreach.team-debrief-scheduled.v1", Topics.OUTREACH_DEBRIEF_SCHEDULED,
			TeamDebriefScheduled.class, "team-debrief-scheduled.v1.json");

	public static final EventType<TeamDebriefRecorded> TEAM_DEBRIEF_RECORDED = new EventType<>(
			"org.peersupport.outreach.team-debrief-recorded.v1", Topics.OUTREACH_DEBRIEF_RECORDED,
			TeamDebriefRecorded.class, "team-debrief-recorded.v1.json");

	public static final EventType<DebriefFacilitatorsMatched> DEBRIEF_FACILITATORS_MATCHED = new EventType<>(
			"org.peersupport.assignment.debrief-facilitators-matched.v1", Topics.ASSIGNMENTS_DEBRIEF_FACILITATORS,
			DebriefFacilitatorsMatched.class, "debrief-facilitators-matched.v1.json");

	public static final EventType<TalkNowRequested> TALK_NOW_REQUESTED = new EventType<>(
			"org.peersupport.outreach.talk-now-requested.v1", Topics.OUTREACH_TALK_NOW, TalkNowRequested.class,
			"talk-now-requested.v1.json");

	public static final EventType<CasePurged> CASE_PURGED = new EventType<>("org.peersupport.outreach.case-purged.v1",
			Topics.OUTREACH_CASE_PURGED, CasePurged.class, "case-purged.v1.json");

	public static final EventType<ErasureRequested> ERASURE_REQUESTED = new EventType<>(
			"org.peersupport.outreach.erasure-requested.v1", Topics.OUTREACH_ERASURE_REQUESTED, ErasureRequested.class,
			"erasure-requested.v1.json");

	private Events() {
	}

	public static List<EventType<?>> all() {
		return List.of(ADVERSE_EVENT_REPORTED, INCIDENT_MILESTONE, OUTREACH_DUE, OUTREACH_ESCALATED, OUTREACH_CLOSED,
				FOLLOW_UP_DUE, STAFF_DIRECTORY_ENTRY, ASSIGNMENT_OFFERED, ASSIGNMENT_ACCEPTED, ASSIGNMENT_DECLINED,
				ASSIGNMENT_UNMATCHED, ASSIGNMENT_EXPIRED, CHECKIN_COMPLETED, REFERRAL_MADE, REFERRAL_CLOSED,
				CRISIS_RAISED, CRISIS_ACKNOWLEDGED, TEAM_DEBRIEF_SCHEDULED, TEAM_DEBRIEF_RECORDED,
				DEBRIEF_FACILITATORS_MATCHED, TALK_NOW_REQUESTED, CASE_PURGED, ERASURE_REQUESTED);
	}

	public static Optional<EventType<?>> byType(String type) {
		return all().stream().filter((candidate) -> candidate.type().equals(type)).findFirst();
	}

}
