package org.peersupport.accesstrail;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.peersupport.security.Actor;
import org.peersupport.security.Role;

import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The pieces of an entry that need no database. */
class TrailPartsTests {

	@Test
	void theKindOfRecordIsTheRoutesFirstFixedSegment() {
		assertThat(RouteMatch.resourceType("/api/v1/crises/{id}/pages")).isEqualTo("crises");
		assertThat(RouteMatch.resourceType("/api/v1/supporters/{staffId}/offers")).isEqualTo("supporters");
		assertThat(RouteMatch.resourceType("/portal/{supporterId}")).isEqualTo("portal");
		assertThat(RouteMatch.resourceType("/")).isEqualTo("page");
	}

	@Test
	void idsComeFromThePathAndIdLikeQueryParametersShortened() {
		LinkedMultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("staffId", "C-1");
		query.add("facility", "MAIN");
		RouteMatch match = RouteMatch.of("/api/v1/supporters/{staffId}/offers/{offerId}", Map.of("staffId", "P-1"),
				query);
		assertThat(match.resourceId()).isEqualTo("staffId=P-1&staffId=C-1");
		assertThat(RouteMatch.of("/x/{id}", Map.of("id", "a".repeat(500)), new LinkedMultiValueMap<>()).resourceId())
			.hasSize("id=".length() + 100);
		assertThat(RouteMatch.of("/api/v1/resources", Map.of(), new LinkedMultiValueMap<>()).resourceId()).isNull();
	}

	@Test
	void pseudonymizingReplacesWholeIdsOnly() {
		assertThat(TrailPseudonyms.replacedIds("staffId=C-1&offerId=C-10", "C-1", "p-9"))
			.isEqualTo("staffId=p-9&offerId=C-10");
		assertThat(TrailPseudonyms.replacedIds(null, "C-1", "p-9")).isNull();
	}

	@Test
	void anEntryIsAboutAPersonOnlyWhenAWholeIdIsTheirs() {
		assertThat(TrailPseudonyms.names("staffId=C-1&offerId=7", "C-1")).isTrue();
		assertThat(TrailPseudonyms.names("offerId=7&supporterId=C-1", "C-1")).isTrue();
		assertThat(TrailPseudonyms.names("staffId=C-10", "C-1")).isFalse();
		assertThat(TrailPseudonyms.names("staffId=XC-1", "C-1")).isFalse();
		assertThat(TrailPseudonyms.names(null, "C-1")).isFalse();
	}

	@Test
	void aCopysFileNameIsSafeWhateverTheStaffId() {
		RecordsDocument copy = new RecordsDocument("C-1/../x y", java.time.Instant.parse("2026-12-04T10:00:00Z"),
				RecordsDocument.ABOUT, Map.of(), java.util.List.of());
		assertThat(copy.fileName()).isEqualTo("peersupport-records-C-1_.._x_y-2026-12-04.json");
	}

	@Test
	void theCanonicalFormKeepsValuesApart() {
		assertThat(EntryHashing.canonical("a;1:b", null)).isNotEqualTo(EntryHashing.canonical("a", "b", null));
		assertThat(EntryHashing.canonical(null, "")).isEqualTo("-:;0:;");
	}

	@Test
	void aCallerGivesOnlyTheirRolesPurposesAndDefaultsToTheMostSpecificRole() {
		Actor lead = new Actor("user-L", "L", null, Set.of(Role.CLINICIAN, Role.ON_CALL_LEAD), Set.of());
		assertThat(PurposeOfUse.of(lead, null)).isEqualTo("ETREAT");
		assertThat(PurposeOfUse.of(lead, "PATRQT")).isEqualTo("PATRQT");
		assertThat(PurposeOfUse.of(lead, "HCOMPL")).isEqualTo("ETREAT");
		Actor operator = new Actor("operator", null, null, Set.of(Role.OPERATOR), Set.of());
		assertThat(PurposeOfUse.allowed(operator)).containsExactly("HSYSADMIN");
		assertThat(PurposeOfUse.of(null, "TREAT")).isEqualTo(PurposeOfUse.UNKNOWN);
	}

}
