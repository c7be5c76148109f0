package org.peersupport.matching.checkin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.util.MultiValueMap;

/**
 * Reads a check-in outcome from JSON or from the portal's form, strictly: an unknown
 * property, an unknown code or a value of the wrong type is refused with the field named,
 * so there is no place where words could be smuggled in and stored. Values are never
 * echoed back: a supporter who typed something into a field meant for codes may have
 * typed something private.
 */
public final class CheckinOutcomeReader {

	static final String CONTACT = "contact";

	static final String NEEDS = "needs";

	static final String REFERRALS = "referrals";

	static final String REFERRAL_CONSENT = "referralConsent";

	static final String CRISIS = "crisis";

	static final String FOLLOW_UP_WANTED = "followUpWanted";

	static final String FOLLOW_UP_ID = "followUpId";

	static final Set<String> FIELDS = Set.of(CONTACT, NEEDS, REFERRALS, REFERRAL_CONSENT, CRISIS, FOLLOW_UP_WANTED,
			FOLLOW_UP_ID);

	private static final Pattern ECHOABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

	private final List<FieldProblem> problems = new ArrayList<>();

	private CheckinOutcomeReader() {
	}

	/** Reads the JSON body of the check-in API. */
	public static CheckinOutcome fromJson(JsonNode body) {
		CheckinOutcomeReader reader = new CheckinOutcomeReader();
		if (body == null || !body.isObject()) {
			throw new InvalidInputException("body", "must be a JSON object with the fields " + sorted(FIELDS));
		}
		reader.rejectUnknown(body.propertyNames());
		ContactOutcome contact = reader.contact(jsonText(body.get(CONTACT)));
		List<NeedCode> needs = reader.codes(NeedCode.class, NEEDS, reader.jsonList(body.get(NEEDS), NEEDS));
		List<ReferralKind> referrals = reader.codes(ReferralKind.class, REFERRALS,
				reader.jsonList(body.get(REFERRALS), REFERRALS));
		boolean consent = reader.jsonFlag(body.get(REFERRAL_CONSENT), REFERRAL_CONSENT);
		boolean crisis = reader.jsonFlag(body.get(CRISIS), CRISIS);
		boolean followUpWanted = reader.jsonFlag(body.get(FOLLOW_UP_WANTED), FOLLOW_UP_WANTED);
		String followUpId = reader.followUpId(jsonText(body.get(FOLLOW_UP_ID)));
		return reader.outcome(contact, needs, referrals, consent, crisis, followUpWanted, followUpId);
	}

	/**
	 * Reads the portal's outcome form. A checkbox that is not ticked is not sent, so a
	 * missing flag is false.
	 * @param form the submitted form
	 * @param otherFields fields the page itself adds (such as its signed token)
	 */
	public static CheckinOutcome fromForm(MultiValueMap<String, String> form, Set<String> otherFields) {
		CheckinOutcomeReader reader = new CheckinOutcomeReader();
		reader.rejectUnknown(form.keySet().stream().filter((name) -> !otherFields.contains(name)).toList());
		ContactOutcome contact = reader.contact(reader.single(form, CONTACT));
		List<NeedCode> needs = reader.codes(NeedCode.class, NEEDS, form.getOrDefault(NEEDS, List.of()));
		List<ReferralKind> referrals = reader.codes(ReferralKind.class, REFERRALS,
				form.getOrDefault(REFERRALS, List.of()));
		boolean consent = reader.formFlag(form, REFERRAL_CONSENT);
		boolean crisis = reader.formFlag(form, CRISIS);
		boolean followUpWanted = reader.formFlag(form, FOLLOW_UP_WANTED);
		String followUpId = reader.single(form, FOLLOW_UP_ID);
		followUpId = reader.followUpId((followUpId == null || followUpId.isEmpty()) ? null : followUpId);
		return reader.outcome(contact, needs, referrals, consent, crisis, followUpWanted, followUpId);
	}

	private CheckinOutcome outcome(ContactOutcome contact, List<NeedCode> needs, List<ReferralKind> referrals,
			boolean consent, boolean crisis, boolean followUpWanted, String followUpId) {
		if (contact == ContactOutcome.NOT_REACHED) {
			// Nobody named a need to a supporter who did not reach them.
			if (!needs.isEmpty()) {
				problem(NEEDS, "must be empty when the clinician was not reached");
			}
			if (!referrals.isEmpty()) {
				problem(REFERRALS, "must be empty when the clinician was not reached");
			}
		}
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
		return new CheckinOutcome(contact, needs, referrals, consent, crisis, followUpWanted, followUpId);
	}

	private void rejectUnknown(Iterable<String> names) {
		for (String name : names) {
			if (!FIELDS.contains(name)) {
				String field = ECHOABLE_NAME.matcher(name).matches() ? name : "body";
				problem(field, "is not a field of a check-in outcome; it records codes and flags only ("
						+ sorted(FIELDS) + "), never free text");
			}
		}
	}

	private ContactOutcome contact(String value) {
		if (value == null) {
			problem(CONTACT, "is required: one of " + names(ContactOutcome.class));
			return null;
		}
		return code(ContactOutcome.class, CONTACT, value);
	}

	private <E extends Enum<E>> List<E> codes(Class<E> type, String field, List<String> values) {
		Set<E> codes = new LinkedHashSet<>();
		for (int i = 0; i < values.size(); i++) {
			String item = field + "[" + i + "]";
			String value = values.get(i);
			if (value == null) {
				problem(item, "must be one of " + names(type));
				continue;
			}
			E code = code(type, item, value);
			if (code != null && !codes.add(code)) {
				problem(item, "repeats a code already given");
			}
		}
		return List.copyOf(codes);
	}

	private <E extends Enum<E>> E code(Class<E> type, String field, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		problem(field, "must be one of " + names(type));
		return null;
	}

	private List<String> jsonList(JsonNode node, String field) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			problem(field, "must be an array of codes");
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (JsonNode item : node.values()) {
			values.add(item.isString() ? item.stringValue() : null);
		}
		return values;
	}

	private boolean jsonFlag(JsonNode node, String field) {
		if (node == null || node.isNull()) {
			return false;
		}
		if (!node.isBoolean()) {
			problem(field, "must be true or false");
			return false;
		}
		return node.booleanValue();
	}

	/** A string, or "" for any other type so that the field's own check refuses it. */
	private static String jsonText(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isString() ? node.stringValue() : "";
	}

	private String single(MultiValueMap<String, String> form, String field) {
		List<String> values = form.get(field);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			problem(field, "must be given once");
		}
		return values.get(0);
	}

	private boolean formFlag(MultiValueMap<String, String> form, String field) {
		String value = single(form, field);
		if (value == null || value.equals("false")) {
			return false;
		}
		if (value.equals("true") || value.equals("on")) {
			return true;
		}
		problem(field, "must be true or false");
		return false;
	}

	private String followUpId(String value) {
		if (value != null && !IDENTIFIER.matcher(value).matches()) {
			problem(FOLLOW_UP_ID, "must be the id of a follow-up");
			return null;
		}
		return value;
	}

	private void problem(String field, String reason) {
		this.problems.add(new FieldProblem(field, reason));
	}

	private static <E extends Enum<E>> String names(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	private static String sorted(Set<String> fields) {
		return fields.stream().sorted().collect(Collectors.joining(", "));
	}

}
