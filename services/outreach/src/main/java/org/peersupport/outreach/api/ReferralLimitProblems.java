package org.peersupport.outreach.api;

import java.net.URI;

import org.peersupport.outreach.colleague.ReferralLimitReached;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A referrer over their daily limit gets 429, as problem+json, and a time to retry. */
@RestControllerAdvice
class ReferralLimitProblems {

	private static final long A_DAY = 24 * 60 * 60;

	@ExceptionHandler(ReferralLimitReached.class)
	ResponseEntity<ProblemDetail> tooMany(ReferralLimitReached ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setType(URI.create("https://peersupport.org/problems/too-many-referrals"));
		problem.setTitle("Too many referrals today");
		problem.setProperty("limit", ex.limit());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(A_DAY))
			.body(problem);
	}

}
