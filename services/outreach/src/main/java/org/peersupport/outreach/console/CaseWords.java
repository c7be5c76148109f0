package org.peersupport.outreach.console;

import java.util.Map;

import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.outreach.outreachcase.AdministratorClosure;
import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutsideContact;

/**
 * Every code a case carries, in the words the console shows: an administrator reads
 * sentences, never a code. A reason this list does not know yet (a newer escalation) is
 * still shown, as "needs your attention".
 */
final class CaseWords {

	private static final Map<String, String> REASONS = Map.ofEntries(
			Map.entry(EscalationReasons.UNKNOWN_STAFF,
					"Not in the staff directory — no supporter can be chosen until they are"),
			Map.entry(EscalationReasons.NO_ELIGIBLE_SUPPORTER,
					"Needs a supporter — nobody meets the matching rules right now"),
			Map.entry(EscalationReasons.OFFERS_EXHAUSTED,
					"Needs a supporter — nobody accepted in time, offers ran out"),
			Map.entry(EscalationReasons.WINDOW_AT_RISK, "Time is running out — nobody has accepted yet"),
			Map.entry(EscalationReasons.WINDOW_MISSED, "Too late — the time to reach out ended before anyone accepted"),
			Map.entry(EscalationReasons.FOLLOW_UP_MISSED, "A follow-up check-in was missed"),
			Map.entry(EscalationReasons.TEAM_DEBRIEF_PROPOSED,
					"A team debrief is proposed — it needs a time and a place"),
			Map.entry(EscalationReasons.TEAM_DEBRIEF_UNSCHEDULED, "The proposed team debrief is still not scheduled"),
			Map.entry(EscalationReasons.TEAM_DEBRIEF_UNSTAFFED,
					"Nobody could facilitate the team debrief — schedule it again"),
			Map.entry(EscalationReasons.LEFT_DIRECTORY,
					"No longer in the staff directory — they may have left the organisation"));

	private CaseWords() {
	}

	static String reason(String code) {
		return (code != null) ? REASONS.getOrDefault(code, "Needs your attention") : "Needs your attention";
	}

	static String harm(HarmLevel harm) {
		if (harm == null) {
			return "Not known";
		}
		return switch (harm) {
			case DEATH -> "Death";
			case SEVERE -> "Severe harm";
			case MODERATE -> "Moderate harm";
			case MILD -> "Mild harm";
			case NO_HARM -> "No harm";
			case UNKNOWN -> "Not known";
		};
	}

	static String source(CaseSource source) {
		return switch (CaseSource.orIncident(source)) {
			case INCIDENT -> "an incident report";
			case SELF_REQUEST -> "the clinician asked for a check-in";
			case COLLEAGUE_REFERRAL -> "a colleague asked the program to reach out";
			case TEAM -> "a team event";
			case CAMPAIGN -> "a program campaign";
		};
	}

	static String role(InvolvementRole role) {
		if (role == null) {
			return "involved";
		}
		return switch (role) {
			case PRIMARY -> "at the centre of the event";
			case PARTICIPANT -> "took part in the care";
			case WITNESS -> "a witness";
			case REPORTER -> "reported the event";
			case OTHER -> "involved";
		};
	}

	static String status(CaseStatus status, CloseReason closeReason) {
		return switch (status) {
			case SCHEDULED -> "Waiting to be offered to a supporter";
			case OFFERED -> "Offered to a supporter, waiting for an answer";
			case ACCEPTED -> "A supporter accepted and will reach out";
			case NEEDS_ATTENTION -> "Needs you: matching could not place it";
			case CLOSED -> "Closed" + closed(closeReason);
		};
	}

	/** Why it closed, as a clause; nothing when the reason is not shown. */
	static String closed(CloseReason reason) {
		if (reason == null) {
			return "";
		}
		return switch (reason) {
			case COMPLETED, DECLINED_BY_CLINICIAN -> "";
			case OPTED_OUT -> " — the clinician opted out of outreach";
			case OUT_OF_SCOPE -> " — outside the program's scope";
			case EXPIRED -> " — nobody reached them in time";
			case CONTACTED_OUTSIDE_PLATFORM -> " — contacted outside the platform";
			case CLOSED_BY_ADMINISTRATOR -> " — closed by an administrator";
		};
	}

	static String contact(OutsideContact how) {
		return switch (how) {
			case PHONE -> "By phone";
			case IN_PERSON -> "In person";
			case OTHER -> "Another way";
		};
	}

	static String closure(AdministratorClosure reason) {
		return switch (reason) {
			case DECLINED_ELSEWHERE -> "The clinician said no thank you, by other means";
			case DUPLICATE -> "A duplicate of another case";
			case LEFT_ORGANISATION -> "The clinician left the organisation";
			case OTHER_PROGRAM -> "Another program is supporting them";
		};
	}

}
