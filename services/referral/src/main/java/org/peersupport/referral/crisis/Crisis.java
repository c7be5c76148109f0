package org.peersupport.referral.crisis;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A crisis raised at a check-in, or by a clinician who asked to talk now, paged along the
 * on-call rota until a lead acknowledges. Ids and times only.
 *
 * @param id the crisis
 * @param checkinId the check-in that raised it, or the clinician's request
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param supporterId the supporter who raised it, or null when the clinician asked
 * @param facility the facility, or null
 * @param raisedAt when
 * @param nextPosition the rota position paged next; it only grows and wraps around the
 * rota, so paging keeps cycling
 * @param acknowledgedBy the lead who acknowledged, or null while open
 * @param acknowledgedAt when, or null while open
 */
@MappedEntity("crisis")
public record Crisis(@Id String id, String checkinId, String caseId, String staffId, @Nullable String supporterId,
		@Nullable String facility, Instant raisedAt, int nextPosition, @Nullable String acknowledgedBy,
		@Nullable Instant acknowledgedAt) {

	public boolean open() {
		return this.acknowledgedAt == null;
	}

	Crisis pagedOnce() {
		return new Crisis(this.id, this.checkinId, this.caseId, this.staffId, this.supporterId, this.facility,
				this.raisedAt, this.nextPosition + 1, this.acknowledgedBy, this.acknowledgedAt);
	}

	Crisis acknowledged(String leadId, Instant at) {
		return new Crisis(this.id, this.checkinId, this.caseId, this.staffId, this.supporterId, this.facility,
				this.raisedAt, this.nextPosition, leadId, at);
	}

}
