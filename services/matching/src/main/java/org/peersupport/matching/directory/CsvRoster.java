package org.peersupport.matching.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.web.CsvRecords;
import org.peersupport.web.InvalidInputException;

/**
 * Parses the roster CSV
 * ({@code staffId,name,email,department,role,supervisorId,supporter,
 * trained,maxActive}, and optionally
 * {@code specialty,seniority,languages,identityTags,trainedOn,trainingExpiresOn,startedOn,leftOn,facility};
 * {@code startedOn} is when the person started their training or employment,
 * {@code leftOn} the day they left: a leaver stays on the roster with it;
 * {@code facility} the facility code they work at). Columns may come in any order; quoted
 * fields (RFC 4180) are supported. Lists (languages, identity tags) are separated by
 * semicolons. A bad row is reported and skipped; it never spoils the good rows.
 */
public final class CsvRoster {

	static final List<String> COLUMNS = List.of("staffId", "name", "email", "department", "role", "supervisorId",
			"supporter", "trained", "maxActive");

	static final List<String> OPTIONAL_COLUMNS = List.of("specialty", "seniority", "languages", "identityTags",
			"trainedOn", "trainingExpiresOn", "startedOn", "leftOn", "facility");

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
		List<List<String>> lines = CsvRecords.lenient(csv);
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
				StaffMember member = member(new RosterLine(fields, header), now);
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

	private static StaffMember member(RosterLine line, Instant now) {
		String staffId = line.required("staffId");
		String name = line.required("name");
		String email = line.optional("email");
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
			throw new IllegalArgumentException("email is not an e-mail address");
		}
		String supervisorId = line.optional("supervisorId");
		if (staffId.equals(supervisorId)) {
			throw new IllegalArgumentException("supervisorId cannot be the staff member themselves");
		}
		boolean supporter = line.bool("supporter");
		boolean trained = line.bool("trained");
		int maxActive = line.count("maxActive", supporter ? 2 : 0, 50);
		String seniority = line.optional("seniority");
		LocalDate trainedOn = line.date("trainedOn");
		LocalDate expiresOn = line.date("trainingExpiresOn");
		if (trainedOn != null && expiresOn != null && expiresOn.isBefore(trainedOn)) {
			throw new IllegalArgumentException("trainingExpiresOn is before trainedOn");
		}
		StaffMember.Profile profile = new StaffMember.Profile(line.optional("department"), line.optional("role"),
				supervisorId, line.optional("specialty"), (seniority != null) ? line.count("seniority", 0, 70) : null,
				line.codes("languages"), line.codes("identityTags"), line.date("startedOn"), line.date("leftOn"),
				line.code("facility"));
		return new StaffMember(staffId, name, email, profile,
				new StaffMember.Volunteering(supporter, trained, maxActive, trainedOn, expiresOn), now);
	}

}
