package org.peersupport.matching.engine.rule;

import java.time.Instant;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;
import org.peersupport.matching.engine.MatchingPolicy;

/** The department rule of the case's facility. */
public final class DepartmentRuleMet implements HardConstraint {

	private final MatchingPolicy.Departments departments;

	public DepartmentRuleMet(MatchingPolicy.Departments departments) {
		this.departments = departments;
	}

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return this.departments.ruleFor(matchCase.facility()).allows(matchCase.clinician(), supporter);
	}

	@Override
	public String refusal() {
		return "They do not meet this facility's department rule (the same department, another department, or the clinician's own choice).";
	}

}
