package org.peersupport.matching.scim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScimPathTests {

	@Test
	void aSimpleAttribute() {
		ScimPath path = ScimPath.parse("displayName");
		assertThat(path).isEqualTo(new ScimPath(ScimSchemas.USER, "displayName", null, null));
	}

	@Test
	void aSubAttributeOfName() {
		ScimPath path = ScimPath.parse("name.givenName");
		assertThat(path.attribute()).isEqualTo("name");
		assertThat(path.subAttribute()).isEqualTo("givenName");
		assertThat(path.filter()).isNull();
	}

	@Test
	void entrasWorkEmailValuePath() {
		ScimPath path = ScimPath.parse("emails[type eq \"work\"].value");
		assertThat(path.attribute()).isEqualTo("emails");
		assertThat(path.filter().attribute()).isEqualTo("type");
		assertThat(path.filter().value().asString()).isEqualTo("work");
		assertThat(path.subAttribute()).isEqualTo("value");
	}

	@Test
	void aBooleanValueFilterInAnyCase() {
		assertThat(ScimPath.parse("emails[primary eq True]").filter().value().booleanValue()).isTrue();
	}

	@Test
	void theEnterpriseExtensionsAttributesAddressedByUrnAsEntraSendsThem() {
		ScimPath department = ScimPath.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department");
		assertThat(department).isEqualTo(new ScimPath(ScimSchemas.ENTERPRISE, "department", null, null));
		ScimPath manager = ScimPath.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager");
		assertThat(manager.schema()).isEqualTo(ScimSchemas.ENTERPRISE);
		assertThat(manager.is("MANAGER")).isTrue();
		ScimPath managerValue = ScimPath
			.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value");
		assertThat(managerValue.subAttribute()).isEqualTo("value");
	}

	@Test
	void theCoreUrnMayLeadACoreAttribute() {
		assertThat(ScimPath.parse("urn:ietf:params:scim:schemas:core:2.0:User:active"))
			.isEqualTo(new ScimPath(ScimSchemas.USER, "active", null, null));
	}

	@Test
	void unknownSchemasAndMalformedPathsAreRefusedAsInvalidPath() {
		for (String path : new String[] { "urn:example:custom:1.0:User:badge", "emails[type sw \"w\"].value",
				"name..givenName", "emails[type eq \"work\"", "1abc" }) {
			assertThatThrownBy(() -> ScimPath.parse(path)).as(path)
				.isInstanceOfSatisfying(ScimException.class,
						(refusal) -> assertThat(refusal.scimType()).isEqualTo("invalidPath"));
		}
	}

}
