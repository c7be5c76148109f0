package org.peersupport.accesstrail;

import java.time.Instant;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trail over HTTP: its entries as FHIR AuditEvents (program administrators) and the
 * chain's verification (administrators and operators). Who may call which is
 * {@link AccessTrailAccess}.
 */
@RestController
@RequestMapping(AccessTrailController.PATH)
class AccessTrailController {

	static final String PATH = "/api/v1/access-trail";

	static final String FHIR_JSON = "application/fhir+json";

	private static final int MAX_COUNT = 1000;

	private static final Pattern COUNT = Pattern.compile("[1-9][0-9]{0,3}");

	private final TrailRows rows;

	private final ChainVerifier verifier;

	AccessTrailController(TrailRows rows, ChainVerifier verifier) {
		this.rows = rows;
		this.verifier = verifier;
	}

	@GetMapping(path = "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Verification> verification() {
		return Blocking.call(this.verifier::verify);
	}

	/**
	 * Entries recorded at or after {@code since}, oldest first, at most {@code _count}
	 * (100 unless given, 1000 at most); the next page starts at the last entry's time.
	 */
	@GetMapping(path = "/fhir", produces = { FHIR_JSON, MediaType.APPLICATION_JSON_VALUE })
	Mono<ObjectNode> fhir(@RequestParam(required = false) String since,
			@RequestParam(name = "_count", required = false) String count) {
		FieldReader query = FieldReader.parameters();
		Instant from = query.parameter("since", since).instant().required();
		String size = query.parameter("_count", count)
			.text(4)
			.matching(COUNT, "must be a whole number from 1 to " + MAX_COUNT)
			.must((n) -> Integer.parseInt(n) <= MAX_COUNT, "must be a whole number from 1 to " + MAX_COUNT)
			.optional();
		query.check();
		int limit = (size != null) ? Integer.parseInt(size) : 100;
		return Blocking.call(() -> AuditEvents.bundle(this.rows.since(from, limit)));
	}

}
