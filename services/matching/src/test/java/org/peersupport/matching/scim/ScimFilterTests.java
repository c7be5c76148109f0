package org.peersupport.matching.scim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScimFilterTests {

	@Test
	void userNameEqAsEntraAndOktaSendIt() {
		assertThat(ScimFilter.parse("userName eq \"N-1042\"")).isEqualTo(new ScimFilter("userName", "N-1042"));
	}

	@Test
	void externalIdAndIdAreFilterable() {
		assertThat(ScimFilter.parse("externalId eq \"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\""))
			.isEqualTo(new ScimFilter("externalId", "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"));
		assertThat(ScimFilter.parse("id eq \"N-1\"")).isEqualTo(new ScimFilter("id", "N-1"));
	}

	@Test
	void attributeNamesAndTheOperatorAreCaseInsensitiveAndMayCarryTheCoreUrn() {
		assertThat(ScimFilter.parse("USERNAME EQ \"a\"")).isEqualTo(new ScimFilter("userName", "a"));
		assertThat(ScimFilter.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"a\""))
			.isEqualTo(new ScimFilter("userName", "a"));
	}

	@Test
	void escapedQuotesInTheValueAreUnescaped() {
		assertThat(ScimFilter.parse("userName eq \"a\\\"b\"").value()).isEqualTo("a\"b");
	}

	@Test
	void otherOperatorsAttributesAndShapesAreRefusedAsInvalidFilter() {
		for (String filter : new String[] { "userName sw \"a\"", "emails.value eq \"a@b\"", "userName eq a",
				"userName eq \"a\" and externalId eq \"b\"", "" }) {
			assertThatThrownBy(() -> ScimFilter.parse(filter)).as(filter)
				.isInstanceOfSatisfying(ScimException.class,
						(refusal) -> assertThat(refusal.scimType()).isEqualTo("invalidFilter"));
		}
	}

}
