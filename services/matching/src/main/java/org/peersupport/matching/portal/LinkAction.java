package org.peersupport.matching.portal;

import java.util.Locale;

/**
 * What a signed link lets its holder do; the action is part of what is signed. The portal
 * has no signed link: it needs its supporter signed in, so a forwarded e-mail does not
 * open it.
 */
public enum LinkAction {

	/** Accept one offer. */
	ACCEPT,
	/** Decline one offer. */
	DECLINE;

	String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The offer action named in a URL path, or null for anything else. */
	static LinkAction offerAction(String path) {
		return switch (path) {
			case "accept" -> ACCEPT;
			case "decline" -> DECLINE;
			default -> null;
		};
	}

}
