package org.peersupport.web;

/**
 * The one rule for control characters in input that reaches the platform: none of the C0
 * controls (U+0000 to U+001F) and no DEL. PostgreSQL cannot store U+0000 in text at all
 * ("invalid byte sequence for encoding UTF8: 0x00"), and the others have no meaning in an
 * id, a code or a name. Bodies may hold tabs and line breaks (prose, CSV).
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	/** The index of the first refused character, or -1. */
	static int indexIn(CharSequence text, boolean linesAllowed) {
		for (int i = 0; i < text.length(); i++) {
			if (refused(text.charAt(i), linesAllowed)) {
				return i;
			}
		}
		return -1;
	}

	static boolean in(CharSequence text, boolean linesAllowed) {
		return indexIn(text, linesAllowed) >= 0;
	}

	private static boolean refused(char c, boolean linesAllowed) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return !linesAllowed;
		}
		return c < 0x20 || c == 0x7f;
	}

}
