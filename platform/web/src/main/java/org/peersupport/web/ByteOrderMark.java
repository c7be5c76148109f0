package org.peersupport.web;

import java.util.Arrays;

/**
 * The UTF-8 byte-order mark (EF BB BF) that Windows tools and some published examples
 * (HL7's own R5 adverse-event examples among them) put before a JSON or XML document.
 * Neither format needs it; RFC 8259 lets a JSON reader ignore it, and XML parsers given
 * text rather than bytes refuse it as "content in the prolog". A body is handed on
 * without it, so every endpoint reads the document the sender meant.
 */
final class ByteOrderMark {

	private static final byte[] UTF_8 = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private ByteOrderMark() {
	}

	/** The body without a leading byte-order mark; the same array when it has none. */
	static byte[] stripped(byte[] body) {
		return startsWithMark(body) ? Arrays.copyOfRange(body, UTF_8.length, body.length) : body;
	}

	private static boolean startsWithMark(byte[] body) {
		return body.length >= UTF_8.length && body[0] == UTF_8[0] && body[1] == UTF_8[1] && body[2] == UTF_8[2];
	}

}
