package org.peersupport.web;

import java.util.List;

/**
 * Input that fails validation; answered with 400 problem+json listing every bad field.
 */
public class InvalidInputException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.size() + " invalid field(s)");
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String reason) {
		this(List.of(new FieldProblem(field, reason)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
