package org.peersupport.outreach.policy;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.web.FieldReader;
import org.peersupport.web.InvalidInputException;

/**
 * Reads and validates a policy. Every problem is reported at once, each naming its field,
 * so an administrator fixes a policy in one round trip; nothing partial is ever accepted.
 */
public final class PolicyReader {

	static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private static final String UNKNOWN_FIELD = "is not a policy field";

	private static final int MAX_FOLLOW_UPS = 20;

	private static final int MAX_ROLES = 100;

	private static final Set<EventCategory> DEFAULT_DEBRIEF_CATEGORIES = Set.of(EventCategory.RESUSCITATION,
			EventCategory.VIOLENCE_AGAINST_STAFF);

	private static final Duration SHORTEST_RETENTION = Duration.ofDays(1);

	/** A year: longer is a typo, not a retention rule. */
	private static final Duration LONGEST_RETENTION = Duration.ofDays(365);

	private static final Duration DEFAULT_DEBRIEF_LEAD_TIME = Duration.ofHours(24);

	/** The eligibility scopes, as the document names them. */
	private enum ScopeKind {

		ALL_CLINICAL_STAFF, PHYSICIANS_ONLY, ROLES

	}

	private PolicyReader() {
	}

	/**
	 * Parses and validates policy JSON.
	 * @throws InvalidInputException naming every bad field
	 */
	public static Read read(String json) {
		JsonNode tree;
		try {
			tree = STRICT.readTree(json);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "is not readable JSON");
		}
		if (tree == null || tree.isMissingNode() || tree.isNull()) {
			throw new InvalidInputException("body", "is required");
		}
		FieldReader in = FieldReader.ofObject(tree);
		OutreachPolicy policy = policy(in);
		in.check();
		try {
			// Every field was read by its type above, so the document as written binds.
			return new Read(STRICT.treeToValue(tree, PolicyDocument.class), policy);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "has the wrong type");
		}
	}

	/** {@code P14D} rather than Java's {@code PT336H}, as administrators write it. */
	private static String asWritten(Duration duration) {
		boolean wholeDays = duration.toSeconds() % Duration.ofDays(1).toSeconds() == 0;
		return (wholeDays && !duration.isZero()) ? "P" + duration.toDays() + "D" : duration.toString();
	}

	/** Refuses the properties that are not components of the record this object is. */
	static void onlyFieldsOf(FieldReader object, Class<? extends Record> document) {
		object.onlyFields(Arrays.stream(document.getRecordComponents()).map(RecordComponent::getName).toList(),
				UNKNOWN_FIELD);
	}

	private static OutreachPolicy policy(FieldReader in) {
		onlyFieldsOf(in, PolicyDocument.class);
		ZoneId zone = in.field("timeZone").zone().required();
		OutreachPolicy.Windows windows = PolicyWindows.read(in.field("windows"));
		Duration acceptWithin = PolicyDurations.positive(in.field("acceptWithin")).required();
		OutreachPolicy.Contact contact = new OutreachPolicy.Contact(zone, quietHours(in.field("quietHours")),
				PolicyDurations.optional(in.field("restAfterNightShift")));
		OutreachPolicy.Urgent urgent = urgent(in.field("urgent"));
		OutreachPolicy.FollowUpTiming followUps = new OutreachPolicy.FollowUpTiming(followUps(in.field("followUps")),
				PolicyDurations.positive(in.field("followUpRespondWithin")).required(),
				PolicyDurations.positive(in.field("requestedFollowUpAfter")).required(),
				PolicyDurations.optional(in.field("milestoneLeadTime")));
		OutreachPolicy.Scope scope = scope(in.field("eligibility"));
		Integer threshold = in.field("teamDebriefThreshold")
			.integer()
			.must((people) -> people >= 2, "must be at least 2")
			.required();
		OutreachPolicy.Deadlines deadlines = new OutreachPolicy.Deadlines(acceptWithin,
				PolicyDurations.optional(in.field("escalationLeadTime")),
				PolicyDurations.optional(in.field("expiryGrace")));
		return new OutreachPolicy(contact, windows, deadlines, urgent, followUps, scope,
				new OutreachPolicy.TeamDebrief((threshold != null) ? threshold : 0,
						teamDebriefCategories(in.field("teamDebriefCategories")), teamDebriefLeadTime(in)),
				selfRequest(in.field("selfRequest")), retention(in.field("retention"), followUps.offsets()));
	}

	/**
	 * Optional: a policy written before retention existed keeps records 30 days. Never
	 * shorter than a day, nor than the longest follow-up offset: a case's records must
	 * outlive every follow-up it can still plan.
	 */
	private static OutreachPolicy.Retention retention(FieldReader field, List<Duration> followUpOffsets) {
		FieldReader retention = field.object().optional();
		if (retention == null) {
			return OutreachPolicy.DEFAULT_RETENTION;
		}
		onlyFieldsOf(retention, PolicyDocument.Retention.class);
		Duration longestFollowUp = followUpOffsets.isEmpty() ? Duration.ZERO
				: followUpOffsets.get(followUpOffsets.size() - 1);
		Duration afterClose = retention.field("afterClose")
			.duration()
			.must((duration) -> duration.compareTo(SHORTEST_RETENTION) >= 0, "must be at least 1 day (P1D)")
			.must((duration) -> duration.compareTo(LONGEST_RETENTION) <= 0,
					"must not exceed " + LONGEST_RETENTION.toDays() + " days")
			.must((duration) -> duration.compareTo(longestFollowUp) >= 0,
					"must not be shorter than the longest of followUps (" + asWritten(longestFollowUp) + ")")
			.required();
		return new OutreachPolicy.Retention(afterClose);
	}

	/**
	 * The categories that propose a team debrief; a policy written before the field
	 * existed gets the default (codes and violence against staff), and {@code []} none.
	 */
	private static Set<EventCategory> teamDebriefCategories(FieldReader field) {
		if (!field.isPresent()) {
			return DEFAULT_DEBRIEF_CATEGORIES;
		}
		Set<EventCategory> categories = EnumSet.noneOf(EventCategory.class);
		categories.addAll(field.listOf(EventCategory.values().length * 2,
				(category) -> category.choice(EventCategory.class).required()));
		return categories;
	}

	private static Duration teamDebriefLeadTime(FieldReader in) {
		FieldReader field = in.field("teamDebriefLeadTime");
		Duration lead = PolicyDurations.positive(field).optional();
		return (lead != null || field.isPresent()) ? lead : DEFAULT_DEBRIEF_LEAD_TIME;

	}

	/**
	 * Optional: a policy written before self requests existed gets the built-in windows.
	 */
	private static OutreachPolicy.SelfRequestWindows selfRequest(FieldReader field) {
		FieldReader windows = field.object().optional();
		if (windows == null) {
			return OutreachPolicy.DEFAULT_SELF_REQUEST;
		}
		onlyFieldsOf(windows, PolicyDocument.SelfRequest.class);
		Duration today = PolicyDurations.positive(windows.field("today")).required();
		Duration thisWeek = PolicyDurations.positive(windows.field("thisWeek")).required();
		if (today != null && thisWeek != null && today.compareTo(thisWeek) > 0) {
			windows.field("thisWeek").problem("must not be shorter than selfRequest.today");
		}
		return new OutreachPolicy.SelfRequestWindows(today, thisWeek);
	}

	private static OutreachPolicy.LocalTimeRange quietHours(FieldReader field) {
		FieldReader quiet = field.object().optional();
		if (quiet == null) {
			return null;
		}
		onlyFieldsOf(quiet, PolicyDocument.QuietHours.class);
		LocalTime start = quiet.field("start").time().required();
		LocalTime end = quiet.field("end").time().required();
		if (start != null && start.equals(end)) {
			quiet.field("end").problem("must differ from quietHours.start");
		}
		return (start != null && end != null) ? new OutreachPolicy.LocalTimeRange(start, end) : null;
	}

	private static OutreachPolicy.Urgent urgent(FieldReader field) {
		FieldReader urgent = field.object().optional();
		if (urgent == null) {
			return new OutreachPolicy.Urgent(EnumSet.noneOf(HarmLevel.class), false);
		}
		onlyFieldsOf(urgent, PolicyDocument.Urgent.class);
		Set<HarmLevel> harm = EnumSet.noneOf(HarmLevel.class);
		harm.addAll(urgent.field("harm")
			.listOf(HarmLevel.values().length * 2, (level) -> level.choice(HarmLevel.class).required()));
		return new OutreachPolicy.Urgent(harm, urgent.field("highImpact").flag().orElse(false));
	}

	/** Distinct offsets, earliest first. */
	private static List<Duration> followUps(FieldReader field) {
		List<Duration> offsets = new ArrayList<>();
		field.listOf(MAX_FOLLOW_UPS, (item) -> {
			Duration offset = PolicyDurations.positive(item).required();
			if (offset != null && offsets.contains(offset)) {
				item.problem("repeats an earlier offset");
			}
			else if (offset != null) {
				offsets.add(offset);
			}
			return offset;
		});
		offsets.sort(null);
		return offsets;
	}

	private static OutreachPolicy.Scope scope(FieldReader field) {
		String kinds = "ALL_CLINICAL_STAFF, PHYSICIANS_ONLY or ROLES";
		if (field.object().optional() != null) {
			onlyFieldsOf(field, PolicyDocument.Eligibility.class);
		}
		ScopeKind kind = field.field("scope").choice(ScopeKind.class).required("is required: " + kinds);
		Set<String> roles = field.field("roles")
			.listOf(MAX_ROLES, (role) -> role.text(100).optional())
			.stream()
			.map((role) -> role.toUpperCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		if (kind == null) {
			return new OutreachPolicy.Scope(ScopeKind.ALL_CLINICAL_STAFF.name(), Set.of());
		}
		return switch (kind) {
			case ALL_CLINICAL_STAFF -> new OutreachPolicy.Scope(kind.name(), Set.of());
			case PHYSICIANS_ONLY -> new OutreachPolicy.Scope(kind.name(), OutreachPolicy.PHYSICIAN_ROLES);
			case ROLES -> {
				if (roles.isEmpty()) {
					field.field("roles").problem("must name at least one role when the scope is ROLES");
				}
				yield new OutreachPolicy.Scope(kind.name(), roles);
			}
		};
	}

	/**
	 * A policy read from JSON, with the document kept as it was written (for storage and
	 * the audit).
	 */
	public record Read(PolicyDocument document, OutreachPolicy policy) {
	}

}
