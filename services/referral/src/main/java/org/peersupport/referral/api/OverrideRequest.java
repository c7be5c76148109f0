package org.peersupport.referral.api;

import org.peersupport.referral.catalog.FacilityOverride;

/**
 * How a facility sees a resource. Leave a field out to keep the catalog's value.
 *
 * @param hidden whether the facility does not offer the resource (default false)
 * @param phone the facility's phone number
 * @param url the facility's web page
 * @param hours the facility's hours
 * @param cost the facility's cost
 */
record OverrideRequest(Boolean hidden, String phone, String url, String hours, String cost) {

	FacilityOverride toOverride(String code, String facility) {
		FieldChecks checks = new FieldChecks();
		String checkedFacility = checks.matches("facility", facility, FieldChecks.FACILITY,
				"must be 1 to 64 letters, digits, dots, hyphens or underscores", true);
		String checkedPhone = checks.phone("phone", this.phone);
		String checkedUrl = checks.url("url", this.url);
		String checkedHours = checks.text("hours", this.hours, 200, false);
		String checkedCost = checks.text("cost", this.cost, 200, false);
		boolean checkedHidden = (this.hidden != null) && this.hidden;
		if (!checkedHidden && this.phone == null && this.url == null && this.hours == null && this.cost == null) {
			checks.reject("hidden", "an override must hide the resource or change its phone, url, hours or cost");
		}
		checks.throwIfAny();
		return new FacilityOverride(code, checkedFacility, checkedHidden, checkedPhone, checkedUrl, checkedHours,
				checkedCost);
	}

}
