package org.peersupport.matching.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.peersupport.matching.availability.Availability;

/**
 * Builders for engine tests: a plain eligible supporter and clinician, varied one field
 * at a time.
 */
final class Fixtures {

	static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

	private Fixtures() {
	}

	static Clinician clinician() {
		return clinician("ICU", Set.of(), Set.of(), DepartmentChoice.NO_PREFERENCE);
	}

	static Clinician clinician(String department, Set<String> languages, Set<String> identity,
			DepartmentChoice choice) {
		return new Clinician("C-1", new Work(department, "RN", "Critical Care", 5, "BOSS"), languages, identity,
				choice);
	}

	static CaseToMatch caseFor(Clinician clinician) {
		return new CaseToMatch("case-1", clinician, Set.of(), Set.of(), "FAC", false);
	}

	static SupporterBuilder a(String id) {
		return new SupporterBuilder(id);
	}

	/** An eligible supporter unless told otherwise. */
	static final class SupporterBuilder {

		private final String id;

		String department = "ED";

		String role = "RN";

		String specialty = "Emergency";

		Integer seniority = 10;

		String supervisorId;

		Set<String> languages = Set.of();

		Set<String> tags = Set.of();

		boolean trained = true;

		LocalDate expiresOn;

		boolean paused;

		int maxActive = 2;

		int active;

		int recent;

		Instant lastHighImpact;

		Availability availability = Availability.NONE;

		SupporterBuilder(String id) {
			this.id = id;
		}

		SupporterBuilder department(String value) {
			this.department = value;
			return this;
		}

		SupporterBuilder role(String value, String specialtyValue, Integer seniorityValue) {
			this.role = value;
			this.specialty = specialtyValue;
			this.seniority = seniorityValue;
			return this;
		}

		SupporterBuilder supervisor(String value) {
			this.supervisorId = value;
			return this;
		}

		SupporterBuilder speaks(Set<String> languageCodes, Set<String> identityTags) {
			this.languages = languageCodes;
			this.tags = identityTags;
			return this;
		}

		SupporterBuilder training(boolean value, LocalDate expiry) {
			this.trained = value;
			this.expiresOn = expiry;
			return this;
		}

		SupporterBuilder paused(boolean value) {
			this.paused = value;
			return this;
		}

		SupporterBuilder load(int max, int open, int recentCases) {
			this.maxActive = max;
			this.active = open;
			this.recent = recentCases;
			return this;
		}

		SupporterBuilder lastHighImpact(Instant at) {
			this.lastHighImpact = at;
			return this;
		}

		SupporterBuilder available(Availability value) {
			this.availability = value;
			return this;
		}

		Candidate build() {
			return new Candidate(this.id,
					new Work(this.department, this.role, this.specialty, this.seniority, this.supervisorId),
					this.languages, this.tags, new Candidate.Readiness(this.trained, this.expiresOn, this.paused),
					new Candidate.Workload(this.maxActive, this.active, this.recent, this.lastHighImpact),
					this.availability);
		}

	}

}
