package org.peersupport.intake.api;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;

import org.peersupport.intake.fhir.FhirFormat;
import org.peersupport.intake.fhir.FhirIntake;
import org.peersupport.intake.fhir.FhirReply;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * FHIR endpoints for incident-reporting systems: {@code POST /fhir/{r4|r5}/AdverseEvent}
 * and Bundles at {@code POST /fhir/{r4|r5}}, in JSON or XML. The HTTP side is decided
 * here: 201 with a Location for a new report, 200 for a known one or a Bundle, 400 for a
 * refusal; the body is always the FHIR resource intake answered with.
 */
@RestController
class FhirController {

	private final FhirIntake fhir;

	FhirController(FhirIntake fhir) {
		this.fhir = fhir;
	}

	@PostMapping(path = "/fhir/{version}/AdverseEvent", consumes = { "application/fhir+json", "application/fhir+xml",
			MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	Mono<ResponseEntity<String>> adverseEvent(@PathVariable String version, @RequestBody byte[] body,
			@RequestHeader("Content-Type") String contentType, Actor sender) {
		return handle(version,
				() -> this.fhir.adverseEvent(version, FhirFormat.of(contentType), body, sender.clientId()));
	}

	@PostMapping(path = "/fhir/{version}", consumes = { "application/fhir+json", "application/fhir+xml",
			MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	Mono<ResponseEntity<String>> bundle(@PathVariable String version, @RequestBody byte[] body,
			@RequestHeader("Content-Type") String contentType, Actor sender) {
		return handle(version, () -> this.fhir.bundle(version, FhirFormat.of(contentType), body, sender.clientId(),
				FhirController::location));
	}

	private Mono<ResponseEntity<String>> handle(String version, Callable<FhirReply> work) {
		if (!this.fhir.supports(version)) {
			throw new NotFoundException("FHIR version " + version + " is not served; use r4 or r5");
		}
		return Blocking.call(work).map(FhirController::respond);
	}

	private static ResponseEntity<String> respond(FhirReply reply) {
		HttpStatus status = reply.refused() ? HttpStatus.BAD_REQUEST
				: (reply.receipt() != null && reply.receipt().isNew()) ? HttpStatus.CREATED : HttpStatus.OK;
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
			.contentType(MediaType.parseMediaType(reply.format().mediaType()));
		if (reply.receipt() != null) {
			builder.location(URI.create(location(reply.receipt().id())));
		}
		return builder.body(reply.body());
	}

	/** Where a sender follows a report: its status on the native API. */
	private static String location(UUID reportId) {
		return "/api/v1/adverse-events/" + reportId;
	}

}
