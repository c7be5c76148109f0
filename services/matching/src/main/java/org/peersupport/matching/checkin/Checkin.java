package org.peersupport.matching.checkin;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.CheckinCompleted;
import org.peersupport.contracts.events.ContactOutcome;
import org.peersupport.contracts.events.NeedCode;
import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.matching.offer.Offer;

/**
 * The minimal record of a check-in: who, when, and the outcome as codes. The needs and
 * referrals are stored as comma-separated code names (the table refuses anything else).
 */
@MappedEntity("checkin")
record Checkin(@Id UUID id, UUID offerId, UUID caseId, String staffId, String supporterId, @Nullable String followUpId,
		ContactOutcome contact, String needs, String referrals, boolean referralConsent, boolean crisis,
		boolean followUpWanted, @Nullable String facility, Instant completedAt) {

	static Checkin of(Offer offer, CheckinOutcome outcome, @Nullable String facility, Instant now) {
		return new Checkin(UUID.randomUUID(), offer.id(), offer.caseId(), offer.staffId(), offer.supporterId(),
				outcome.followUpId(), outcome.contact(), join(outcome.needs()), join(outcome.referrals()),
				outcome.referralConsent(), outcome.crisis(), outcome.followUpWanted(), facility, now);
	}

	CheckinOutcome outcome() {
		return new CheckinOutcome(this.contact, split(this.needs, NeedCode::valueOf),
				split(this.referrals, ReferralKind::valueOf), this.referralConsent, this.crisis, this.followUpWanted,
				this.followUpId);
	}

	/** Whether a submission says the same as this record, ignoring the order of codes. */
	boolean sameAs(CheckinOutcome submitted) {
		CheckinOutcome mine = outcome();
		return mine.contact() == submitted.contact() && Set.copyOf(mine.needs()).equals(Set.copyOf(submitted.needs()))
				&& Set.copyOf(mine.referrals()).equals(Set.copyOf(submitted.referrals()))
				&& mine.referralConsent() == submitted.referralConsent() && mine.crisis() == submitted.crisis()
				&& mine.followUpWanted() == submitted.followUpWanted();
	}

	CheckinCompleted toEvent() {
		CheckinOutcome outcome = outcome();
		return new CheckinCompleted(this.id.toString(), this.caseId.toString(), this.offerId.toString(), this.staffId,
				this.supporterId, this.followUpId, this.contact, outcome.needs(), outcome.referrals(),
				this.referralConsent, this.crisis, this.followUpWanted, this.facility, this.completedAt);
	}

	private static String join(List<? extends Enum<?>> codes) {
		return codes.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static <E> List<E> split(String codes, Function<String, E> parse) {
		return codes.isEmpty() ? List.of() : Arrays.stream(codes.split(",")).map(parse).toList();
	}

}
