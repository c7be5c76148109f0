package org.peersupport.matching.engine;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.peersupport.matching.engine.rule.DepartmentRuleMet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.matching.engine.Fixtures.NOW;
import static org.peersupport.matching.engine.Fixtures.a;

class DepartmentRuleTests {

	private static final Candidate SAME = a("P-1").department("ICU").build();

	private static final Candidate OTHER = a("P-2").department("ED").build();

	private static final Candidate UNKNOWN = a("P-3").department(null).build();

	@Test
	void sameDepartmentIsTheBrighamModel() {
		Clinician clinician = Fixtures.clinician();
		assertThat(DepartmentRule.SAME_DEPARTMENT.allows(clinician, SAME)).isTrue();
		assertThat(DepartmentRule.SAME_DEPARTMENT.allows(clinician, OTHER)).isFalse();
		assertThat(DepartmentRule.SAME_DEPARTMENT.allows(clinician, UNKNOWN)).isFalse();
	}

	@Test
	void otherDepartmentIsTheStanfordModel() {
		Clinician clinician = Fixtures.clinician();
		assertThat(DepartmentRule.OTHER_DEPARTMENT.allows(clinician, SAME)).isFalse();
		assertThat(DepartmentRule.OTHER_DEPARTMENT.allows(clinician, OTHER)).isTrue();
		assertThat(DepartmentRule.OTHER_DEPARTMENT.allows(clinician, UNKNOWN)).isTrue();
	}

	@Test
	void clinicianChoiceFollowsWhatTheClinicianStated() {
		Clinician wantsSame = Fixtures.clinician("ICU", Set.of(), Set.of(), DepartmentChoice.SAME_DEPARTMENT);
		Clinician wantsOther = Fixtures.clinician("ICU", Set.of(), Set.of(), DepartmentChoice.OTHER_DEPARTMENT);
		Clinician noChoice = Fixtures.clinician("ICU", Set.of(), Set.of(), DepartmentChoice.NO_PREFERENCE);
		assertThat(DepartmentRule.CLINICIAN_CHOICE.allows(wantsSame, SAME)).isTrue();
		assertThat(DepartmentRule.CLINICIAN_CHOICE.allows(wantsSame, OTHER)).isFalse();
		assertThat(DepartmentRule.CLINICIAN_CHOICE.allows(wantsOther, SAME)).isFalse();
		assertThat(DepartmentRule.CLINICIAN_CHOICE.allows(wantsOther, OTHER)).isTrue();
		assertThat(DepartmentRule.CLINICIAN_CHOICE.allows(noChoice, SAME)).isTrue();
		assertThat(DepartmentRule.CLINICIAN_CHOICE.allows(noChoice, OTHER)).isTrue();
	}

	@Test
	void anyAllowsEveryDepartment() {
		assertThat(DepartmentRule.ANY.allows(Fixtures.clinician(), SAME)).isTrue();
		assertThat(DepartmentRule.ANY.allows(Fixtures.clinician(), OTHER)).isTrue();
	}

	@Test
	void theRuleIsChosenPerFacilityWithADefault() {
		MatchingPolicy.Departments departments = new MatchingPolicy.Departments(DepartmentRule.ANY,
				Map.of("BWH", DepartmentRule.SAME_DEPARTMENT, "SHC", DepartmentRule.OTHER_DEPARTMENT));
		DepartmentRuleMet rule = new DepartmentRuleMet(departments);
		Clinician clinician = Fixtures.clinician();
		assertThat(rule.allows(new CaseToMatch("c", clinician, Set.of(), Set.of(), "BWH", false), OTHER, NOW))
			.isFalse();
		assertThat(rule.allows(new CaseToMatch("c", clinician, Set.of(), Set.of(), "SHC", false), SAME, NOW)).isFalse();
		assertThat(rule.allows(new CaseToMatch("c", clinician, Set.of(), Set.of(), "OTHER", false), SAME, NOW))
			.isTrue();
		assertThat(rule.allows(new CaseToMatch("c", clinician, Set.of(), Set.of(), null, false), OTHER, NOW)).isTrue();
	}

}
