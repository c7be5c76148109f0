package org.peersupport.matching.checkin;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CheckinOutcomeReaderTests {

	@Test
	void readsEveryFieldFromJson() {
		CheckinOutcome outcome = CheckinOutcomeReader.fromJson(json("""
				{"contact":"REACHED","needs":["SLEEP","GRIEF"],"referrals":["EAP"],"referralConsent":true,
				 "crisis":false,"followUpWanted":true,"followUpId":"f-1"}"""));
		assertThat(outcome).isEqualTo(new CheckinOutcome(ContactOutcome.REACHED,
				List.of(NeedCode.SLEEP, NeedCode.GRIEF), List.of(ReferralKind.EAP), true, false, true, "f-1"));
	}

	@Test
	void flagsAndListsMayBeLeftOut() {
		CheckinOutcome outcome = CheckinOutcomeReader.fromJson(json("{\"contact\":\"NOT_REACHED\"}"));
		assertThat(outcome)
			.isEqualTo(new CheckinOutcome(ContactOutcome.NOT_REACHED, List.of(), List.of(), false, false, false, null));
	}

	@Test
	void anyPropertyThatIsNotACodeOrAFlagIsRefusedByName() {
		assertThat(problems("""
				{"contact":"REACHED","notes":"She said she cannot sleep since the patient died"}"""))
			.extracting(FieldProblem::field)
			.containsExactly("notes");
		assertThat(problems("{\"contact\":\"REACHED\",\"comment\":\"x\",\"summary\":\"y\"}"))
			.extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("comment", "summary");
	}

	@Test
	void unknownCodesAndWrongTypesAreRefusedWithoutEchoingTheValue() {
		String secret = "told me about the night shift";
		List<FieldProblem> problems = problems("{\"contact\":\"" + secret + "\",\"needs\":[\"SLEEP\",\"" + secret
				+ "\",3],\"referrals\":\"EAP\",\"crisis\":\"yes\"}");
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("contact", "needs[1]", "needs[2]", "referrals", "crisis");
		assertThat(problems).allSatisfy((p) -> assertThat(p.reason()).doesNotContain(secret));
		assertThat(problems.get(0).reason()).contains("REACHED, NOT_REACHED, DECLINED");
	}

	@Test
	void contactIsRequiredAndCodesMayNotRepeat() {
		assertThat(problems("{\"needs\":[\"SLEEP\",\"SLEEP\"]}")).extracting(FieldProblem::field)
			.containsExactly("contact", "needs[1]");
	}

	@Test
	void aFollowUpIdCannotCarryWords() {
		assertThat(problems("{\"contact\":\"REACHED\",\"followUpId\":\"she is not ok\"}"))
			.extracting(FieldProblem::field)
			.containsExactly("followUpId");
	}

	@Test
	void nobodyNamesNeedsToASupporterWhoDidNotReachThem() {
		assertThat(problems("{\"contact\":\"NOT_REACHED\",\"needs\":[\"SLEEP\"],\"referrals\":[\"EAP\"]}"))
			.extracting(FieldProblem::field)
			.containsExactly("needs", "referrals");
	}

	@Test
	void aBodyThatIsNotAnObjectIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CheckinOutcomeReader.fromJson(json("[\"REACHED\"]")))
			.satisfies((ex) -> assertThat(ex.problems().get(0).field()).isEqualTo("body"));
	}

	@Test
	void theFormReadsTickedBoxesAndRefusesAnyExtraField() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("contact", "DECLINED");
		form.add("needs", "LEGAL_WORRY");
		form.add("crisis", "true");
		form.add("followUpId", "");
		form.add("signature", "abc");
		assertThat(CheckinOutcomeReader.fromForm(form, Set.of("signature"))).isEqualTo(new CheckinOutcome(
				ContactOutcome.DECLINED, List.of(NeedCode.LEGAL_WORRY), List.of(), false, true, false, null));
		form.add("notes", "anything at all");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CheckinOutcomeReader.fromForm(form, Set.of("signature")))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("notes"));
	}

	private static List<FieldProblem> problems(String body) {
		try {
			CheckinOutcomeReader.fromJson(json(body));
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
		throw new AssertionError("accepted " + body);
	}

	private static JsonNode json(String body) {
		return EventJson.mapper().readTree(body);
	}

}
