package org.peersupport.matching.scim;

import java.util.Locale;

/** The schema URNs of RFC 7643 and 7644 that the directory's SCIM API speaks. */
final class ScimSchemas {

	static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

	static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

	static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

	static final String MEDIA_TYPE = "application/scim+json";

	private ScimSchemas() {
	}

	/**
	 * Whether {@code text} starts with the URN followed by a colon (an attribute
	 * addressed by its schema); URNs compare without regard to case (RFC 7643 §2.1).
	 */
	static boolean prefixes(String urn, String text) {
		return text.length() > urn.length() && text.charAt(urn.length()) == ':'
				&& text.regionMatches(true, 0, urn, 0, urn.length());
	}

	static boolean same(String urn, String text) {
		return urn.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT));
	}

}
