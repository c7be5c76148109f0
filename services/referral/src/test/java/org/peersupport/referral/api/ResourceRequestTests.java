package org.peersupport.referral.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.referral.catalog.ResourceDraft;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ResourceRequestTests {

	@Test
	void aValidRequestBecomesADraftWithTrimmedTextAndDefaults() {
		ResourceDraft draft = ResourceRequest.read(json("""
				{"code":"CHAPLAINCY-MAIN","kind":"chaplaincy","name":"  Chaplaincy ","phone":"+1 (555) 010-0",
				 "url":"https://example.org/chaplains","hours":"24/7","confidential":true,"cost":"Free"}"""), null)
			.draft();
		assertThat(draft.kind()).isEqualTo(ReferralKind.CHAPLAINCY);
		assertThat(draft.name()).isEqualTo("Chaplaincy");
		assertThat(draft.sortOrder()).isEqualTo(100);
		assertThat(draft.crisis()).isFalse();
		assertThat(draft.confidential()).isTrue();
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
				() -> ResourceRequest.read(json("""
						{"code":"x","kind":"ASTROLOGY","name":"","phone":"call me","url":"javascript:alert(1)",
						 "hours":"a\\u0000b","sortOrder":-1,"cost":"%s"}""".formatted("c".repeat(201))), null));
		assertThat(problem.problems()).extracting(FieldProblem::field)
			.containsExactly("code", "kind", "name", "phone", "url", "hours", "confidential", "sortOrder", "cost");
	}

	@Test
	void onUpdateThePathNamesTheResource() {
		JsonNode request = json("{\"code\":\"OTHER-CODE\",\"kind\":\"EAP\",\"name\":\"EAP\",\"confidential\":false}");
		assertThatThrownBy(() -> ResourceRequest.read(request, "EAP")).isInstanceOf(InvalidInputException.class);
		assertThat(ResourceRequest.read(json("{\"kind\":\"EAP\",\"name\":\"EAP\",\"confidential\":false}"), "EAP")
			.draft()
			.code()).isEqualTo("EAP");
	}

	@Test
	void anOverrideMustChangeSomethingAndNameAValidFacility() {
		assertThatThrownBy(() -> OverrideRequest.read(json("{}"), "EAP", "NORTH"))
			.isInstanceOf(InvalidInputException.class);
		InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
				() -> OverrideRequest.read(json("{\"hidden\":true}"), "EAP", "north campus!"));
		assertThat(problem.problems()).extracting(FieldProblem::field).containsExactly("facility");
		assertThat(OverrideRequest.read(json("{\"phone\":\"555 0100\"}"), "EAP", "NORTH").hidden()).isFalse();
	}

	@Test
	void ifMatchReadsStrongAndWeakEntityTags() {
		assertThat(ResourceController.IfMatch.version("\"3\"")).isEqualTo(3L);
		assertThat(ResourceController.IfMatch.version("W/\"4\"")).isEqualTo(4L);
		assertThat(ResourceController.IfMatch.version("*")).isNull();
		assertThat(ResourceController.IfMatch.version(null)).isNull();
		assertThatThrownBy(() -> ResourceController.IfMatch.version("\"abc\""))
			.isInstanceOf(InvalidInputException.class);
	}

	private static JsonNode json(String body) {
		return JsonMapper.builder().build().readTree(body);
	}

}
