package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A case waiting for, or placed with, a supporter. The excluded staff are everyone else
 * involved in the case's events; none of them may support this clinician.
 */
@MappedEntity("match_request")
public record MatchRequest(@Id UUID caseId, String staffId, String excludedStaffIds, MatchStatus status,
		@Nullable String reason, Instant updatedAt) {

	Set<String> excluded() {
		Set<String> excluded = new TreeSet<>();
		if (!this.excludedStaffIds.isEmpty()) {
			excluded.addAll(Arrays.asList(this.excludedStaffIds.split(",")));
		}
		return excluded;
	}

	MatchRequest with(MatchStatus next, @Nullable String why, Instant now) {
		return new MatchRequest(this.caseId, this.staffId, this.excludedStaffIds, next, why, now);
	}

	MatchRequest excluding(Set<String> more, Instant now) {
		Set<String> all = excluded();
		all.addAll(more);
		return new MatchRequest(this.caseId, this.staffId, String.join(",", all), this.status, this.reason, now);
	}

}
