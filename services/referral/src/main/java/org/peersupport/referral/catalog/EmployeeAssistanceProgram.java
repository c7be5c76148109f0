package org.peersupport.referral.catalog;

import org.peersupport.contracts.events.ReferralKind;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hospital's own EAP, configured per deployment ({@code peersupport.referral.eap.*})
 * because every organisation contracts a different one. It seeds the catalog's
 * {@code EAP} entry on first start; administrators manage it through the API after that.
 *
 * @param name the program's name
 * @param phone how to reach it
 * @param url its web page, if any
 * @param hours when it answers
 */
@ConfigurationProperties("peersupport.referral.eap")
public record EmployeeAssistanceProgram(String name, String phone, String url, String hours) {

	static final String CODE = "EAP";

	SupportResource asResource() {
		return new SupportResource(CODE, ReferralKind.EAP, this.name, blankToNull(this.phone), blankToNull(this.url),
				blankToNull(this.hours),
				"Free, confidential counselling for staff and their families, paid for by the hospital.", false, 30,
				true, "Free", 0);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
