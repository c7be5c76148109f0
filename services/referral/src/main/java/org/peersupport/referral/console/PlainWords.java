package org.peersupport.referral.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.contracts.events.ReferralKind;

/**
 * What an administrator reads instead of the API's codes: a kind of help in words, a
 * duration as "5 minutes".
 */
final class PlainWords {

	private PlainWords() {
	}

	static String kind(ReferralKind kind) {
		return switch (kind) {
			case EAP -> "Employee assistance program";
			case THERAPY -> "Therapy or counselling";
			case PSYCHIATRY -> "Psychiatry";
			case LEGAL -> "Legal advice";
			case DISCLOSURE_COACHING -> "Disclosure and apology coaching";
			case CHAPLAINCY -> "Chaplaincy or spiritual care";
			case CRISIS_LINE -> "Crisis line";
			case FINANCIAL -> "Financial counselling";
			case OTHER -> "Other help";
		};
	}

	/** The kinds as the choices of a select, the given one selected. */
	static List<Map<String, Object>> kinds(String selected) {
		List<Map<String, Object>> choices = new ArrayList<>();
		for (ReferralKind kind : ReferralKind.values()) {
			Map<String, Object> choice = new LinkedHashMap<>();
			choice.put("value", kind.name());
			choice.put("label", kind(kind));
			choice.put("selected", kind.name().equals(selected));
			choices.add(choice);
		}
		return choices;
	}

	/** "30 seconds", "5 minutes", "1 hour and 30 minutes". */
	static String duration(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return count(seconds, "second");
		}
		long hours = duration.toHours();
		long minutes = duration.toMinutesPart();
		if (hours == 0) {
			return count(minutes, "minute");
		}
		return (minutes == 0) ? count(hours, "hour") : count(hours, "hour") + " and " + count(minutes, "minute");
	}

	private static String count(long amount, String unit) {
		return amount + " " + unit + ((amount == 1) ? "" : "s");
	}

}
