package org.peersupport.outreach.api;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.peersupport.accesstrail.RecordsDocument;
import org.peersupport.outreach.owncopy.OwnCopies;
import org.peersupport.outreach.owncopy.PersonTokens;
import org.peersupport.security.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * A member of staff downloads everything the platform holds about them as one JSON
 * document: from the check-in page ({@value #PAGE}, in their signed-in session) or over
 * the API with their bearer token ({@value #API}). Whose copy it is comes from the
 * token's staff id alone; a token without one is refused (403).
 */
@RestController
class OwnCopyController {

	static final String PAGE = "/my-records";

	static final String API = "/api/v1/me/records/all";

	private final OwnCopies copies;

	private final PersonTokens tokens;

	OwnCopyController(OwnCopies copies, PersonTokens tokens) {
		this.copies = copies;
		this.tokens = tokens;
	}

	@GetMapping(path = { PAGE, API }, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<RecordsDocument>> download(Actor caller, ServerWebExchange exchange) {
		String staffId = StaffOnly.staffId(caller);
		return this.tokens.of(exchange)
			.flatMap((token) -> this.copies.of(staffId, token))
			.map(OwnCopyController::attachment)
			.onErrorResume(PersonTokens.SignInAgain.class, (again) -> Mono
				.just(ResponseEntity.status(HttpStatus.FOUND).location(URI.create(again.signInPath())).build()));
	}

	private static ResponseEntity<RecordsDocument> attachment(RecordsDocument copy) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(copy.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(copy);
	}

}
