package org.peersupport.matching.scim;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each known quirk of Entra ID's and Okta's PATCH requests, applied and then read. */
class ScimPatchTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ENTERPRISE = ScimSchemas.ENTERPRISE;

	private static ObjectNode user() {
		return (ObjectNode) JSON.readTree("""
				{"userName": "N-1", "displayName": "Ana Lima", "name": {"givenName": "Ana", "familyName": "Lima"},
				 "emails": [{"value": "ana@hospital.test", "type": "work", "primary": true}],
				 "title": "RN", "active": true,
				 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "ICU",
				   "manager": {"value": "M-1"}}}
				""");
	}

	private static ScimUser patched(String operations) {
		ObjectNode user = user();
		ScimPatch.apply(user,
				JSON.readTree("{\"schemas\": [\"" + ScimSchemas.PATCH + "\"], \"Operations\": " + operations + "}"));
		return ScimUserReader.read(user);
	}

	@Test
	void replaceWithAPathAsTheRfcSays() {
		ScimUser user = patched("[{\"op\": \"replace\", \"path\": \"displayName\", \"value\": \"Ana Souza\"}]");
		assertThat(user.directoryName()).isEqualTo("Ana Souza");
	}

	@Test
	void entraCapitalisesOpAndSendsActiveAsTheStringFalse() {
		assertThat(patched("[{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"False\"}]").active()).isFalse();
		assertThat(patched("[{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"True\"}]").active()).isTrue();
	}

	@Test
	void oktaDeactivatesWithAPathlessValue() {
		assertThat(patched("[{\"op\": \"replace\", \"value\": {\"active\": false}}]").active()).isFalse();
	}

	@Test
	void aPathlessValueWhoseKeysArePathsAndUrns() {
		ScimUser user = patched("""
				[{"op": "Add", "value": {"name.givenName": "Ana Maria", "displayName": null,
				  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department": "ED"}}]
				""");
		assertThat(user.givenName()).isEqualTo("Ana Maria");
		assertThat(user.familyName()).as("left as it was").isEqualTo("Lima");
		assertThat(user.directoryName()).isEqualTo("Ana Maria Lima");
		assertThat(user.department()).isEqualTo("ED");
	}

	@Test
	void aPathlessValueHoldingTheExtensionAsAnObject() {
		ScimUser user = patched("[{\"op\": \"replace\", \"value\": {\"" + ENTERPRISE
				+ "\": {\"department\": \"OR\"}, \"title\": \"MD\"}}]");
		assertThat(user.department()).isEqualTo("OR");
		assertThat(user.managerId()).as("not named, kept").isEqualTo("M-1");
		assertThat(user.title()).isEqualTo("MD");
	}

	@Test
	void replaceOnTheWorkEmailsValue() {
		ScimUser user = patched(
				"[{\"op\": \"replace\", \"path\": \"emails[type eq \\\"work\\\"].value\", \"value\": \"ana.lima@hospital.test\"}]");
		assertThat(user.email()).isEqualTo("ana.lima@hospital.test");
	}

	@Test
	void replaceOnTheWorkEmailsValueOfAUserWithoutOneCreatesIt() {
		ObjectNode user = user();
		user.remove("emails");
		ScimPatch.apply(user, JSON.readTree(
				"""
						{"Operations": [{"op": "replace", "path": "emails[type eq \\"work\\"].value", "value": "new@hospital.test"}]}
						"""));
		assertThat(ScimUserReader.read(user).email()).isEqualTo("new@hospital.test");
	}

	@Test
	void nameGivenNameAsAPath() {
		assertThat(patched("[{\"op\": \"replace\", \"path\": \"name.givenName\", \"value\": \"Anna\"}]").givenName())
			.isEqualTo("Anna");
	}

	@Test
	void theDepartmentAddressedByTheExtensionsUrn() {
		assertThat(patched("[{\"op\": \"Replace\", \"path\": \"" + ENTERPRISE + ":department\", \"value\": \"PEDS\"}]")
			.department()).isEqualTo("PEDS");
	}

	@Test
	void entraAddsTheManagerAsABareIdAndRemovesItWithAValue() {
		assertThat(patched("[{\"op\": \"Add\", \"path\": \"" + ENTERPRISE + ":manager\", \"value\": \"M-2\"}]")
			.managerId()).isEqualTo("M-2");
		assertThat(patched(
				"[{\"op\": \"Remove\", \"path\": \"" + ENTERPRISE + ":manager\", \"value\": [{\"value\": \"M-1\"}]}]")
			.managerId()).isNull();
	}

	@Test
	void theManagerAsAnObjectOrItsValueSubAttribute() {
		assertThat(patched(
				"[{\"op\": \"replace\", \"path\": \"" + ENTERPRISE + ":manager\", \"value\": {\"value\": \"M-3\"}}]")
			.managerId()).isEqualTo("M-3");
		assertThat(
				patched("[{\"op\": \"replace\", \"path\": \"" + ENTERPRISE + ":manager.value\", \"value\": \"M-4\"}]")
					.managerId())
			.isEqualTo("M-4");
	}

	@Test
	void removeAnAttribute() {
		assertThat(patched("[{\"op\": \"remove\", \"path\": \"title\"}]").title()).isNull();
		assertThat(patched("[{\"op\": \"remove\", \"path\": \"emails[type eq \\\"work\\\"]\"}]").email()).isNull();
	}

	@Test
	void addToAMultiValuedAttributeAppends() {
		ScimUser user = patched(
				"[{\"op\": \"add\", \"path\": \"emails\", \"value\": [{\"value\": \"other@hospital.test\", \"type\": \"other\"}]}]");
		assertThat(user.email()).as("the primary one still wins").isEqualTo("ana@hospital.test");
	}

	@Test
	void badRequestsAreRefusedNamingWhatIsWrong() {
		assertThatThrownBy(() -> patched("[]")).hasMessageContaining("Operations");
		assertThatThrownBy(() -> patched("[{\"op\": \"move\", \"path\": \"title\"}]"))
			.hasMessageContaining("Operations[0].op");
		assertThatThrownBy(() -> patched("[{\"op\": \"remove\"}]")).isInstanceOfSatisfying(ScimException.class,
				(refusal) -> assertThat(refusal.scimType()).isEqualTo("noTarget"));
		assertThatThrownBy(() -> patched("[{\"op\": \"replace\", \"path\": \"active\", \"value\": \"maybe\"}]"))
			.isInstanceOfSatisfying(ScimException.class, (refusal) -> {
				assertThat(refusal.scimType()).isEqualTo("invalidValue");
				assertThat(refusal.getMessage()).contains("active");
			});
		assertThatThrownBy(() -> patched("[{\"op\": \"replace\", \"path\": \"emails[type eq \\\"work\\\"].value\", "
				+ "\"value\": \"not-an-address\"}]"))
			.hasMessageContaining("emails.value");
	}

	@Test
	void aReplaceThatSaysWhatIsThereChangesNothing() {
		ObjectNode user = user();
		JsonNode before = user.deepCopy();
		ScimPatch.apply(user,
				JSON.readTree("{\"Operations\": [{\"op\": \"replace\", \"path\": \"title\", \"value\": \"RN\"}]}"));
		assertThat(user).isEqualTo(before);
	}

}
