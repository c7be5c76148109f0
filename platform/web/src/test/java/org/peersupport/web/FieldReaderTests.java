package org.peersupport.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FieldReaderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	enum Channel {

		EMAIL, SMS, PHONE_CALL

	}

	@Test
	void readsEveryKindOfValue() {
		FieldReader in = reader("""
				{"name":"  Dana  ","channel":"phone-call","wait":"PT24H","at":"21:30","on":"2026-01-31",
				 "zone":"America/Chicago","when":"2026-11-21T07:00:00+01:00","ok":true,"count":7,
				 "version":12345678901,"items":["a","b"],"nested":{"deeper":{"x":"y"}}}""");
		assertThat(in.field("name").text(10).required()).isEqualTo("Dana");
		assertThat(in.field("channel").choice(Channel.class).required()).isEqualTo(Channel.PHONE_CALL);
		assertThat(in.field("wait").duration().required()).isEqualTo(Duration.ofHours(24));
		assertThat(in.field("at").time().required()).isEqualTo(LocalTime.of(21, 30));
		assertThat(in.field("on").date().required()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(in.field("zone").zone().required()).isEqualTo(ZoneId.of("America/Chicago"));
		assertThat(in.field("when").instant().required()).isEqualTo(Instant.parse("2026-11-21T06:00:00Z"));
		assertThat(in.field("ok").flag().required()).isTrue();
		assertThat(in.field("count").integer().required()).isEqualTo(7);
		assertThat(in.field("version").wholeNumber().required()).isEqualTo(12345678901L);
		assertThat(in.field("items").listOf(5, (item) -> item.text(1).required())).containsExactly("a", "b");
		assertThat(in.field("nested").field("deeper").field("x").text(1).required()).isEqualTo("y");
		assertThat(in.hasProblems()).isFalse();
		in.check();
	}

	@Test
	void missingNullAndBlankAreAbsent() {
		FieldReader in = reader("{\"nothing\":null,\"blank\":\"   \"}");
		for (String field : List.of("missing", "nothing", "blank")) {
			assertThat(in.field(field).text(10).optional()).isNull();
			assertThat(in.field(field).zone().isPresent()).isFalse();
		}
		for (String field : List.of("missing", "nothing")) {
			assertThat(in.field(field).integer().orElse(3)).isEqualTo(3);
			assertThat(in.field(field).list(3).orElse(List.of())).isEmpty();
			assertThat(in.field(field).object().optional()).isNull();
		}
		assertThat(in.field("nothing").isPresent()).isFalse();
		assertThat(in.field("nothing").isObject()).isFalse();
		assertThat(in.isObject()).isTrue();
		assertThat(in.field("blank").isPresent()).isTrue();
		assertThat(in.hasProblems()).as("an absent optional value is no problem").isFalse();
		in.field("missing").duration().required();
		in.field("nothing").flag().required();
		in.field("blank").choice(Channel.class).required();
		assertThat(problems(in)).containsExactly(new FieldProblem("missing", "is required"),
				new FieldProblem("nothing", "is required"), new FieldProblem("blank", "is required"));
	}

	@Test
	void aRequiredValueMayNameWhatIsExpected() {
		FieldReader in = reader("{}");
		in.field("channel").choice(Channel.class).required("is required: one of EMAIL, SMS, PHONE_CALL");
		assertThat(problems(in))
			.containsExactly(new FieldProblem("channel", "is required: one of EMAIL, SMS, PHONE_CALL"));
	}

	@Test
	void aBlankStringMayBeRefusedWhereSendingOneIsAMistake() {
		FieldReader in = reader("{\"id\":\"\",\"other\":\"x\"}");
		assertThat(in.field("id").text(10).notBlank().required()).isNull();
		assertThat(in.field("other").text(10).notBlank().required()).isEqualTo("x");
		assertThat(in.field("missing").text(10).notBlank().optional()).isNull();
		assertThat(problems(in)).containsExactly(new FieldProblem("id", "must not be blank"));
	}

	@Test
	void textIsLimitedAndFreeOfControlCharacters() {
		FieldReader in = reader("{\"long\":\"abcdef\",\"bell\":\"a\\u0007b\",\"number\":5,\"list\":[\"x\"]}");
		in.field("long").text(5).required();
		in.field("bell").text(5).required();
		in.field("number").text(5).required();
		in.field("list").text(5).optional();
		assertThat(problems(in)).containsExactly(new FieldProblem("long", "must be at most 5 characters"),
				new FieldProblem("bell", "must not contain control characters"),
				new FieldProblem("number", "must be a string"), new FieldProblem("list", "must be a string"));
	}

	@Test
	void proseMayHoldLineBreaksAndTabsButNoOtherControlCharacter() {
		FieldReader in = reader("{\"body\":\" Dear {{name}},\\r\\n\\tHello \",\"bell\":\"a\\nb\\u0007\"}");
		assertThat(in.field("body").prose(50).required()).isEqualTo("Dear {{name}},\r\n\tHello");
		in.field("body").text(50).required();
		in.field("bell").prose(50).required();
		in.field("body").prose(5).required();
		assertThat(problems(in)).containsExactly(new FieldProblem("body", "must not contain control characters"),
				new FieldProblem("bell", "must not contain control characters"),
				new FieldProblem("body", "must be at most 5 characters"));
	}

	@Test
	void aBadChoiceNamesTheAllowedValuesAndNotTheValue() {
		FieldReader in = reader("{\"channel\":\"carrier pigeon named Jane\",\"other\":3}");
		in.field("channel").choice(Channel.class).required();
		in.field("other").choice(Channel.class).required();
		assertThat(problems(in)).containsExactly(new FieldProblem("channel", "must be one of EMAIL, SMS, PHONE_CALL"),
				new FieldProblem("other", "must be one of EMAIL, SMS, PHONE_CALL"));
	}

	@Test
	void badTimesSayWhatIsExpected() {
		FieldReader in = reader("""
				{"wait":"a day","back":"-PT1H","at":"25:00","on":"2026-13-01","zone":"Mars/Olympus",
				 "when":"2026-11-21T07:00:00","typed":7}""");
		in.field("wait").duration().required();
		in.field("back").duration().required();
		in.field("at").time().required();
		in.field("on").date().required();
		in.field("zone").zone().required();
		in.field("when").instant().required();
		in.field("typed").duration().required();
		assertThat(problems(in)).containsExactly(
				new FieldProblem("wait", "must be an ISO-8601 duration such as PT24H or P3D"),
				new FieldProblem("back", "must not be negative"),
				new FieldProblem("at", "must be a time of day such as 08:00"),
				new FieldProblem("on", "must be a date such as 2026-01-31"),
				new FieldProblem("zone", "must be a time zone id such as America/New_York"),
				new FieldProblem("when", "must be an ISO-8601 instant such as 2026-03-01T14:30:00Z"),
				new FieldProblem("typed", "must be an ISO-8601 duration such as PT24H or P3D"));
	}

	@Test
	void flagsAndNumbersAreReadByTheirJsonType() {
		FieldReader in = reader("{\"ok\":\"true\",\"count\":\"7\",\"half\":1.5,\"huge\":12345678901,"
				+ "\"bigger\":123456789012345678901234567890}");
		assertThat(in.field("ok").flag().orElse(false)).as("an invalid value answers the fallback").isFalse();
		in.field("count").integer().optional();
		in.field("half").integer().optional();
		in.field("huge").integer().optional();
		assertThat(in.field("huge").wholeNumber().optional()).isEqualTo(12345678901L);
		in.field("bigger").wholeNumber().optional();
		assertThat(problems(in)).containsExactly(new FieldProblem("ok", "must be true or false"),
				new FieldProblem("count", "must be a whole number"), new FieldProblem("half", "must be a whole number"),
				new FieldProblem("huge", "must be a whole number"),
				new FieldProblem("bigger", "must be a whole number"));
	}

	@Test
	void rulesNarrowAPresentValueAndTheFirstBrokenOneIsTheProblem() {
		FieldReader in = reader("{\"wait\":\"P100D\",\"zero\":\"PT0S\",\"fine\":\"PT1H\",\"code\":\"a b\"}");
		Duration wait = in.field("wait")
			.duration()
			.must((d) -> !d.isZero(), "must be longer than zero")
			.must((d) -> d.compareTo(Duration.ofDays(90)) <= 0, "must not exceed 90 days")
			.must((d) -> false, "is never reached once a rule is broken")
			.required();
		assertThat(wait).isNull();
		in.field("zero").duration().must((d) -> !d.isZero(), "must be longer than zero").required();
		assertThat(in.field("fine").duration().must((d) -> !d.isZero(), "must be longer than zero").required())
			.isEqualTo(Duration.ofHours(1));
		in.field("code").text(10).matching(Pattern.compile("[a-z]+"), "must be lower-case letters").required();
		in.field("missing").duration().must((d) -> false, "is not checked when absent").optional();
		assertThat(problems(in)).containsExactly(new FieldProblem("wait", "must not exceed 90 days"),
				new FieldProblem("zero", "must be longer than zero"),
				new FieldProblem("code", "must be lower-case letters"));
	}

	@Test
	void nestedObjectsAndListItemsAreNamedByTheirPath() {
		FieldReader in = reader("""
				{"windows":{"byHarm":[{"harm":["DEATH","TERRIBLE"],"within":"PT0S"},"x",{"within":"soon"}]},
				 "quiet":"21:00"}""");
		FieldReader windows = in.field("windows").object().required();
		List<FieldReader> rules = windows.field("byHarm").list(10).required();
		assertThat(rules).hasSize(3);
		for (FieldReader rule : rules) {
			if (rule.object().optional() == null) {
				continue;
			}
			rule.field("harm").listOf(6, (level) -> level.choice(Channel.class).optional());
			rule.field("within").duration().required();
		}
		in.field("quiet").object().optional();
		in.field("quiet").field("start").time().optional();
		assertThat(problems(in)).containsExactly(
				new FieldProblem("windows.byHarm[0].harm[0]", "must be one of EMAIL, SMS, PHONE_CALL"),
				new FieldProblem("windows.byHarm[0].harm[1]", "must be one of EMAIL, SMS, PHONE_CALL"),
				new FieldProblem("windows.byHarm[1]", "must be an object"),
				new FieldProblem("windows.byHarm[2].within", "must be an ISO-8601 duration such as PT24H or P3D"),
				new FieldProblem("quiet", "must be an object"));
	}

	@Test
	void listsAreArraysOfBoundedLength() {
		FieldReader in = reader("{\"one\":\"EMAIL\",\"many\":[1,2,3],\"codes\":[\"EMAIL\",\"FAX\",\"SMS\"]}");
		in.field("one").list(5).optional();
		in.field("many").list(2).optional();
		List<Channel> codes = in.field("codes").listOf(5, (item) -> item.choice(Channel.class).required());
		assertThat(codes).as("invalid items are left out").containsExactly(Channel.EMAIL, Channel.SMS);
		assertThat(problems(in)).containsExactly(new FieldProblem("one", "must be an array"),
				new FieldProblem("many", "must hold at most 2 items"),
				new FieldProblem("codes[1]", "must be one of EMAIL, SMS, PHONE_CALL"));
	}

	@Test
	void aBodyThatIsAnArrayNamesItsItemsByIndexAndItselfAsBody() {
		FieldReader in = reader("[{\"leadId\":\"L-1\"},{}]");
		List<FieldReader> leads = in.list(10).required();
		leads.get(1).field("leadId").text(10).required();
		in.problem("needs at least one lead");
		assertThat(problems(in)).containsExactly(new FieldProblem("[1].leadId", "is required"),
				new FieldProblem("body", "needs at least one lead"));
	}

	@Test
	void onlyNamedFieldsAreAcceptedAndAnOddNameIsNotQuotedBack() {
		FieldReader in = reader("{\"contact\":\"x\",\"notes\":\"y\",\"she cannot sleep\":1,\"windows\":{\"typo\":1}}");
		in.onlyFields(Set.of("contact", "windows"), "is not a field");
		in.field("windows").onlyFields(Set.of("byHarm"), "is not a window field");
		assertThat(problems(in)).containsExactly(new FieldProblem("notes", "is not a field"),
				new FieldProblem("body", "is not a field"), new FieldProblem("windows.typo", "is not a window field"));
	}

	@Test
	void namesListAnObjectsPropertiesInOrder() {
		FieldReader in = reader("{\"answers\":{\"q2\":1,\"q1\":2},\"text\":\"x\"}");
		assertThat(in.field("answers").names()).containsExactly("q2", "q1");
		assertThat(in.field("text").names()).isEmpty();
		assertThat(in.field("missing").names()).isEmpty();
	}

	@Test
	void everyProblemIsCollectedAndThrownOnceWithFieldAndReason() {
		FieldReader in = reader("{\"zone\":\"Mars/Olympus\",\"count\":\"many\"}");
		in.field("zone").zone().required();
		in.field("count").integer().required();
		in.field("name").text(10).required();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(in::check)
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("zone", "count", "name"));
	}

	@Test
	void nestedReadersShareTheProblemsOfTheirBody() {
		FieldReader in = reader("{\"a\":{\"b\":5}}");
		FieldReader nested = in.field("a").field("b");
		nested.text(3).required();
		assertThat(in.hasProblems()).isTrue();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(in::check);
	}

	@Test
	void aBodyThatMustBeAnObjectIsRefusedAtOnce() {
		for (String body : List.of("[1]", "\"text\"", "null")) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> FieldReader.ofObject(JSON.readTree(body)))
				.satisfies((ex) -> assertThat(ex.problems())
					.containsExactly(new FieldProblem("body", "must be a JSON object")));
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> FieldReader.ofObject(null, "must be a JSON object with the fields a, b"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).reason()).endsWith("the fields a, b"));
		assertThat(FieldReader.ofObject(JSON.readTree("{}")).hasProblems()).isFalse();
	}

	@Test
	void parametersAreReadAsTextUnderTheirOwnName() {
		FieldReader query = FieldReader.parameters();
		assertThat(query.parameter("granularity", "month").choice(Channel.class).optional()).isNull();
		assertThat(query.parameter("from", "2026-01-01").date().required()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(query.parameter("facility", null).text(64).optional()).isNull();
		query.parameter("staffId", "").text(64).required();
		assertThat(problems(query)).containsExactly(
				new FieldProblem("granularity", "must be one of EMAIL, SMS, PHONE_CALL"),
				new FieldProblem("staffId", "is required"));
	}

	@Test
	void readersFollowTheirOwnCheckAndNothingIsThrownWhenAllIsWell() {
		List<String> seen = new ArrayList<>();
		Consumer<FieldReader> reading = (in) -> seen.add(in.field("name").text(10).required());
		FieldReader in = reader("{\"name\":\"ok\"}");
		reading.accept(in);
		in.check();
		assertThat(seen).containsExactly("ok");
		assertThat(in.path()).isEqualTo("body");
		assertThat(in.field("a").field("b").path()).isEqualTo("a.b");
	}

	private static FieldReader reader(String json) {
		return FieldReader.of(JSON.readTree(json));
	}

	private static List<FieldProblem> problems(FieldReader in) {
		try {
			in.check();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
		return List.of();
	}

}
