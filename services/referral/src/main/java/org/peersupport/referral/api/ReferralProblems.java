package org.peersupport.referral.api;

import java.net.URI;

import org.peersupport.referral.catalog.StaleVersionException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The referral service's own problem+json answers, beside the platform's: a stale
 * version, with the current one so the caller can read again.
 */
@RestControllerAdvice
class ReferralProblems {

	@ExceptionHandler(PreconditionFailedException.class)
	ProblemDetail preconditionFailed(PreconditionFailedException ex) {
		return stale(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Precondition failed", ex.getMessage(),
				ex.currentVersion());
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail conflict(StaleVersionException ex) {
		return stale(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage(), ex.currentVersion());
	}

	private static ProblemDetail stale(HttpStatus status, String type, String title, String detail,
			long currentVersion) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://peersupport.org/problems/" + type));
		problem.setTitle(title);
		problem.setProperty("currentVersion", currentVersion);
		return problem;
	}

}
