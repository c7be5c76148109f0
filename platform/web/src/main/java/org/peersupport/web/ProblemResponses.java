package org.peersupport.web;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns every rejected input into an RFC 9457 {@code application/problem+json} answer
 * that names the field and the reason. Nothing here ever echoes the input back: it may
 * carry patient data.
 */
@RestControllerAdvice
public class ProblemResponses {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	private static final String TYPE_BASE = "https://peersupport.org/problems/";

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
				describe(ex.problems()));
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler(DataBufferLimitException.class)
	ProblemDetail tooLarge(DataBufferLimitException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Body too large",
				"The request body exceeds the limit this endpoint accepts.");
	}

	@ExceptionHandler(ServerWebInputException.class)
	ProblemDetail unreadable(ServerWebInputException ex) {
		if (hasCause(ex, DataBufferLimitException.class)) {
			return tooLarge(null);
		}
		String reason = hasCause(ex, DecodingException.class) ? "The body is not readable." : ex.getReason();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", "Unreadable request", reason);
		problem.setProperty("errors", List.of(new FieldProblem("body", String.valueOf(reason))));
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage());
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	private static String describe(List<FieldProblem> problems) {
		StringBuilder detail = new StringBuilder();
		for (FieldProblem problem : problems) {
			detail.append((detail.length() > 0) ? "; " : "")
				.append(problem.field())
				.append(": ")
				.append(problem.reason());
		}
		return detail.toString();
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
