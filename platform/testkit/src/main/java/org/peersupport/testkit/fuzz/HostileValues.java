package org.peersupport.testkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.springframework.web.util.UriUtils;

/**
 * Path variable and query values no endpoint expects, already percent-encoded as a
 * hostile client would send them: NUL and the other controls, very long text, unicode
 * that is hard to store or show, bytes that are not UTF-8, numbers beyond every type,
 * traversal and injection shapes.
 */
final class HostileValues {

	/** Sent as written: escapes, and bytes that are not UTF-8. */
	private static final List<String> ENCODED = List.of("%00", "a%00b", "%00%00%00", "%01", "%07", "%08", "%09", "%0A",
			"%0D%0A", "%1B%5B31m", "%1F", "%7F", "%C2%80", "%C3%28", "%ED%A0%80", "%FF%FE", "%F4%90%80%80", "%25",
			"%2525", "%2F", "..%2F..%2Fetc%2Fpasswd", "%2E%2E", "%20", "%20%20%20", "%E2%80%8B", "%E2%80%AE",
			"%EF%BB%BF", "%F0%9F%98%80", "%C3%A9", "%D8%A7%D9%84", "%E4%B8%AD%E6%96%87", "%3B", "%5C", "%22", "%27",
			"%3C%3E", "%7B%7D", "*", "-", "_", "~");

	/** Encoded before sending. */
	private static final List<String> TEXT = List.of("", " ", "null", "undefined", "true", "0", "-1", "-0",
			"2147483648", "-9223372036854775809", "99999999999999999999999999999999", "1e309", "NaN", "Infinity",
			"0x1F", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-fffffffffffg",
			"'; DROP TABLE outreach_case; --", "' OR '1'='1", "${jndi:ldap://x}", "{{7*7}}", "<script>", "%s%n", "\\",
			"/", "?", "#", "&", "=", "+", "EMAIL", "email", "SEVERE", "2026-13-45", "2026-11-21T25:61:00Z", "P-1",
			"C-100", "r4", "r9", "reach", "\u00e9\u0301", "\ud83d\ude00\u200d\ud83d\udd25");

	private HostileValues() {
	}

	/** One hostile value, percent-encoded for a path segment or a query value. */
	static String next(Random random) {
		int pick = random.nextInt(10);
		if (pick < 4) {
			return ENCODED.get(random.nextInt(ENCODED.size()));
		}
		if (pick < 5) {
			return "x".repeat(List.of(257, 1000, 2001, 3000).get(random.nextInt(4)));
		}
		if (pick < 6) {
			// A plausible value with a control or odd byte inside it. (Longer values than
			// these are refused by the HTTP server itself, before any route: 4,096 bytes
			// of request line.)
			return "C-" + ENCODED.get(random.nextInt(12)) + "100";
		}
		return UriUtils.encode(TEXT.get(random.nextInt(TEXT.size())), StandardCharsets.UTF_8);
	}

}
