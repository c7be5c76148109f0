package org.peersupport.intake.nativeform;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.intake.report.IncidentReport;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

/**
 * Reads the native JSON form. It collects every problem rather than stopping at the
 * first, so a sender fixes its integration in one round. {@code patient} and
 * {@code narrative} are accepted and never read: minimization starts at parsing.
 */
public final class NativeReportReader {

	static final int MAX_TEXT = 200;

	static final int MAX_INVOLVED = 500;

	/**
	 * Clocks of reporting systems drift; an event a little in the future is still
	 * plausible.
	 */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	private final List<FieldProblem> problems = new ArrayList<>();

	private final Instant now;

	private NativeReportReader(Instant now) {
		this.now = now;
	}

	/**
	 * @param source the authenticated client that sent the report; a {@code source} field
	 * in the body is the sender's word and is ignored
	 */
	public static IncidentReport read(JsonNode root, Instant now, String source) {
		return new NativeReportReader(now).readReport(root, source);
	}

	private IncidentReport readReport(JsonNode root, String source) {
		if (root == null || !root.isObject()) {
			throw new InvalidInputException("body", "must be a JSON object");
		}
		String reportId = requiredText(root, "reportId");
		Instant occurredAt = instant(root, "occurredAt", true);
		Instant reportedAt = instant(root, "reportedAt", false);
		HarmLevel harm = oneOf(root, "harm", HarmLevel.class, true);
		Actuality actuality = oneOf(root, "actuality", Actuality.class, false);
		EventCategory category = oneOf(root, "category", EventCategory.class, false);
		String facility = optionalText(root, "facility");
		String unit = optionalText(root, "unit");
		List<InvolvedClinician> involved = involved(root.get("involved"));
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
		return new IncidentReport(source, reportId, occurredAt, reportedAt, harm,
				(actuality != null) ? actuality : Actuality.ACTUAL, category, facility, unit, involved, List.of());
	}

	private List<InvolvedClinician> involved(JsonNode node) {
		if (node == null || node.isNull()) {
			return reject("involved", "is required");
		}
		if (!node.isArray()) {
			return reject("involved", "must be an array of {staffId, role}");
		}
		if (node.isEmpty()) {
			return reject("involved", "must name at least one staff member");
		}
		if (node.size() > MAX_INVOLVED) {
			return reject("involved", "must name at most " + MAX_INVOLVED + " staff members");
		}
		// One entry per person: a clinician listed twice is still one person to reach.
		Map<String, InvolvedClinician> byStaffId = new LinkedHashMap<>();
		for (int i = 0; i < node.size(); i++) {
			JsonNode entry = node.get(i);
			String path = "involved[" + i + "]";
			if (!entry.isObject()) {
				this.problems.add(new FieldProblem(path, "must be an object with staffId and role"));
				continue;
			}
			String staffId = requiredText(entry, "staffId", path + ".staffId");
			InvolvementRole role = oneOf(entry, "role", InvolvementRole.class, true, path + ".role");
			if (staffId != null && role != null) {
				byStaffId.putIfAbsent(staffId, new InvolvedClinician(staffId, role));
			}
		}
		return List.copyOf(byStaffId.values());
	}

	private String requiredText(JsonNode parent, String field) {
		return requiredText(parent, field, field);
	}

	private String requiredText(JsonNode parent, String field, String path) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return reject(path, "is required");
		}
		return text(node, path);
	}

	private String optionalText(JsonNode parent, String field) {
		JsonNode node = parent.get(field);
		return (node == null || node.isNull()) ? null : text(node, field);
	}

	private String text(JsonNode node, String path) {
		if (!node.isString()) {
			return reject(path, "must be a string");
		}
		String value = node.asString().strip();
		if (value.isEmpty()) {
			return reject(path, "must not be blank");
		}
		if (value.length() > MAX_TEXT) {
			return reject(path, "must be at most " + MAX_TEXT + " characters");
		}
		if (IncidentReport.hasControlCharacters(value)) {
			return reject(path, "must not contain control characters");
		}
		return value;
	}

	private Instant instant(JsonNode parent, String field, boolean required) {
		String value = required ? requiredText(parent, field) : optionalText(parent, field);
		if (value == null) {
			return null;
		}
		try {
			Instant instant = Instant.parse(value);
			if (instant.isAfter(this.now.plus(CLOCK_SKEW))) {
				return reject(field, "must not be in the future");
			}
			return instant;
		}
		catch (DateTimeParseException ex) {
			return reject(field, "must be an ISO-8601 instant such as 2026-03-01T14:30:00Z");
		}
	}

	private <E extends Enum<E>> E oneOf(JsonNode parent, String field, Class<E> type, boolean required) {
		return oneOf(parent, field, type, required, field);
	}

	private <E extends Enum<E>> E oneOf(JsonNode parent, String field, Class<E> type, boolean required, String path) {
		String value = required ? requiredText(parent, field, path) : optionalText(parent, field);
		if (value == null) {
			return null;
		}
		String constant = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(constant)) {
				return candidate;
			}
		}
		List<String> allowed = new ArrayList<>();
		for (E candidate : type.getEnumConstants()) {
			allowed.add(candidate.name());
		}
		return reject(path, "must be one of " + String.join(", ", allowed));
	}

	private <T> T reject(String field, String reason) {
		this.problems.add(new FieldProblem(field, reason));
		return null;
	}

}
