package org.peersupport.referral.api;

import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.referral.catalog.ResourceDraft;
import org.peersupport.web.FieldReader;

/**
 * A catalog resource as an administrator sends it, read field by field so that a bad
 * value is answered naming its field. The body holds: {@code code}, the stable id (only
 * on create; the path names it on update); {@code kind}, a referral code; {@code name};
 * {@code phone}; {@code url}; {@code hours}, when it answers; {@code description};
 * {@code crisis}, whether it is for a crisis right now; {@code sortOrder}, lower first,
 * default 100; {@code confidential}; {@code cost}, what it costs the clinician; and
 * {@code version}, the version the change is based on, optional. The console's form is
 * read by this reader too, so page and API refuse alike.
 *
 * @param draft the resource
 * @param version the version the change is based on, or null
 */
public record ResourceRequest(ResourceDraft draft, Long version) {

	/**
	 * @param pathCode the resource the path names, or null on create
	 */
	public static ResourceRequest read(JsonNode body, String pathCode) {
		FieldReader in = FieldReader.ofObject(body);
		String code = pathCode;
		if (pathCode == null) {
			code = ReferralFields.code(in.field("code")).required();
		}
		else {
			String given = in.field("code").text(128).optional();
			if (given != null && !given.equals(pathCode)) {
				in.field("code").problem("must match the resource in the path, or be left out");
			}
		}
		ReferralKind kind = in.field("kind").choice(ReferralKind.class).required();
		String name = in.field("name").text(200).required();
		String phone = ReferralFields.phone(in.field("phone")).optional();
		String url = ReferralFields.url(in.field("url")).optional();
		String hours = in.field("hours").text(200).optional();
		String description = in.field("description").text(1000).optional();
		Boolean confidential = in.field("confidential").flag().required("is required (true or false)");
		boolean crisis = in.field("crisis").flag().orElse(false);
		int sortOrder = in.field("sortOrder")
			.integer()
			.must((order) -> order >= 0 && order <= 100_000, "must be between 0 and 100000")
			.orElse(100);
		String cost = in.field("cost").text(200).optional();
		Long version = in.field("version").wholeNumber().optional();
		in.check();
		return new ResourceRequest(new ResourceDraft(code, kind, name, phone, url, hours, description, crisis,
				sortOrder, confidential, cost), version);
	}

	/**
	 * Only the version a removal is based on, read as an update reads it: optional, a
	 * whole number.
	 */
	public static Long version(JsonNode body) {
		FieldReader in = FieldReader.ofObject(body);
		Long version = in.field("version").wholeNumber().optional();
		in.check();
		return version;
	}

}
