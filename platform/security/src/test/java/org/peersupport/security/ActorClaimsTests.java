package org.peersupport.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorClaimsTests {

	private static SecurityProperties properties(SecurityProperties.Claims claims, Map<String, Role> mapping) {
		return new SecurityProperties("http://idp", null, List.of("peersupport"), List.of("JWT"), Duration.ZERO, 100,
				claims, mapping);
	}

	private static final SecurityProperties.Claims DEFAULT_CLAIMS = new SecurityProperties.Claims("staff_id", "roles",
			"facilities", "scope", "client_id");

	@Test
	void aStaffIdMakesAClinicianAndRoleNamesAreUnderstoodInAnyCase() {
		Actor actor = new ActorClaims(properties(DEFAULT_CLAIMS, Map.of())).actor("u-1", Map.of("staff_id", "C-100",
				"roles", List.of("administrator", "On_Call_Lead", "UNKNOWN"), "facilities", List.of("MAIN")));
		assertThat(actor.staffId()).isEqualTo("C-100");
		assertThat(actor.roles()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.ADMINISTRATOR, Role.ON_CALL_LEAD);
		assertThat(actor.facilities()).containsExactly("MAIN");
		assertThat(actor.covers("MAIN")).isTrue();
		assertThat(actor.covers("NORTH")).isFalse();
		assertThat(actor.covers(null)).isFalse();
	}

	@Test
	void keycloakStyleNestedGroupsMapThroughConfiguration() {
		SecurityProperties.Claims keycloak = new SecurityProperties.Claims("employee_number", "realm_access.roles",
				"hospital", "scope", "azp");
		Actor actor = new ActorClaims(properties(keycloak, Map.of("pss-directors", Role.DIRECTOR))).actor("kc-7", Map
			.of("realm_access", Map.of("roles", List.of("pss-directors", "offline_access")), "hospital", "MAIN NORTH"));
		assertThat(actor.roles()).containsExactly(Role.DIRECTOR);
		assertThat(actor.staffId()).isNull();
		assertThat(actor.facilities()).containsExactlyInAnyOrder("MAIN", "NORTH");
	}

	@Test
	void onlyTheReportScopeMakesARiskSystemAndAPersonIsNeverOne() {
		ActorClaims claims = new ActorClaims(properties(DEFAULT_CLAIMS, Map.of()));
		Actor machine = claims.actor("rl6", Map.of("scope", "system/AdverseEvent.write openid"));
		assertThat(machine.roles()).containsExactly(Role.RISK_SYSTEM);
		assertThat(machine.clientId()).isEqualTo("rl6");
		assertThat(machine.covers("ANY")).isTrue();
		Actor person = claims.actor("u-1", Map.of("staff_id", "C-1", "scope", "system/AdverseEvent.write"));
		assertThat(person.roles()).containsExactly(Role.CLINICIAN);
		// Role claims cannot make a clinician or a risk system: only a staff id or the
		// scope can.
		Actor claimed = claims.actor("u-2", Map.of("roles", List.of("CLINICIAN", "RISK_SYSTEM")));
		assertThat(claimed.roles()).isEmpty();
	}

	@Test
	void onlyTheProvisioningScopeMakesADirectoryProvisioningClientAndAPersonIsNeverOne() {
		ActorClaims claims = new ActorClaims(properties(DEFAULT_CLAIMS, Map.of()));
		Actor machine = claims.actor("entra-scim", Map.of("scope", "peersupport.scim"));
		assertThat(machine.roles()).containsExactly(Role.DIRECTORY_PROVISIONING);
		assertThat(machine.clientId()).isEqualTo("entra-scim");
		Actor person = claims.actor("u-1",
				Map.of("staff_id", "C-1", "scope", "peersupport.scim", "roles", List.of("ADMINISTRATOR")));
		assertThat(person.roles()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.ADMINISTRATOR);
		Actor claimed = claims.actor("u-2", Map.of("roles", List.of("DIRECTORY_PROVISIONING")));
		assertThat(claimed.roles()).isEmpty();
	}

	@Test
	void aPersonActsOnlyOnTheirOwnRecord() {
		Actor actor = new ActorClaims(properties(DEFAULT_CLAIMS, Map.of())).actor("u-1", Map.of("staff_id", "P-1"));
		actor.requireSelf("P-1");
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.security.access.AccessDeniedException.class)
			.isThrownBy(() -> actor.requireSelf("P-2"));
		assertThat(actor.auditName()).isEqualTo("P-1");
	}

}
