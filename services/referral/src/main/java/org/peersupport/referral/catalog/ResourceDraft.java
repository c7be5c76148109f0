package org.peersupport.referral.catalog;

import org.peersupport.contracts.events.ReferralKind;

/**
 * A validated resource as an administrator wrote it, before it has a version.
 *
 * @param code the stable id
 * @param kind the kind of help
 * @param name the name
 * @param phone the phone number, or null
 * @param url the web page, or null
 * @param hours the hours, or null
 * @param description what it offers, or null
 * @param crisis whether it is for a crisis right now
 * @param sortOrder lower first
 * @param confidential whether it is confidential
 * @param cost what it costs, or null
 */
public record ResourceDraft(String code, ReferralKind kind, String name, String phone, String url, String hours,
		String description, boolean crisis, int sortOrder, boolean confidential, String cost) {

	SupportResource withVersion(long version) {
		return new SupportResource(this.code, this.kind, this.name, this.phone, this.url, this.hours, this.description,
				this.crisis, this.sortOrder, this.confidential, this.cost, version);
	}

}
