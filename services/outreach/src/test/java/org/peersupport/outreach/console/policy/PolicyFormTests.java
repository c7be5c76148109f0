package org.peersupport.outreach.console.policy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.policy.PolicyReader;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PolicyFormTests {

	@Test
	void theFormShowsPlainUnitsAndReadsBackToTheSamePolicy() {
		OutreachPolicy policy = Policies.builtIn();
		MultiValueMap<String, String> values = PolicyForm.values(policy);
		assertThat(values.getFirst("acceptWithin")).isEqualTo("2");
		assertThat(values.getFirst("acceptWithin.unit")).isEqualTo("hours");
		assertThat(values.getFirst("followUps[1]")).isEqualTo("14");
		assertThat(values.getFirst("followUps[1].unit")).isEqualTo("days");
		assertThat(values.getFirst("quietHours.start")).isEqualTo("21:00");
		PolicyForm.Converted converted = PolicyForm.read(values);
		assertThat(converted.problems()).isEmpty();
		assertThat(PolicyReader.read(converted.json()).policy()).isEqualTo(policy);
	}

	@Test
	void theReadersProblemsLandOnTheFormsFieldsInPlainWords() {
		MultiValueMap<String, String> values = PolicyForm.values(Policies.builtIn());
		values.set("acceptWithin", "0");
		values.set("windows.harm.MILD", "200");
		values.set("windows.harm.MILD.unit", "days");
		values.set("followUps[1]", "3");
		values.set("followUps[1].unit", "days");
		values.set("windows.category.FALL", "ten");
		values.set("windows.harm.SEVERE", "2");
		values.set("windows.harm.SEVERE.unit", "days");
		values.set("selfRequest.today", "8");
		values.set("selfRequest.today.unit", "days");
		PolicyForm.Converted converted = PolicyForm.read(values);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> PolicyReader.read(converted.json()));
		List<FieldProblem> problems = converted.onForm(refused.problems());
		assertThat(problems).contains(new FieldProblem("acceptWithin", "must be longer than zero"),
				new FieldProblem("windows.harm.MILD", "must not exceed 90 days"),
				new FieldProblem("followUps[1]", "repeats an earlier offset"),
				new FieldProblem("windows.category.FALL", "must be a whole number, such as 24"),
				new FieldProblem("windows.byHarm",
						"severe harm (2 days) must not wait longer than moderate harm (24 hours)"),
				new FieldProblem("selfRequest.thisWeek",
						"must not be shorter than \"A request for today must be accepted within\""));
		assertThat(problems).extracting(FieldProblem::reason)
			.noneMatch((reason) -> reason.matches(".*\\bP(T)?\\d.*") || reason.matches(".*\\b[A-Z]{3,}_?[A-Z]*\\b.*"));
	}

	@Test
	void anEmptyRequiredFieldIsRequiredAndEmptyQuietHoursAreNone() {
		MultiValueMap<String, String> values = PolicyForm.values(Policies.builtIn());
		values.set("quietHours.start", "");
		values.set("quietHours.end", "");
		values.set("requestedFollowUpAfter", "");
		PolicyForm.Converted converted = PolicyForm.read(values);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> PolicyReader.read(converted.json()));
		assertThat(converted.onForm(refused.problems()))
			.containsExactly(new FieldProblem("requestedFollowUpAfter", "is required"));
		values.set("requestedFollowUpAfter", "7");
		assertThat(PolicyReader.read(PolicyForm.read(values).json()).policy().contact().quietHours()).isNull();
	}

}
