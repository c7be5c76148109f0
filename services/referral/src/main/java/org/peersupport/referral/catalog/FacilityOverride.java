package org.peersupport.referral.catalog;

/**
 * How one facility sees a catalog resource: hidden, or with its own contact, hours or
 * cost. A null keeps the catalog's value.
 *
 * @param resourceCode the resource
 * @param facility the facility code
 * @param hidden whether the facility does not offer this resource at all
 * @param phone the facility's phone number for it, or null
 * @param url the facility's web page for it, or null
 * @param hours the facility's hours, or null
 * @param cost the facility's cost, or null
 */
public record FacilityOverride(String resourceCode, String facility, boolean hidden, String phone, String url,
		String hours, String cost) {
}
