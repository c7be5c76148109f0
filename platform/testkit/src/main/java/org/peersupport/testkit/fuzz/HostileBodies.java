package org.peersupport.testkit.fuzz;

import java.util.List;
import java.util.Random;

import org.springframework.http.MediaType;

/**
 * Request bodies no endpoint expects: valid bodies with one to three random edits, random
 * JSON, JSON nested far deeper than any document, values of the wrong JSON type, numbers
 * beyond every type, strings with escaped controls, very long strings, an empty body,
 * invalid JSON, and bodies of another type than the route reads.
 */
public final class HostileBodies {

	private static final String[] KEYS = { "resourceType", "source", "harm", "involved", "entry", "type", "reportId",
			"staffId", "status", "channel", "code", "kind", "name", "facility", "answers", "x" };

	private static final List<String> WRONG_VALUES = List.of("null", "42", "-1", "0", "[]", "{}", "\"\"", "true",
			"-1e309", "1e309", "9".repeat(400), "-" + "9".repeat(40), "1.7976931348623157e309", "\"\\u0000\"",
			"\"a\\u0000b\"", "\"\\u001b[31m\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\ufffe\"", "\"\ud83d\ude00\"",
			"[null,null]", "[[[[[[]]]]]]", "{\"\":{}}", "\"" + "x".repeat(5000) + "\"");

	private HostileBodies() {
	}

	/** A hostile body for a route, from its valid sample when there is one. */
	static Body next(Random random, Body sample) {
		int pick = random.nextInt(20);
		return switch (pick) {
			case 0, 1, 2, 3, 4, 5 -> new Body(sample.type(), mutate(sample.text(), random));
			case 6, 7 -> new Body(sample.type(), wrongTypes(sample.text(), random));
			case 8, 9 -> json(randomJson(random, 0));
			case 10 -> json(deep(List.of(65, 200, 1001, 2000, 10_000).get(random.nextInt(5)), random));
			case 11 -> json("");
			case 12 -> json(List
				.of("{", "}", "[", "{\"a\"", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "nul", "\u0000", "{\"a\":1}{\"b\":2}",
						"\ufeff{}", "{\"a\":\"\u0000\"}", "{\"a\":01}", "{\"a\":NaN}")
				.get(random.nextInt(14)));
			case 13 -> json(List.of("[]", "null", "\"text\"", "42", "true", "[{}]", "{}").get(random.nextInt(7)));
			case 14 -> new Body(MediaType.TEXT_PLAIN, "a\u0000b\nline\u0007");
			case 15 -> new Body(MediaType.APPLICATION_XML, "<?xml version=\"1.0\"?><a>&#0;</a>");
			case 16 -> new Body(MediaType.parseMediaType("application/x-www-form-urlencoded"), "a=%00&b=1");
			case 17 -> json("{\"" + KEYS[random.nextInt(KEYS.length)] + "\":\"" + "\u00e9".repeat(30_000) + "\"}");
			default -> new Body(sample.type(), sample.text().replace("\"", "\"\\u0000"));
		};
	}

	private static Body json(String text) {
		return new Body(MediaType.APPLICATION_JSON, text);
	}

	/**
	 * One to three edits: delete, duplicate or swap a span, insert junk, retype a value,
	 * truncate.
	 */
	public static String mutate(String text, Random random) {
		StringBuilder out = new StringBuilder(text);
		int edits = 1 + random.nextInt(3);
		for (int e = 0; e < edits && out.length() > 2; e++) {
			int at = random.nextInt(out.length());
			int span = 1 + random.nextInt(Math.min(40, out.length() - at));
			switch (random.nextInt(6)) {
				case 0 -> out.delete(at, at + span);
				case 1 -> out.insert(at, out.substring(at, at + span));
				case 2 -> out.insert(at, junk(random));
				case 3 -> out.replace(at, at + span,
						List.of("null", "42", "[]", "{}", "\"\"", "true", "-1e309").get(random.nextInt(7)));
				case 4 -> out.setLength(at);
				default -> {
					int other = random.nextInt(out.length());
					char swap = out.charAt(at);
					out.setCharAt(at, out.charAt(other));
					out.setCharAt(other, swap);
				}
			}
		}
		return out.toString();
	}

	private static String junk(Random random) {
		String[] pieces = { "\"", "{", "}", "[", "]", ",", ":", "<", ">", "&", "\\u0000", "\u00e9", "\ud83d\ude00",
				"<!--", "]]>", "%s", "'", "\\", "9".repeat(30) };
		return pieces[random.nextInt(pieces.length)];
	}

	/**
	 * Every value of a JSON text after a colon, one at a time, replaced by a wrong one.
	 */
	static String wrongTypes(String text, Random random) {
		int colons = (int) text.chars().filter((c) -> c == ':').count();
		if (colons == 0) {
			return WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size()));
		}
		int target = random.nextInt(colons);
		int at = -1;
		for (int i = 0; i <= target; i++) {
			at = text.indexOf(':', at + 1);
		}
		int end = valueEnd(text, at + 1);
		return text.substring(0, at + 1) + WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())) + text.substring(end);
	}

	/** Where the JSON value starting at {@code from} ends (roughly: at its own level). */
	private static int valueEnd(String text, int from) {
		int depth = 0;
		boolean quoted = false;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == '{' || c == '[') {
				depth++;
			}
			else if (c == '}' || c == ']') {
				if (depth-- == 0) {
					return i;
				}
			}
			else if (c == ',' && depth == 0) {
				return i;
			}
		}
		return text.length();
	}

	private static String deep(int depth, Random random) {
		return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
				: "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
	}

	/** Random JSON of a few levels, with the keys the services read. */
	public static String randomJson(Random random, int depth) {
		int pick = (depth > 3) ? random.nextInt(4) : random.nextInt(6);
		return switch (pick) {
			case 0 -> "null";
			case 1 -> Long.toString(random.nextLong());
			case 2 -> "\"" + Long.toHexString(random.nextLong()) + "\"";
			case 3 -> Boolean.toString(random.nextBoolean());
			case 4 -> {
				StringBuilder array = new StringBuilder("[");
				for (int i = random.nextInt(4); i > 0; i--) {
					array.append(randomJson(random, depth + 1)).append(i > 1 ? "," : "");
				}
				yield array.append(']').toString();
			}
			default -> {
				StringBuilder object = new StringBuilder("{");
				for (int i = random.nextInt(4); i > 0; i--) {
					object.append('"')
						.append(KEYS[random.nextInt(KEYS.length)])
						.append("\":")
						.append(randomJson(random, depth + 1))
						.append(i > 1 ? "," : "");
				}
				yield object.append('}').toString();
			}
		};
	}

	/**
	 * A body and its content type.
	 *
	 * @param type the content type
	 * @param text the body
	 */
	public record Body(MediaType type, String text) {
	}

}
