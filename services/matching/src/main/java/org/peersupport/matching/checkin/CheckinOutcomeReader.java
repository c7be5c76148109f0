package org.peersupport.matching.checkin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.web.FieldReader;

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

	private static final Set<String> LISTS = Set.of(NEEDS, REFERRALS);

	private static final Set<String> FLAGS = Set.of(REFERRAL_CONSENT, CRISIS, FOLLOW_UP_WANTED);

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

	private CheckinOutcomeReader() {
	}

	/** Reads the JSON body of the check-in API. */
	public static CheckinOutcome fromJson(JsonNode body) {
		return read(FieldReader.ofObject(body, "must be a JSON object with the fields " + sorted(FIELDS)));
	}

	/**
	 * Reads the portal's outcome form as the JSON it stands for. A checkbox that is not
	 * ticked is not sent, so a missing flag is false; an empty follow-up id is none.
	 * @param form the submitted form
	 * @param otherFields fields the page itself adds (such as its signed token)
	 */
	public static CheckinOutcome fromForm(MultiValueMap<String, String> form, Set<String> otherFields) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		Set<String> repeated = new LinkedHashSet<>();
		for (Map.Entry<String, List<String>> field : form.entrySet()) {
			String name = field.getKey();
			List<String> values = field.getValue();
			if (otherFields.contains(name) || values.isEmpty()) {
				continue;
			}
			if (LISTS.contains(name)) {
				values.forEach(body.putArray(name)::add);
				continue;
			}
			if (values.size() > 1) {
				repeated.add(name);
			}
			String value = values.get(0);
			if (FLAGS.contains(name) && (value.equals("true") || value.equals("on") || value.equals("false"))) {
				body.put(name, !value.equals("false"));
			}
			else if (!(name.equals(FOLLOW_UP_ID) && value.isEmpty())) {
				body.put(name, value);
			}
		}
		FieldReader in = FieldReader.of(body);
		repeated.forEach((name) -> in.field(name).problem("must be given once"));
		return read(in);
	}

	private static CheckinOutcome read(FieldReader in) {
		in.onlyFields(FIELDS, "is not a field of a check-in outcome; it records codes and flags only (" + sorted(FIELDS)
				+ "), never free text");
		ContactOutcome contact = in.field(CONTACT)
			.choice(ContactOutcome.class)
			.required("is required: one of " + constants(ContactOutcome.class));
		List<NeedCode> needs = codes(in.field(NEEDS), NeedCode.class);
		List<ReferralKind> referrals = codes(in.field(REFERRALS), ReferralKind.class);
		boolean consent = in.field(REFERRAL_CONSENT).flag().orElse(false);
		boolean crisis = in.field(CRISIS).flag().orElse(false);
		boolean followUpWanted = in.field(FOLLOW_UP_WANTED).flag().orElse(false);
		String followUpId = in.field(FOLLOW_UP_ID)
			.text(64)
			.notBlank()
			.matching(IDENTIFIER, "must be the id of a follow-up")
			.optional();
		if (contact == ContactOutcome.NOT_REACHED) {
			// Nobody named a need to a supporter who did not reach them.
			if (!needs.isEmpty()) {
				in.field(NEEDS).problem("must be empty when the clinician was not reached");
			}
			if (!referrals.isEmpty()) {
				in.field(REFERRALS).problem("must be empty when the clinician was not reached");
			}
		}
		in.check();
		return new CheckinOutcome(contact, needs, referrals, consent, crisis, followUpWanted, followUpId);
	}

	/**
	 * Distinct codes. A longer list than there are codes repeats one or holds an unknown
	 * one, so it is refused as a whole.
	 */
	private static <E extends Enum<E>> List<E> codes(FieldReader list, Class<E> type) {
		Set<E> codes = new LinkedHashSet<>();
		list.listOf(type.getEnumConstants().length, (item) -> {
			E code = item.choice(type).required();
			if (code != null && !codes.add(code)) {
				item.problem("repeats a code already given");
			}
			return code;
		});
		return List.copyOf(codes);
	}

	private static <E extends Enum<E>> String constants(Class<E> type) {
		return List.of(type.getEnumConstants()).stream().map(Enum::name).collect(Collectors.joining(", "));
	}

	private static String sorted(Set<String> fields) {
		return fields.stream().sorted().collect(Collectors.joining(", "));
	}

}
