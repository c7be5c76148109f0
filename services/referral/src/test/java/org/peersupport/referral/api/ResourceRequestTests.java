package org.peersupport.referral.api;

import org.junit.jupiter.api.Test;

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
		ResourceDraft draft = new ResourceRequest("CHAPLAINCY-MAIN", "chaplaincy", "  Chaplaincy ", "+1 (555) 010-0",
				"https://example.org/chaplains", "24/7", null, null, null, true, "Free", null)
			.toDraft(null);
		assertThat(draft.kind()).isEqualTo(ReferralKind.CHAPLAINCY);
		assertThat(draft.name()).isEqualTo("Chaplaincy");
		assertThat(draft.sortOrder()).isEqualTo(100);
		assertThat(draft.crisis()).isFalse();
		assertThat(draft.confidential()).isTrue();
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
				() -> new ResourceRequest("x", "ASTROLOGY", "", "call me", "javascript:alert(1)", "a\u0000b", null,
						null, -1, null, "c".repeat(201), null)
					.toDraft(null));
		assertThat(problem.problems()).extracting(FieldProblem::field)
			.containsExactly("code", "kind", "name", "phone", "url", "hours", "confidential", "sortOrder", "cost");
	}

	@Test
	void onUpdateThePathNamesTheResource() {
		ResourceRequest request = new ResourceRequest("OTHER-CODE", "EAP", "EAP", null, null, null, null, null, null,
				false, null, null);
		assertThatThrownBy(() -> request.toDraft("EAP")).isInstanceOf(InvalidInputException.class);
		assertThat(new ResourceRequest(null, "EAP", "EAP", null, null, null, null, null, null, false, null, null)
			.toDraft("EAP")
			.code()).isEqualTo("EAP");
	}

	@Test
	void anOverrideMustChangeSomethingAndNameAValidFacility() {
		assertThatThrownBy(() -> new OverrideRequest(null, null, null, null, null).toOverride("EAP", "NORTH"))
			.isInstanceOf(InvalidInputException.class);
		InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
				() -> new OverrideRequest(true, null, null, null, null).toOverride("EAP", "north campus!"));
		assertThat(problem.problems()).extracting(FieldProblem::field).containsExactly("facility");
		assertThat(new OverrideRequest(null, "555 0100", null, null, null).toOverride("EAP", "NORTH").hidden())
			.isFalse();
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

}
