package org.peersupport.web;

/**
 * One thing wrong with an input: which field (a JSON pointer-like path such as
 * {@code involved[0].staffId}) and why.
 *
 * @param field the field path
 * @param reason what is wrong, in words a sender's developer can act on
 */
public record FieldProblem(String field, String reason) {
}
