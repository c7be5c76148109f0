package org.peersupport.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The answer to a body the JSON parser gave up on. It says where, never what: the
 * parser's message can quote the input, which may hold patient data. Not every parser
 * exception has a location (a nesting or length limit has none), so where is said only
 * when it is known.
 */
public final class UnreadableJson {

	private UnreadableJson() {
	}

	/** The problem to throw for the field (usually {@code body}) that did not parse. */
	public static InvalidInputException problem(String field, JacksonException ex) {
		if (ex instanceof StreamConstraintsException) {
			return new InvalidInputException(field, "is nested too deeply, or holds a value longer than the limit");
		}
		TokenStreamLocation location = ex.getLocation();
		if (location == null || location.getLineNr() < 1) {
			return new InvalidInputException(field, "is not well-formed JSON");
		}
		return new InvalidInputException(field,
				"is not well-formed JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
	}

}
