package org.peersupport.referral.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.ReferralKind;

/**
 * One place a clinician can be referred to. The phone number and web page are its
 * contact; a facility can override them, the hours and the cost (see
 * {@link FacilityOverride}).
 *
 * @param code the stable id, such as {@code 988-LIFELINE}
 * @param kind the kind of help, as in referral codes
 * @param name the name shown to supporters
 * @param phone how to call, or null
 * @param url its web page, or null
 * @param hours when it answers, or null
 * @param description what it offers, or null
 * @param crisis whether it is for a crisis right now (shown first on the crisis path)
 * @param sortOrder lower first; the first of a kind is the one referrals point to
 * @param confidential whether using it stays confidential from the employer
 * @param cost what it costs the clinician, or null
 * @param version incremented on every change, for optimistic concurrency
 */
@MappedEntity("resource")
public record SupportResource(@Id String code, ReferralKind kind, String name, @Nullable String phone,
		@Nullable String url, @Nullable String hours, @Nullable String description, boolean crisis, int sortOrder,
		boolean confidential, @Nullable String cost, long version) {

	SupportResource withOverride(FacilityOverride override) {
		return new SupportResource(this.code, this.kind, this.name, firstNonNull(override.phone(), this.phone),
				firstNonNull(override.url(), this.url), firstNonNull(override.hours(), this.hours), this.description,
				this.crisis, this.sortOrder, this.confidential, firstNonNull(override.cost(), this.cost), this.version);
	}

	private static String firstNonNull(String preferred, String fallback) {
		return (preferred != null) ? preferred : fallback;
	}

}
