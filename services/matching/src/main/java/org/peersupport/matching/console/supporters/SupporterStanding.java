package org.peersupport.matching.console.supporters;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.peersupport.matching.directory.TrainingStatus;
import org.peersupport.matching.wellbeing.SupporterLoadView;

/**
 * How a supporter stands against the program's limits, in words for the console: their
 * training and its expiry, their load against their capacity, a cool-down, a pause and
 * the fatigue signal, and what of it needs the administrator's attention.
 *
 * @param staffId the supporter
 * @param name their name, or "(name removed)" once their key is destroyed
 * @param training their training in words ("Valid until 3 Dec 2027", "Expired on …")
 * @param trainingTone the pill's tone: ok, warn or alert
 * @param load open offers and cases against their capacity ("2 of 4")
 * @param loadTone ok, warn or alert
 * @param coolDown "Until 8 Dec 2026, 14:05 UTC", or "None"
 * @param state "Active", "Paused" or "Paused until 3 Jan 2027"
 * @param paused whether they are paused
 * @param fatigue the fatigue signal in words
 * @param fatigueTone ok, warn or alert
 * @param recentCases what the fatigue signal counts ("5 cases in the last 30 days, 1
 * high-impact")
 * @param reasons what needs attention, in words; empty when nothing does
 * @param urgency 0 (nothing) to 2 (past a limit), for the order of the list
 */
public record SupporterStanding(String staffId, String name, String training, String trainingTone, String load,
		String loadTone, String coolDown, String state, boolean paused, String fatigue, String fatigueTone,
		String recentCases, List<String> reasons, int urgency) {

	/** Training that expires within this many days is flagged. */
	public static final int EXPIRY_WARNING_DAYS = 30;

	static final String NAME_REMOVED = "(name removed)";

	private static final String OK = "ok";

	private static final String WARN = "warn";

	private static final String ALERT = "alert";

	/** Whether anything is at or near a limit: the "near their limits" filter. */
	public boolean nearLimits() {
		return this.urgency > 0;
	}

	/** The reasons as one line, for a table cell. */
	public String reasonLine() {
		if (this.reasons.isEmpty()) {
			return "";
		}
		String line = String.join("; ", this.reasons);
		return Character.toUpperCase(line.charAt(0)) + line.substring(1);
	}

	static SupporterStanding of(String name, TrainingStatus training, SupporterLoadView load, String recentWindow,
			LocalDate today) {
		Attention attention = new Attention();
		String trainingWords;
		String trainingTone;
		if (!training.trained()) {
			trainingWords = "Not trained";
			trainingTone = ALERT;
			attention.past("not trained");
		}
		else if (training.expiresOn() == null) {
			trainingWords = "Trained; does not expire";
			trainingTone = OK;
		}
		else if (training.expiresOn().isBefore(today)) {
			trainingWords = "Expired on " + PlainWords.day(training.expiresOn());
			trainingTone = ALERT;
			attention.past("training expired");
		}
		else {
			long left = ChronoUnit.DAYS.between(today, training.expiresOn());
			if (left <= EXPIRY_WARNING_DAYS) {
				String when = (left == 0) ? "today" : "in " + PlainWords.days(left);
				trainingWords = "Expires " + when + " (" + PlainWords.day(training.expiresOn()) + ")";
				trainingTone = WARN;
				attention.near("training expires " + when);
			}
			else {
				trainingWords = "Valid until " + PlainWords.day(training.expiresOn());
				trainingTone = OK;
			}
		}

		int open = load.openOffers() + load.activeCases();
		String loadTone = OK;
		if (open >= load.maxActive()) {
			loadTone = ALERT;
			attention.past("at capacity");
		}
		else if (open > 0 && load.maxActive() - open <= 1) {
			loadTone = WARN;
			attention.near("one short of capacity");
		}
		String loadWords = open + " of " + load.maxActive();

		String fatigueWords = switch (load.fatigue()) {
			case OK -> "No sign";
			case NEAR -> "Near the fatigue limit";
			case AT -> "At the fatigue limit";
		};
		String fatigueTone = switch (load.fatigue()) {
			case OK -> OK;
			case NEAR -> WARN;
			case AT -> ALERT;
		};
		switch (load.fatigue()) {
			case NEAR -> attention.near("near the fatigue limit");
			case AT -> attention.past("at the fatigue limit");
			default -> {
			}
		}
		String recent = cases(load.recentCases()) + " in the last " + recentWindow + ", " + load.recentHighImpactCases()
				+ " high-impact";

		String coolDown = (load.coolDownUntil() != null) ? "Until " + PlainWords.moment(load.coolDownUntil()) : "None";
		String state = !load.paused() ? "Active"
				: (load.pausedUntil() != null) ? "Paused until " + PlainWords.day(load.pausedUntil()) : "Paused";
		return new SupporterStanding(load.staffId(), name, trainingWords, trainingTone, loadWords, loadTone, coolDown,
				state, load.paused(), fatigueWords, fatigueTone, recent, attention.reasons, attention.urgency);
	}

	private static String cases(int count) {
		return count + ((count == 1) ? " case" : " cases");
	}

	/** What needs attention, and how much: 2 once a limit is reached, 1 near it. */
	private static final class Attention {

		private final List<String> reasons = new ArrayList<>();

		private int urgency;

		void past(String reason) {
			this.reasons.add(reason);
			this.urgency = 2;
		}

		void near(String reason) {
			this.reasons.add(reason);
			this.urgency = Math.max(this.urgency, 1);
		}

	}

}
