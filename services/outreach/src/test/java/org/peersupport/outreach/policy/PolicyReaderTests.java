package org.peersupport.outreach.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PolicyReaderTests {

	@Test
	void theDefaultPolicyReadsAsTheIssueDescribesIt() throws IOException {
		OutreachPolicy policy = PolicyReader.read(defaultJson()).policy();
		assertThat(policy.contact().zone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(policy.windows().byHarm()).containsEntry(HarmLevel.DEATH, Duration.ZERO)
			.containsEntry(HarmLevel.SEVERE, Duration.ZERO)
			.containsEntry(HarmLevel.MODERATE, Duration.ofHours(24))
			.containsEntry(HarmLevel.MILD, Duration.ofHours(72))
			.containsEntry(HarmLevel.NO_HARM, Duration.ofHours(72));
		assertThat(policy.windows().byCategory()).containsEntry(EventCategory.RESUSCITATION, Duration.ZERO)
			.containsEntry(EventCategory.VIOLENCE_AGAINST_STAFF, Duration.ZERO)
			.containsEntry(EventCategory.PATIENT_DEATH, Duration.ZERO);
		assertThat(policy.windows().nearMiss()).isEqualTo(Duration.ofHours(72));
		assertThat(policy.contact().quietHours().start()).isEqualTo(LocalTime.of(21, 0));
		assertThat(policy.followUps().offsets()).containsExactly(Duration.ofDays(3), Duration.ofDays(14));
		assertThat(policy.teamDebriefThreshold()).isEqualTo(4);
		assertThat(policy.inScope("RN")).isTrue();
	}

	@Test
	void teamDebriefsAreProposedByTheThresholdOrByANamedCategoryOfTwoPeopleOrMore() throws IOException {
		OutreachPolicy policy = PolicyReader.read(defaultTree().toString()).policy();
		assertThat(policy.teamDebrief().categories()).containsExactlyInAnyOrder(EventCategory.RESUSCITATION,
				EventCategory.VIOLENCE_AGAINST_STAFF);
		assertThat(policy.teamDebrief().leadTime()).isEqualTo(Duration.ofHours(24));
		assertThat(policy.proposesTeamDebrief(4, null)).isTrue();
		assertThat(policy.proposesTeamDebrief(3, EventCategory.MEDICATION)).isFalse();
		assertThat(policy.proposesTeamDebrief(2, EventCategory.RESUSCITATION)).isTrue();
		assertThat(policy.proposesTeamDebrief(1, EventCategory.VIOLENCE_AGAINST_STAFF)).isFalse();
	}

	@Test
	void aPolicyWrittenBeforeTheDebriefFieldsGetsTheirDefaultsAndAnEmptyListMeansNone() throws IOException {
		ObjectNode older = defaultTree();
		older.remove("teamDebriefCategories");
		older.remove("teamDebriefLeadTime");
		OutreachPolicy policy = PolicyReader.read(older.toString()).policy();
		assertThat(policy.teamDebrief().categories()).contains(EventCategory.RESUSCITATION);
		assertThat(policy.teamDebrief().leadTime()).isEqualTo(Duration.ofHours(24));
		ObjectNode none = defaultTree();
		none.putArray("teamDebriefCategories");
		assertThat(PolicyReader.read(none.toString()).policy().proposesTeamDebrief(3, EventCategory.RESUSCITATION))
			.isFalse();
	}

	@Test
	void anUnknownDebriefCategoryAndABadLeadTimeAreRejectedNamingTheField() throws IOException {
		assertThat(problems((p) -> {
			((ArrayNode) p.get("teamDebriefCategories")).add("MASS_CASUALTY");
			p.put("teamDebriefLeadTime", "PT0S");
			return p;
		})).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("teamDebriefCategories[2]", "teamDebriefLeadTime");
	}

	@Test
	void overlappingWindowsAreRejectedNamingTheField() throws IOException {
		assertThat(problems((p) -> {
			((ArrayNode) p.get("windows").get("byHarm").get(1).get("harm")).add("SEVERE");
			return p;
		})).contains(new FieldProblem("windows.byHarm[1].harm[2]",
				"SEVERE overlaps windows.byHarm[0]: each level has one window"));
	}

	@Test
	void anUnknownHarmLevelAndAMissingOneAreRejected() throws IOException {
		List<FieldProblem> problems = problems((p) -> {
			((ArrayNode) p.get("windows").get("byHarm").get(2).get("harm")).set(0, "TERRIBLE");
			return p;
		});
		assertThat(problems).extracting(FieldProblem::field).contains("windows.byHarm[2].harm[0]", "windows.byHarm");
		assertThat(problems).anySatisfy((f) -> assertThat(f.reason()).contains("has no window for [MILD]"));
	}

	@Test
	void negativeOffsetsAndBadDurationsAreRejected() throws IOException {
		List<FieldProblem> problems = problems((p) -> {
			((ArrayNode) p.get("followUps")).set(1, "-P14D");
			p.put("acceptWithin", "two hours");
			p.put("escalationLeadTime", "-PT1H");
			return p;
		});
		assertThat(problems).contains(new FieldProblem("followUps[1]", "must not be negative"),
				new FieldProblem("acceptWithin", "must be an ISO-8601 duration such as PT24H or P3D"),
				new FieldProblem("escalationLeadTime", "must not be negative"));
	}

	@Test
	void aBadZoneBadQuietHoursAndAnUnknownScopeAreRejected() throws IOException {
		List<FieldProblem> problems = problems((p) -> {
			p.put("timeZone", "Mars/Olympus");
			((ObjectNode) p.get("quietHours")).put("end", "21:00");
			((ObjectNode) p.get("eligibility")).put("scope", "NURSES_SOMETIMES");
			p.put("teamDebriefThreshold", 1);
			return p;
		});
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("timeZone", "quietHours.end", "eligibility.scope", "teamDebriefThreshold");
	}

	@Test
	void aMoreSevereHarmMayNotWaitLongerThanAMilderOne() throws IOException {
		assertThat(problems((p) -> {
			((ObjectNode) p.get("windows").get("byHarm").get(0)).put("within", "P5D");
			return p;
		})).anySatisfy((f) -> assertThat(f.reason()).contains("SEVERE (PT120H) must not wait longer than MODERATE"));
	}

	@Test
	void unknownFieldsAndWrongTypesAreNamed() throws IOException {
		assertThat(problems((p) -> {
			p.put("quietHour", "typo");
			return p;
		})).containsExactly(new FieldProblem("quietHour", "is not a policy field"));
		assertThat(problems((p) -> {
			p.putObject("teamDebriefThreshold");
			return p;
		})).extracting(FieldProblem::field).containsExactly("teamDebriefThreshold");
	}

	@Test
	void unknownFieldsAtAnyDepthAndWrongTypesAreAllNamedAtOnce() throws IOException {
		assertThat(problems((p) -> {
			((ObjectNode) p.get("windows")).put("nearMis", "PT1H");
			((ObjectNode) p.get("windows").get("byHarm").get(0)).put("note", "x");
			((ObjectNode) p.get("quietHours")).put("start", 21);
			p.put("acceptWithin", true);
			((ArrayNode) p.get("followUps")).add("P3D");
			return p;
		})).containsExactlyInAnyOrder(new FieldProblem("windows.nearMis", "is not a policy field"),
				new FieldProblem("windows.byHarm[0].note", "is not a policy field"),
				new FieldProblem("quietHours.start", "must be a time of day such as 08:00"),
				new FieldProblem("acceptWithin", "must be an ISO-8601 duration such as PT24H or P3D"),
				new FieldProblem("followUps[2]", "repeats an earlier offset"));
	}

	@Test
	void aPolicyIsGroupedAsItsDocumentIs() throws IOException {
		OutreachPolicy policy = PolicyReader.read(defaultJson()).policy();
		assertThat(policy.contact().restAfterNightShift()).isEqualTo(Duration.ofHours(10));
		assertThat(policy.contact().quietHours().end()).isEqualTo(LocalTime.of(7, 0));
		assertThat(policy.deadlines())
			.isEqualTo(new OutreachPolicy.Deadlines(Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(3)));
		assertThat(policy.urgent())
			.isEqualTo(new OutreachPolicy.Urgent(java.util.EnumSet.of(HarmLevel.DEATH, HarmLevel.SEVERE), true));
		assertThat(policy.followUps())
			.isEqualTo(new OutreachPolicy.FollowUpTiming(List.of(Duration.ofDays(3), Duration.ofDays(14)),
					Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(1)));
	}

	@Test
	void rolesScopeNeedsRolesAndMatchesThemCaseInsensitively() throws IOException {
		assertThat(problems((p) -> {
			((ObjectNode) p.get("eligibility")).put("scope", "ROLES");
			return p;
		})).extracting(FieldProblem::field).containsExactly("eligibility.roles");
		ObjectNode roles = defaultTree();
		((ObjectNode) roles.get("eligibility")).put("scope", "ROLES").putArray("roles").add("rn").add("Charge RN");
		OutreachPolicy policy = PolicyReader.read(roles.toString()).policy();
		assertThat(policy.inScope("RN")).isTrue();
		assertThat(policy.inScope("charge rn")).isTrue();
		assertThat(policy.inScope("MD")).isFalse();
		assertThat(policy.inScope(null)).as("someone not yet in the directory is contacted").isTrue();
		ObjectNode physicians = defaultTree();
		((ObjectNode) physicians.get("eligibility")).put("scope", "PHYSICIANS_ONLY");
		OutreachPolicy physiciansOnly = PolicyReader.read(physicians.toString()).policy();
		assertThat(physiciansOnly.inScope("md")).isTrue();
		assertThat(physiciansOnly.inScope("RN")).isFalse();
	}

	@Test
	void selfRequestWindowsDefaultWhenMissingAndAreValidatedWhenGiven() throws IOException {
		assertThat(PolicyReader.read(defaultJson()).policy().selfRequest())
			.isEqualTo(new OutreachPolicy.SelfRequestWindows(Duration.ofHours(4), Duration.ofDays(7)));
		ObjectNode without = defaultTree();
		without.remove("selfRequest");
		assertThat(PolicyReader.read(without.toString()).policy().selfRequest())
			.as("a policy stored before self requests existed")
			.isEqualTo(OutreachPolicy.DEFAULT_SELF_REQUEST);
		assertThat(problems((p) -> {
			((ObjectNode) p.get("selfRequest")).put("today", "P8D").put("tomorrow", "P1D");
			return p;
		})).containsExactlyInAnyOrder(new FieldProblem("selfRequest.tomorrow", "is not a policy field"),
				new FieldProblem("selfRequest.thisWeek", "must not be shorter than selfRequest.today"));
		assertThat(problems((p) -> {
			((ObjectNode) p.get("selfRequest")).put("thisWeek", "PT0S");
			return p;
		})).extracting(FieldProblem::field).containsExactly("selfRequest.thisWeek");
	}

	@Test
	void retentionDefaultsTo30DaysAndIsNeverShorterThanADayOrTheLongestFollowUp() throws IOException {
		assertThat(PolicyReader.read(defaultJson()).policy().retention().afterClose()).isEqualTo(Duration.ofDays(30));
		ObjectNode without = defaultTree();
		without.remove("retention");
		assertThat(PolicyReader.read(without.toString()).policy().retention())
			.as("a policy stored before retention existed")
			.isEqualTo(OutreachPolicy.DEFAULT_RETENTION);
		ObjectNode week = defaultTree();
		((ObjectNode) week.get("retention")).put("afterClose", "P14D");
		assertThat(PolicyReader.read(week.toString()).policy().retention().afterClose())
			.as("as long as the longest follow-up (P14D) is enough")
			.isEqualTo(Duration.ofDays(14));
		assertThat(problems((p) -> {
			((ObjectNode) p.get("retention")).put("afterClose", "PT12H");
			return p;
		})).containsExactly(new FieldProblem("retention.afterClose", "must be at least 1 day (P1D)"));
		assertThat(problems((p) -> {
			((ObjectNode) p.get("retention")).put("afterClose", "P13D");
			return p;
		})).containsExactly(
				new FieldProblem("retention.afterClose", "must not be shorter than the longest of followUps (P14D)"));
		assertThat(problems((p) -> {
			((ObjectNode) p.get("retention")).put("afterClose", "soon").put("afterOpen", "P1D");
			return p;
		})).extracting(FieldProblem::field).containsExactlyInAnyOrder("retention.afterClose", "retention.afterOpen");
		assertThat(problems((p) -> {
			((ObjectNode) p.get("retention")).remove("afterClose");
			return p;
		})).extracting(FieldProblem::field).containsExactly("retention.afterClose");
	}

	private static List<FieldProblem> problems(UnaryOperator<ObjectNode> change) throws IOException {
		String json = change.apply(defaultTree()).toString();
		return catchThrowableOfType(InvalidInputException.class, () -> PolicyReader.read(json)).problems();
	}

	static ObjectNode defaultTree() throws IOException {
		return (ObjectNode) PolicyReader.STRICT.readTree(defaultJson());
	}

	static String defaultJson() throws IOException {
		try (InputStream in = PolicyReaderTests.class.getResourceAsStream("/outreach/default-policy.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
