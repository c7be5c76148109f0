package org.peersupport.outreach.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.events.NeedCode;
import org.peersupport.outreach.debrief.DebriefOutcome;
import org.peersupport.outreach.debrief.DebriefPlan;
import org.peersupport.outreach.debrief.DebriefStatus;
import org.peersupport.web.FieldReader;
import org.peersupport.web.InvalidInputException;

/**
 * Reads the bodies of the team-debrief routes, naming every bad field at once. A place is
 * a short room label from a safe alphabet, a video link an https URL: neither can carry
 * markup or a script into the invitation. The outcome has no text field at all, so an
 * unknown property ({@code notes}) is refused by name rather than ignored.
 */
public final class DebriefRequests {

	/** A room label: letters, digits, spaces and a little punctuation. */
	static final Pattern PLACE = Pattern.compile("[A-Za-z0-9 .,'()/#&-]{1,80}");

	static final int MAX_PLACE = 80;

	static final int MAX_LINK = 500;

	/** More than anyone involved in one event (intake accepts 500). */
	static final int MAX_ATTENDED = 500;

	/** How far ahead a debrief may be scheduled. */
	static final Duration LONGEST_AHEAD = Duration.ofDays(90);

	private static final String UNKNOWN = "is not a field of this request";

	private DebriefRequests() {
	}

	/** A schedule, from the API's body or the console's form read as one. */
	public static DebriefPlan plan(JsonNode body, Instant now) {
		FieldReader in = FieldReader.ofObject(body);
		in.onlyFields(List.of("startsAt", "place", "videoLink", "facilitators"), UNKNOWN);
		Instant startsAt = in.field("startsAt")
			.instant()
			.must((at) -> at.isAfter(now), "must be in the future")
			.must((at) -> !at.isAfter(now.plus(LONGEST_AHEAD)), "must be within " + LONGEST_AHEAD.toDays() + " days")
			.required();
		String place = in.field("place")
			.text(MAX_PLACE)
			.matching(PLACE, "must be a room label of letters, digits, spaces and . , ' ( ) / # & -")
			.optional();
		String videoLink = in.field("videoLink")
			.text(MAX_LINK)
			.must(DebriefRequests::isHttpsUrl, "must be an https URL")
			.optional();
		if (in.field("place").isPresent() == in.field("videoLink").isPresent()) {
			in.field("place").problem("give either a place or a videoLink, not both and not neither");
		}
		Integer facilitators = in.field("facilitators")
			.integer()
			.must((n) -> n == 1 || n == 2, "must be 1 or 2")
			.optional();
		in.check();
		return new DebriefPlan(startsAt, place, videoLink, (facilitators != null) ? facilitators : 2);
	}

	static DebriefOutcome outcome(JsonNode body) {
		FieldReader in = FieldReader.ofObject(body);
		in.onlyFields(List.of("held", "attended", "needs"), UNKNOWN + ": only codes and a count are kept");
		Boolean held = in.field("held").flag().required();
		Integer attended = in.field("attended")
			.integer()
			.must((n) -> n >= 0 && n <= MAX_ATTENDED, "must be between 0 and " + MAX_ATTENDED)
			.required();
		if (Boolean.FALSE.equals(held) && attended != null && attended != 0) {
			in.field("attended").problem("must be 0 when the debrief was not held");
		}
		List<NeedCode> needs = in.field("needs")
			.listOf(NeedCode.values().length * 2, (need) -> need.choice(NeedCode.class).required())
			.stream()
			.distinct()
			.toList();
		in.check();
		return new DebriefOutcome(held, attended, needs);
	}

	public static UUID debriefId(String debriefId) {
		try {
			return UUID.fromString(debriefId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("debriefId", "must be a team debrief id (UUID)");
		}
	}

	static DebriefStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return DebriefStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status",
					"must be one of PROPOSED, SCHEDULED, STAFFED, UNSTAFFED, HELD, NOT_HELD");
		}
	}

	/** An absolute https URL with a host and no user name or password in it. */
	static boolean isHttpsUrl(String text) {
		try {
			URI uri = new URI(text);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty()
					&& uri.getRawUserInfo() == null && text.chars().noneMatch(Character::isWhitespace)
					&& text.toLowerCase(Locale.ROOT).startsWith("https://");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
