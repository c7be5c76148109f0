package org.peersupport.matching.console.assignment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A case's facts in the words an administrator reads: never a code or an enum name. */
final class CaseWords {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private CaseWords() {
	}

	static String harm(String level) {
		if (level == null) {
			return "Not known";
		}
		return switch (level) {
			case "DEATH" -> "Death";
			case "SEVERE" -> "Severe harm";
			case "MODERATE" -> "Moderate harm";
			case "MILD" -> "Mild harm";
			case "NO_HARM" -> "No harm (a near miss)";
			default -> "Not known";
		};
	}

	/** Where matching stands with the case, naming the supporter when there is one. */
	static String status(String status, String reason, String supporter, Instant expiresAt) {
		return switch (status) {
			case "PENDING" -> "Waiting to be matched with the other cases due now";
			case "OFFERED" ->
				(supporter != null) ? "Offered to " + supporter + ", who has until " + when(expiresAt) + " to answer"
						: "Offered, waiting for an answer";
			case "ACCEPTED" -> (supporter != null) ? "Accepted by " + supporter : "Accepted by a supporter";
			case "UNMATCHED" -> "Needs a supporter — " + unmatched(reason);
			case "CLOSED" -> "Closed: nothing more is offered";
			default -> "Not known";
		};
	}

	static String when(Instant at) {
		return (at != null) ? WHEN.format(at) : "";
	}

	private static String unmatched(String reason) {
		if (reason == null) {
			return "nobody could be offered it";
		}
		return switch (reason) {
			case "OFFERS_EXHAUSTED" -> "nobody accepted in time";
			case "UNKNOWN_STAFF" -> "the clinician is not in the directory";
			default -> "nobody could be offered it";
		};
	}

}
