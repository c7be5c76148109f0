package org.peersupport.intake.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import reactor.core.publisher.Mono;

import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.intake.nativeform.NativeReportReader;
import org.peersupport.intake.report.IncidentReport;
import org.peersupport.intake.report.IntakeOutcome;
import org.peersupport.intake.report.IntakeReceipt;
import org.peersupport.intake.report.ReportStatus;
import org.peersupport.intake.report.ReportStatusQuery;
import org.peersupport.intake.report.ReportIntake;
import org.peersupport.intake.role.RoleVocabulary;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.UnreadableJson;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The native JSON endpoint for risk-management systems. */
@RestController
@RequestMapping("/api/v1/adverse-events")
class AdverseEventController {

	private final ReportIntake intake;

	private final ReportStatusQuery statuses;

	private final Clock clock;

	private final RoleVocabulary roles;

	AdverseEventController(ReportIntake intake, ReportStatusQuery statuses, Clock clock, RoleVocabulary roles) {
		this.intake = intake;
		this.statuses = statuses;
		this.clock = clock;
		this.roles = roles;
	}

	/**
	 * 202 for a new report; 200 with the same id for a retry of a known one. The raw body
	 * is read as bytes so the hash covers exactly what was sent.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> report(@RequestBody byte[] body, Actor sender) {
		IncidentReport report = NativeReportReader.read(parse(body), this.clock.instant(), sender.clientId(),
				this.roles);
		return Blocking.call(() -> this.intake.accept(report, body)).map(AdverseEventController::answer);
	}

	/**
	 * The processing status, and nothing else: the sender keeps its own copy of the
	 * report. A client sees only its own reports.
	 */
	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ReportStatus> status(@PathVariable String id, Actor sender) {
		UUID eventId = ReportStatusQuery.parseId(id);
		return Blocking.call(() -> this.statuses.find(eventId, sender.clientId()));
	}

	private static ResponseEntity<Map<String, Object>> answer(IntakeReceipt receipt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", receipt.id());
		body.put("status", receipt.outcome() == IntakeOutcome.ACCEPTED ? "accepted"
				: receipt.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		if (receipt.reason() != null) {
			body.put("reason", receipt.reason());
		}
		if (!receipt.warnings().isEmpty()) {
			body.put("warnings", receipt.warnings());
		}
		return ResponseEntity.status(receipt.isNew() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(body);
	}

	private static JsonNode parse(byte[] body) {
		try {
			return EventJson.mapper().readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw UnreadableJson.problem("body", ex);
		}
	}

}
