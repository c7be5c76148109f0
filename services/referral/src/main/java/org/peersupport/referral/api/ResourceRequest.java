package org.peersupport.referral.api;

import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.referral.catalog.ResourceDraft;

/**
 * A catalog resource as an administrator sends it. Fields are read as text and checked
 * here, so that a bad value is answered naming its field.
 *
 * @param code the stable id (only on create; the path names it on update)
 * @param kind the kind of help, a referral code
 * @param name the name
 * @param phone the phone number
 * @param url the web page
 * @param hours when it answers
 * @param description what it offers
 * @param crisis whether it is for a crisis right now
 * @param sortOrder lower first, default 100
 * @param confidential whether it is confidential
 * @param cost what it costs the clinician
 * @param version the version the change is based on, optional
 */
record ResourceRequest(String code, String kind, String name, String phone, String url, String hours,
		String description, Boolean crisis, Integer sortOrder, Boolean confidential, String cost, Long version) {

	ResourceDraft toDraft(String pathCode) {
		FieldChecks checks = new FieldChecks();
		String checkedCode;
		if (pathCode != null) {
			checkedCode = pathCode;
			if (this.code != null && !this.code.equals(pathCode)) {
				checks.reject("code", "must match the resource in the path, or be left out");
			}
		}
		else {
			checkedCode = checks.matches("code", this.code, FieldChecks.CODE,
					"must be 2 to 64 upper-case letters, digits or hyphens", true);
		}
		ReferralKind checkedKind = checks.enumValue("kind", this.kind, ReferralKind.class, true);
		String checkedName = checks.text("name", this.name, 200, true);
		String checkedPhone = checks.phone("phone", this.phone);
		String checkedUrl = checks.url("url", this.url);
		String checkedHours = checks.text("hours", this.hours, 200, false);
		String checkedDescription = checks.text("description", this.description, 1000, false);
		boolean checkedConfidential = checks.flag("confidential", this.confidential);
		boolean checkedCrisis = (this.crisis != null) && this.crisis;
		int checkedOrder = checks.number("sortOrder", this.sortOrder, 0, 100_000, 100);
		String checkedCost = checks.text("cost", this.cost, 200, false);
		checks.throwIfAny();
		return new ResourceDraft(checkedCode, checkedKind, checkedName, checkedPhone, checkedUrl, checkedHours,
				checkedDescription, checkedCrisis, checkedOrder, checkedConfidential, checkedCost);
	}

}
