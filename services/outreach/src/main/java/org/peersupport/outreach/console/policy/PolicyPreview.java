package org.peersupport.outreach.console.policy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.clinician.ClinicianContext;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.timing.CaseFacts;
import org.peersupport.outreach.timing.ContactHours;
import org.peersupport.outreach.timing.OfferPlan;
import org.peersupport.outreach.timing.OfferTiming;

/**
 * "What would happen": a report of this harm, category and time, planned by outreach's
 * own timing rules ({@link OfferTiming}, {@link ContactHours}) and the policy's own
 * follow-up and debrief rules, then told in plain words. Nothing here decides a time: it
 * only explains what those rules decided, so the preview cannot drift from what happens.
 * The clinician is one without preferences or a shift record, so only the facility's
 * rules apply.
 */
final class PolicyPreview {

	private PolicyPreview() {
	}

	/**
	 * A reported event to preview.
	 *
	 * @param harm the harm level, or null for a near miss
	 * @param category the category, or null
	 * @param day the day of the week it is reported
	 * @param time the time of day, in the facility's zone
	 * @param involved how many people were involved
	 */
	record Scenario(HarmLevel harm, EventCategory category, DayOfWeek day, LocalTime time, int involved) {
	}

	/**
	 * @param offered when the case would be offered, as a headline
	 * @param why the reasons, in order
	 * @param followUps the follow-ups, one line each
	 * @param debrief whether a team debrief is proposed, and why
	 */
	record Outcome(String offered, List<String> why, List<String> followUps, String debrief) {
	}

	/** The scenario reported on its next day after {@code now}. */
	static Outcome of(OutreachPolicy policy, Scenario scenario, Instant now) {
		ZoneId zone = policy.contact().zone();
		LocalDate date = now.atZone(zone).toLocalDate().with(TemporalAdjusters.next(scenario.day()));
		Instant reported = ZonedDateTime.of(date, scenario.time(), zone).toInstant();
		CaseFacts facts = (scenario.harm() == null)
				? new CaseFacts(reported, HarmLevel.NO_HARM, Actuality.NEAR_MISS, scenario.category())
				: new CaseFacts(reported, scenario.harm(), Actuality.ACTUAL, scenario.category());
		ClinicianContext anyone = ClinicianContext.none("preview");
		OfferPlan plan = OfferTiming.plan(policy, facts, anyone);
		boolean urgent = OfferTiming.isUrgent(policy, facts);
		List<String> why = new ArrayList<>();
		why.add("Reported " + PlainWords.when(reported, zone) + " (" + zone.getId().replace('_', ' ') + " time).");
		why.add(hold(policy, facts, plan, urgent, anyone));
		why.add(window(policy, facts, plan));
		String offered = (plan.dueAt().equals(reported) ? "Offered at once, " : "Offered ")
				+ PlainWords.when(plan.dueAt(), zone);
		return new Outcome(offered, why, followUps(policy, plan, zone), debrief(policy, scenario));
	}

	private static String what(CaseFacts facts) {
		String harm = (facts.actuality() == Actuality.NEAR_MISS) ? "a near miss" : PlainWords.harm(facts.harm());
		return (facts.category() != null) ? harm + ", " + PlainWords.category(facts.category()) : harm;
	}

	/** Why the offer goes when it does: urgent, allowed at once, or held. */
	private static String hold(OutreachPolicy policy, CaseFacts facts, OfferPlan plan, boolean urgent,
			ClinicianContext anyone) {
		OutreachPolicy.LocalTimeRange quiet = policy.contact().quietHours();
		String quietHours = (quiet != null)
				? "quiet hours " + PlainWords.time(quiet.start()) + "–" + PlainWords.time(quiet.end())
				: "no quiet hours";
		if (urgent) {
			String reason = (facts.actualHarm() != null && policy.urgent().harm().contains(facts.actualHarm()))
					? PlainWords.capitalised(PlainWords.harm(facts.actualHarm())) + " is urgent"
					: PlainWords.capitalised(PlainWords.category(facts.category())) + " is a high-impact event, urgent";
			return reason + ": offered at once, whatever the hour (" + quietHours + " do not hold it back).";
		}
		if (plan.dueAt().equals(facts.receivedAt())) {
			return (quiet != null) ? "Outside " + quietHours + ", so offered at once."
					: "No quiet hours: offered at once.";
		}
		Instant latest = plan.windowEndsAt().minus(policy.deadlines().acceptWithin());
		if (plan.dueAt().equals(latest) && !ContactHours.allowed(latest, policy, anyone)) {
			return "Inside " + quietHours + ", so held, but only until "
					+ PlainWords.time(plan.dueAt().atZone(policy.contact().zone()).toLocalTime())
					+ ": supporters must still have " + PlainWords.duration(policy.deadlines().acceptWithin())
					+ " to accept before the window ends.";
		}
		return "Inside " + quietHours + ", so held until they end.";
	}

	private static String window(OutreachPolicy policy, CaseFacts facts, OfferPlan plan) {
		Duration window = OfferTiming.window(policy, facts);
		Duration effective = Duration.between(facts.receivedAt(), plan.windowEndsAt());
		StringBuilder line = new StringBuilder(PlainWords.capitalised(what(facts)))
			.append(": a supporter must have accepted by ")
			.append(PlainWords.when(plan.windowEndsAt(), policy.contact().zone()))
			.append(", ")
			.append(PlainWords.duration(effective))
			.append(" after the report");
		if (effective.compareTo(window) > 0) {
			line.append(" (the window is ")
				.append(PlainWords.duration(window))
				.append(", but supporters always get ")
				.append(PlainWords.duration(policy.deadlines().acceptWithin()))
				.append(" to accept)");
		}
		return line.append('.').toString();
	}

	private static List<String> followUps(OutreachPolicy policy, OfferPlan plan, ZoneId zone) {
		List<String> lines = new ArrayList<>();
		for (Duration offset : policy.followUps().offsets()) {
			lines.add("Follow-up " + PlainWords.duration(offset)
					+ " after the first check-in that reaches them: if that is when the case is offered, "
					+ PlainWords.when(plan.dueAt().plus(offset), zone) + ".");
		}
		if (lines.isEmpty()) {
			lines.add("No follow-ups are planned after a first check-in.");
		}
		return lines;
	}

	private static String debrief(OutreachPolicy policy, Scenario scenario) {
		String people = PlainWords.count(scenario.involved(), "person").replace("persons", "people");
		String rule = "it takes "
				+ PlainWords.count(policy.teamDebriefThreshold(), "person").replace("persons", "people") + " involved"
				+ categories(policy);
		if (policy.proposesTeamDebrief(scenario.involved(), scenario.category())) {
			return "A team debrief is proposed: " + people + " involved (" + rule + ").";
		}
		return "No team debrief is proposed with " + people + " involved (" + rule + ").";
	}

	private static String categories(OutreachPolicy policy) {
		if (policy.teamDebrief().categories().isEmpty()) {
			return "";
		}
		return ", or two in " + policy.teamDebrief()
			.categories()
			.stream()
			.sorted()
			.map(PlainWords::category)
			.collect(Collectors.joining(" or ")) + " events";
	}

}
