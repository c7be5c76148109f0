package org.peersupport.outreach.invitation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InvitationWordingTests {

	@Test
	void aNameWithMarkupIsEscaped() {
		String rendered = InvitationWording.render("Dear {{name}},",
				Map.of("name", "<script>alert('x')</script>", "facility", "", "programName", "P"));
		assertThat(rendered).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void templatesMayNotSwitchOffEscapingOrUseUnknownVariables() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> InvitationWording.validate("Hi {{{name}}}", "About {{harm}} and {{& name}}"));
		assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("subject", "body", "body");
		assertThat(ex.problems().get(1).reason()).contains("uses {{harm}}");
	}

	@Test
	void aBrokenTemplateIsRejectedAndAGoodOneAccepted() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> InvitationWording.validate("Hi", "{{#name}} unclosed"));
		assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("body");
		InvitationWording.validate("Hello {{name}}", "{{programName}} checks in with everyone, as routine.");
	}

}
