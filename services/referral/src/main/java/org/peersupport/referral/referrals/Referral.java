package org.peersupport.referral.referrals;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.contracts.events.ReferralOutcome;
import org.peersupport.web.ConflictException;

/**
 * A referral made at a check-in with the clinician's consent. Ids and codes only: there
 * is nothing here a clinician said.
 *
 * @param id the referral
 * @param checkinId the check-in it came from
 * @param caseId the outreach case
 * @param staffId the clinician
 * @param kind the kind of help
 * @param resourceCode the catalog resource it points to, or null when none fits
 * @param facility the facility, or null
 * @param status where it stands
 * @param outcome how it ended, once closed
 * @param madeAt when it was made
 * @param updatedAt when it last changed
 * @param followUpAt when to check whether the clinician connected
 * @param closeBy when an unconnected referral closes as not connected
 * @param followUpDue whether it is on the follow-up worklist
 * @param closedAt when it closed
 */
@MappedEntity("referral")
public record Referral(@Id String id, String checkinId, String caseId, String staffId, ReferralKind kind,
		@Nullable String resourceCode, @Nullable String facility, ReferralStatus status,
		@Nullable ReferralOutcome outcome, Instant madeAt, Instant updatedAt, Instant followUpAt, Instant closeBy,
		boolean followUpDue, @Nullable Instant closedAt) {

	/**
	 * The referral after a status change asked for by a person.
	 * @param next the status asked for
	 * @param requestedOutcome the outcome when closing, or null for the usual one
	 * @param now the time
	 * @throws ConflictException when the change is not a legal transition
	 */
	Referral moveTo(ReferralStatus next, ReferralOutcome requestedOutcome, Instant now) {
		if (!this.status.canMoveTo(next)) {
			throw new ConflictException("a referral that is " + this.status + " cannot become " + next);
		}
		if (next != ReferralStatus.CLOSED) {
			if (requestedOutcome != null) {
				throw new ConflictException("an outcome is only given when closing a referral");
			}
			return with(next, null, now);
		}
		ReferralOutcome outcome = (requestedOutcome != null) ? requestedOutcome : this.status.defaultOutcome();
		if (!this.status.closingOutcomes().contains(outcome)) {
			throw new ConflictException("a referral that is " + this.status + " can close only as "
					+ this.status.closingOutcomes() + ", not " + outcome);
		}
		return with(ReferralStatus.CLOSED, outcome, now);
	}

	/** The referral once its follow-up came and the clinician had not connected yet. */
	Referral markedDue(Instant now) {
		return new Referral(this.id, this.checkinId, this.caseId, this.staffId, this.kind, this.resourceCode,
				this.facility, this.status, this.outcome, this.madeAt, now, this.followUpAt, this.closeBy, true,
				this.closedAt);
	}

	/** The referral closed by its final deadline. */
	Referral closedUnconnected(Instant now) {
		return with(ReferralStatus.CLOSED, ReferralOutcome.NOT_CONNECTED, now);
	}

	private Referral with(ReferralStatus next, ReferralOutcome closingOutcome, Instant now) {
		boolean closed = next == ReferralStatus.CLOSED;
		return new Referral(this.id, this.checkinId, this.caseId, this.staffId, this.kind, this.resourceCode,
				this.facility, next, closingOutcome, this.madeAt, now, this.followUpAt, this.closeBy,
				this.followUpDue && next.awaitsConnection(), closed ? now : null);
	}

}
