package org.peersupport.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON body token by token, before any controller binds it, for what no field of
 * any service may hold: nesting deeper than the limit, a control character in a string or
 * a property name, or a number, string or name beyond the parser's own limits. Malformed
 * JSON is not this check's business: the endpoint's reader says what is wrong with it.
 */
final class JsonBodyCheck {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	/** Property names that may be quoted back in a field path: others may be text. */
	private static final Pattern ECHOABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

	private JsonBodyCheck() {
	}

	/** The first thing wrong with the body, if any. */
	static Optional<FieldProblem> problem(byte[] body, int maxDepth) {
		JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body);
		try (parser) {
			int depth = 0;
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token.isStructStart() && ++depth > maxDepth) {
					// The whole body: a path a hundred levels long says nothing more.
					return Optional.of(new FieldProblem("body",
							"nests deeper than " + maxDepth + " levels of objects and arrays"));
				}
				if (token.isStructEnd()) {
					depth--;
				}
				if (token == JsonToken.PROPERTY_NAME && ControlCharacters.in(parser.currentName(), true)) {
					return problem(parser.streamReadContext().getParent(),
							"has a property name with a control character");
				}
				if (token == JsonToken.VALUE_STRING && ControlCharacters.in(parser.getString(), true)) {
					return problem(parser.streamReadContext(),
							"must not contain control characters other than tab and line breaks");
				}
			}
			return Optional.empty();
		}
		catch (StreamConstraintsException ex) {
			return problem(parser.streamReadContext(), "holds a number, string or name longer than the limit");
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static Optional<FieldProblem> problem(TokenStreamContext at, String reason) {
		return Optional.of(new FieldProblem(path(at), reason));
	}

	/** The path in {@link FieldReader}'s form: {@code involved[0].staffId}. */
	static String path(TokenStreamContext context) {
		Deque<String> parts = new ArrayDeque<>();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
			}
			else if (at.currentName() != null) {
				parts.push("." + (ECHOABLE_NAME.matcher(at.currentName()).matches() ? at.currentName() : "*"));
			}
		}
		String path = String.join("", parts);
		return path.isEmpty() ? "body" : path.substring(path.startsWith(".") ? 1 : 0);
	}

}
