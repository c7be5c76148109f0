package org.peersupport.matching.engine.preference;

import java.util.Locale;

/** Comparing roster text: case-insensitive, and nothing unknown is ever "the same". */
final class Text {

	private Text() {
	}

	static boolean same(String a, String b) {
		return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
	}

	static String firstWord(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip().split("[\\s/-]+")[0].toLowerCase(Locale.ROOT);
	}

}
