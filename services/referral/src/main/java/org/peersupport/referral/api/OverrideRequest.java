package org.peersupport.referral.api;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.peersupport.referral.catalog.FacilityOverride;
import org.peersupport.web.FieldReader;

/**
 * How a facility sees a resource: {@code hidden}, whether the facility does not offer it
 * (default false), and the facility's own {@code phone}, {@code url}, {@code hours} and
 * {@code cost}. A field left out keeps the catalog's value. The console's form is read by
 * this reader too.
 */
public final class OverrideRequest {

	private static final List<String> CHANGES = List.of("phone", "url", "hours", "cost");

	private OverrideRequest() {
	}

	public static FacilityOverride read(JsonNode body, String code, String facility) {
		FieldReader in = FieldReader.ofObject(body);
		String checkedFacility = ReferralFields.facility(in.parameter("facility", facility)).required();
		String phone = ReferralFields.phone(in.field("phone")).optional();
		String url = ReferralFields.url(in.field("url")).optional();
		String hours = in.field("hours").text(200).optional();
		String cost = in.field("cost").text(200).optional();
		boolean hidden = in.field("hidden").flag().orElse(false);
		if (!hidden && CHANGES.stream().noneMatch((change) -> in.field(change).isPresent())) {
			in.field("hidden").problem("an override must hide the resource or change its phone, url, hours or cost");
		}
		in.check();
		return new FacilityOverride(code, checkedFacility, hidden, phone, url, hours, cost);
	}

	/** A facility code as the path names it, refused (400) naming {@code facility}. */
	public static String facility(String facility) {
		FieldReader in = FieldReader.parameters();
		String checked = ReferralFields.facility(in.parameter("facility", facility)).required();
		in.check();
		return checked;
	}

}
