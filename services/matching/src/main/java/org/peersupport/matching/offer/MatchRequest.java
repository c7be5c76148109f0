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
 * involved in the case's events; none of them may support this clinician. Failed offers
 * (declined or expired) count towards the program's limit since the case was last due.
 * The harm level is the one outreach sent (a level of the harm scale, nothing about the
 * event), for the console's manual assignment.
 */
@MappedEntity("match_request")
record MatchRequest(@Id UUID caseId, String staffId, String excludedStaffIds, MatchStatus status,
		@Nullable String reason, Instant updatedAt, @Nullable String facility, boolean highImpact,
		@Nullable Instant respondBy, int failedOffers, @Nullable String harmLevel) {

	Set<String> excluded() {
		Set<String> excluded = new TreeSet<>();
		if (!this.excludedStaffIds.isEmpty()) {
			excluded.addAll(Arrays.asList(this.excludedStaffIds.split(",")));
		}
		return excluded;
	}

	MatchRequest with(MatchStatus next, @Nullable String why, Instant now) {
		return new MatchRequest(this.caseId, this.staffId, this.excludedStaffIds, next, why, now, this.facility,
				this.highImpact, this.respondBy, this.failedOffers, this.harmLevel);
	}

	MatchRequest failedOnce(Instant now) {
		return new MatchRequest(this.caseId, this.staffId, this.excludedStaffIds, this.status, this.reason, now,
				this.facility, this.highImpact, this.respondBy, this.failedOffers + 1, this.harmLevel);
	}

	/**
	 * Due again: more people to exclude, the latest window and harm level, and a fresh
	 * count of failures.
	 */
	MatchRequest dueAgain(Set<String> more, @Nullable String facility, boolean highImpact, @Nullable Instant respondBy,
			@Nullable String harm, Instant now) {
		Set<String> all = excluded();
		all.addAll(more);
		return new MatchRequest(this.caseId, this.staffId, String.join(",", all), this.status, this.reason, now,
				facility, this.highImpact || highImpact, respondBy, 0, (harm != null) ? harm : this.harmLevel);
	}

}
