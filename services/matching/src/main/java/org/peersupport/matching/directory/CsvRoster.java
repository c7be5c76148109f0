package org.peersupport.matching.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.peersupport.web.InvalidInputException;

/**
 * Parses the roster CSV
 * ({@code staffId,name,email,department,role,supervisorId,supporter,
 * trained,maxActive}, and optionally
 * {@code specialty,seniority,languages,identityTags,trainedOn,trainingExpiresOn}).
 * Columns may come in any order; quoted fields (RFC 4180) are supported. Lists
 * (languages, identity tags) are separated by semicolons. A bad row is reported and
 * skipped; it never spoils the good rows.
 */
public final class CsvRoster {

	static final List<String> COLUMNS = List.of("staffId", "name", "email", "department", "role", "supervisorId",
			"supporter", "trained", "maxActive");

	static final List<String> OPTIONAL_COLUMNS = List.of("specialty", "seniority", "languages", "identityTags",
			"trainedOn", "trainingExpiresOn");

	/**
	 * Codes only: a language tag such as {@code en} or {@code pt-BR}, a tag such as
	 * {@code lgbtq}.
	 */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

	private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");

	private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "");

	/**
	 * The parsed roster.
	 *
	 * @param members the valid rows
	 * @param rejected the refused rows, with reasons
	 */
	public record Parsed(List<StaffMember> members, List<RosterRow> rejected) {
	}

	private CsvRoster() {
	}

	public static Parsed parse(String csv, Instant now) {
		List<List<String>> lines = records(csv);
		if (lines.isEmpty()) {
			throw new InvalidInputException("body", "is empty; expected a header line: " + String.join(",", COLUMNS));
		}
		Map<String, Integer> header = header(lines.get(0));
		List<StaffMember> members = new ArrayList<>();
		List<RosterRow> rejected = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 1; i < lines.size(); i++) {
			List<String> fields = lines.get(i);
			if (fields.size() == 1 && fields.get(0).isBlank()) {
				continue;
			}
			int lineNumber = i + 1;
			try {
				StaffMember member = row(fields, header, now);
				Integer earlier = seen.putIfAbsent(member.staffId(), lineNumber);
				if (earlier != null) {
					throw new IllegalArgumentException("staffId repeats line " + earlier);
				}
				members.add(member);
			}
			catch (IllegalArgumentException ex) {
				String staffId = (fields.size() > header.get("staffId")) ? fields.get(header.get("staffId")) : null;
				rejected.add(new RosterRow(lineNumber, staffId, ex.getMessage()));
			}
		}
		return new Parsed(members, rejected);
	}

	private static Map<String, Integer> header(List<String> names) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			positions.put(names.get(i).strip(), i);
		}
		List<String> missing = COLUMNS.stream().filter((column) -> !positions.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("header",
					"is missing column(s) " + String.join(", ", missing) + "; expected " + String.join(",", COLUMNS));
		}
		return positions;
	}

	private static StaffMember row(List<String> fields, Map<String, Integer> header, Instant now) {
		if (fields.size() != header.size()) {
			throw new IllegalArgumentException("has " + fields.size() + " fields, expected " + header.size());
		}
		String staffId = required(fields, header, "staffId");
		String name = required(fields, header, "name");
		String email = optional(fields, header, "email");
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
			throw new IllegalArgumentException("email is not an e-mail address");
		}
		String supervisorId = optional(fields, header, "supervisorId");
		if (staffId.equals(supervisorId)) {
			throw new IllegalArgumentException("supervisorId cannot be the staff member themselves");
		}
		boolean supporter = bool(fields, header, "supporter");
		boolean trained = bool(fields, header, "trained");
		int maxActive = count(fields, header, "maxActive", supporter ? 2 : 0, 50);
		String seniority = optional(fields, header, "seniority");
		LocalDate trainedOn = date(fields, header, "trainedOn");
		LocalDate expiresOn = date(fields, header, "trainingExpiresOn");
		if (trainedOn != null && expiresOn != null && expiresOn.isBefore(trainedOn)) {
			throw new IllegalArgumentException("trainingExpiresOn is before trainedOn");
		}
		StaffMember.Profile profile = new StaffMember.Profile(optional(fields, header, "department"),
				optional(fields, header, "role"), supervisorId, optional(fields, header, "specialty"),
				(seniority != null) ? count(fields, header, "seniority", 0, 70) : null,
				codes(fields, header, "languages"), codes(fields, header, "identityTags"));
		return new StaffMember(staffId, name, email, profile,
				new StaffMember.Volunteering(supporter, trained, maxActive, trainedOn, expiresOn), now);
	}

	private static String codes(List<String> fields, Map<String, Integer> header, String column) {
		String value = optional(fields, header, column);
		if (value == null) {
			return "";
		}
		Set<String> codes = new TreeSet<>();
		for (String code : value.split(";")) {
			String trimmed = code.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (!CODE.matcher(trimmed).matches()) {
				throw new IllegalArgumentException(column + " must be codes separated by ';', was '" + trimmed + "'");
			}
			codes.add(trimmed.toLowerCase(Locale.ROOT));
		}
		return String.join(",", codes);
	}

	private static LocalDate date(List<String> fields, Map<String, Integer> header, String column) {
		String value = optional(fields, header, column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(column + " must be a date like 2026-01-31, was '" + value + "'");
		}
	}

	private static String required(List<String> fields, Map<String, Integer> header, String column) {
		String value = optional(fields, header, column);
		if (value == null) {
			throw new IllegalArgumentException(column + " is required");
		}
		return value;
	}

	private static String optional(List<String> fields, Map<String, Integer> header, String column) {
		Integer position = header.get(column);
		if (position == null) {
			return null;
		}
		String value = fields.get(position).strip();
		return value.isEmpty() ? null : value;
	}

	private static boolean bool(List<String> fields, Map<String, Integer> header, String column) {
		String value = fields.get(header.get(column)).strip().toLowerCase(Locale.ROOT);
		if (TRUE.contains(value)) {
			return true;
		}
		if (FALSE.contains(value)) {
			return false;
		}
		throw new IllegalArgumentException(column + " must be true or false, was '" + value + "'");
	}

	private static int count(List<String> fields, Map<String, Integer> header, String column, int fallback, int max) {
		String value = optional(fields, header, column);
		if (value == null) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed < 0 || parsed > max) {
				throw new IllegalArgumentException(column + " must be between 0 and " + max);
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " must be a whole number, was '" + value + "'");
		}
	}

	/**
	 * Splits RFC 4180 CSV into records of fields; quotes may hold commas, quotes and
	 * newlines.
	 */
	static List<List<String>> records(String csv) {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				records.add(fields);
				fields = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(fields);
		}
		return records;
	}

}
