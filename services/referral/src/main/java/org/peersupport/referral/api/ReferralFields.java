package org.peersupport.referral.api;

import java.net.URI;
import java.util.regex.Pattern;

import org.peersupport.web.FieldReader;
import org.peersupport.web.FieldValue;

/**
 * The shapes referral's ids, phone numbers and links must have, read with the platform's
 * {@link FieldReader}.
 */
final class ReferralFields {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,63}");

	private static final Pattern FACILITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

	private static final Pattern PHONE = Pattern.compile("[0-9+()#*. -]{2,32}");

	private ReferralFields() {
	}

	/** A resource's stable code, such as {@code EAP}. */
	static FieldValue<String> code(FieldReader field) {
		return field.text(128).matching(CODE, "must be 2 to 64 upper-case letters, digits or hyphens");
	}

	static FieldValue<String> facility(FieldReader field) {
		return field.text(128).matching(FACILITY, "must be 1 to 64 letters, digits, dots, hyphens or underscores");
	}

	/** A staff, lead or pager id. */
	static FieldValue<String> id(FieldReader field) {
		return field.text(128).matching(ID, "must be an id: letters, digits and . _ : @ -");
	}

	static FieldValue<String> phone(FieldReader field) {
		return field.text(128).matching(PHONE, "must be a phone number: digits, spaces and + ( ) - . # *");
	}

	static FieldValue<String> url(FieldReader field) {
		return field.text(500).must(ReferralFields::isWebAddress, "must be an absolute http or https URL");
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = URI.create(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
