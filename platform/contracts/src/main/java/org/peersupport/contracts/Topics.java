package org.peersupport.contracts;

import java.util.List;

/**
 * Kafka topic names of the platform. A topic name carries its major version; a breaking
 * change gets a new topic, never a new meaning for an old one.
 */
public final class Topics {

	/** Minimized adverse events from intake, keyed by the event id. */
	public static final String ADVERSE_EVENTS_REPORTED = "adverse-events.reported.v1";

	/** Outreach cases that need a supporter now, keyed by the clinician's staff id. */
	public static final String OUTREACH_DUE = "outreach.due.v1";

	/** Cases that need the program administrator, keyed by the clinician's staff id. */
	public static final String OUTREACH_ESCALATED = "outreach.escalated.v1";

	/** Staff directory, compacted, keyed by staff id. */
	public static final String STAFF_DIRECTORY = "staff.directory.v1";

	/** Offers made to supporters, keyed by the clinician's staff id. */
	public static final String ASSIGNMENTS_OFFERED = "assignments.offered.v1";

	/** Offers a supporter accepted, keyed by the clinician's staff id. */
	public static final String ASSIGNMENTS_ACCEPTED = "assignments.accepted.v1";

	/** Offers a supporter declined, keyed by the clinician's staff id. */
	public static final String ASSIGNMENTS_DECLINED = "assignments.declined.v1";

	/** Cases matching could not place with anyone, keyed by the clinician's staff id. */
	public static final String ASSIGNMENTS_UNMATCHED = "assignments.unmatched.v1";

	/**
	 * Later steps for reported incidents (RCA, peer review, disclosure, claim), keyed by
	 * the event id.
	 */
	public static final String ADVERSE_EVENTS_MILESTONES = "adverse-events.milestones.v1";

	/** Closed outreach cases with the reason, keyed by the clinician's staff id. */
	public static final String OUTREACH_CLOSED = "outreach.closed.v1";

	/** Follow-up check-ins that are due, keyed by the clinician's staff id. */
	public static final String OUTREACH_FOLLOW_UP_DUE = "outreach.follow-up-due.v1";

	/** Offers that expired unanswered, keyed by the clinician's staff id. */
	public static final String ASSIGNMENTS_EXPIRED = "assignments.expired.v1";

	/** Minimal check-in outcomes, keyed by the clinician's staff id. */
	public static final String CHECKINS_COMPLETED = "checkins.completed.v1";

	/** Referrals offered, keyed by the clinician's staff id. */
	public static final String REFERRALS_MADE = "referrals.made.v1";

	/** Referrals closed, keyed by the clinician's staff id. */
	public static final String REFERRALS_CLOSED = "referrals.closed.v1";

	/** Crisis flags raised at check-ins, keyed by the clinician's staff id. */
	public static final String REFERRALS_CRISIS = "referrals.crisis.v1";

	/** Crises an on-call lead acknowledged, keyed by the clinician's staff id. */
	public static final String REFERRALS_CRISIS_ACKNOWLEDGED = "referrals.crisis-acknowledged.v1";

	/** Team debriefs the administrator scheduled, keyed by the debrief id. */
	public static final String OUTREACH_DEBRIEF_SCHEDULED = "outreach.debrief-scheduled.v1";

	/** Team debriefs whose outcome a facilitator recorded, keyed by the debrief id. */
	public static final String OUTREACH_DEBRIEF_RECORDED = "outreach.debrief-recorded.v1";

	/** Facilitators matching chose for a team debrief, keyed by the debrief id. */
	public static final String ASSIGNMENTS_DEBRIEF_FACILITATORS = "assignments.debrief-facilitators.v1";

	/**
	 * Clinicians who asked to talk to someone now, for the crisis path; keyed by the
	 * clinician's staff id.
	 */
	public static final String OUTREACH_TALK_NOW = "outreach.talk-now.v1";

	/**
	 * Closed cases whose identifiable records reached the end of their retention, keyed
	 * by the clinician's staff id: every service deletes what it keeps of the case.
	 */
	public static final String OUTREACH_CASE_PURGED = "outreach.case-purged.v1";

	/**
	 * Erasure requests made on a clinician's behalf, keyed by their staff id: every
	 * service erases what it keeps of the person.
	 */
	public static final String OUTREACH_ERASURE_REQUESTED = "outreach.erasure-requested.v1";

	private Topics() {
	}

	/**
	 * Every business topic, for tooling that must see all of them (topic creation,
	 * audits).
	 */
	public static List<String> all() {
		return List.of(ADVERSE_EVENTS_REPORTED, ADVERSE_EVENTS_MILESTONES, OUTREACH_DUE, OUTREACH_ESCALATED,
				OUTREACH_CLOSED, OUTREACH_FOLLOW_UP_DUE, STAFF_DIRECTORY, ASSIGNMENTS_OFFERED, ASSIGNMENTS_ACCEPTED,
				ASSIGNMENTS_DECLINED, ASSIGNMENTS_UNMATCHED, ASSIGNMENTS_EXPIRED, CHECKINS_COMPLETED, REFERRALS_MADE,
				REFERRALS_CLOSED, REFERRALS_CRISIS, REFERRALS_CRISIS_ACKNOWLEDGED, OUTREACH_DEBRIEF_SCHEDULED,
				OUTREACH_DEBRIEF_RECORDED, ASSIGNMENTS_DEBRIEF_FACILITATORS, OUTREACH_TALK_NOW, OUTREACH_CASE_PURGED,
				OUTREACH_ERASURE_REQUESTED);
	}

	/** Compacted topics keep the latest record per key forever. */
	public static boolean isCompacted(String topic) {
		return STAFF_DIRECTORY.equals(topic);
	}

	/**
	 * The dead-letter topic of a consumer group. One per group, so that a poison message
	 * is replayed only to the consumer that failed on it.
	 */
	public static String deadLetterTopic(String consumerGroup) {
		return consumerGroup + ".dlq";
	}

}
