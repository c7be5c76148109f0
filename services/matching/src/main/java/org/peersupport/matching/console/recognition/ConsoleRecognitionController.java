package org.peersupport.matching.console.recognition;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.matching.console.supporters.PlainWords;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The program's recognition of its supporters (the AMA steps: celebrate them): each
 * listed supporter's count of check-ins over a period, as a page and as CSV for the
 * recognition event. Administrators only (the console's rule); the supporters' pool is
 * the program's, not a facility's. Nothing about any check-in but that it happened.
 */
@RestController
class ConsoleRecognitionController {

	private static final String PAGE = "/console/recognition";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ConsolePages pages;

	private final RecognitionList list;

	private final Clock clock;

	ConsoleRecognitionController(ConsolePages pages, RecognitionList list, Clock clock) {
		this.pages = pages;
		this.list = list;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	Mono<ResponseEntity<String>> page(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, ServerWebExchange exchange) {
		RecognitionPeriod period;
		try {
			period = RecognitionPeriod.read(from, to, today());
		}
		catch (InvalidInputException ex) {
			ConsoleForm form = ConsoleForm.refused(ex.problems());
			Map<String, Object> model = fields(form, from, to);
			model.put("form", form);
			model.put("refused", true);
			return this.pages.page(exchange, ConsoleSection.RECOGNITION, HttpStatus.BAD_REQUEST, "Recognition",
					ConsoleTemplates.body("recognition"), model);
		}
		return Blocking.call(() -> this.list.of(period)).flatMap((rows) -> {
			Map<String, Object> model = fields(ConsoleForm.empty(), period.from().toString(), period.to().toString());
			model.put("rows", rows);
			model.put("none", rows.isEmpty());
			long total = rows.stream().mapToLong(RecognitionRow::checkins).sum();
			model.put("total", total + ((total == 1) ? " check-in" : " check-ins"));
			model.put("period", PlainWords.day(period.from()) + " to " + PlainWords.day(period.to()));
			model.put("csv", csvHref(period));
			return this.pages.page(exchange, ConsoleSection.RECOGNITION, HttpStatus.OK, "Recognition",
					ConsoleTemplates.body("recognition"), model);
		});
	}

	/** The same list as CSV (name, check-ins); a bad period is a problem+json 400. */
	@GetMapping(PAGE + ".csv")
	Mono<ResponseEntity<String>> csv(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		RecognitionPeriod period = RecognitionPeriod.read(from, to, today());
		return Blocking.call(() -> this.list.of(period)).map((List<RecognitionRow> rows) -> {
			String name = "recognition-" + period.from() + "-to-" + period.to() + ".csv";
			return ResponseEntity.ok()
				.contentType(CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name).build().toString())
				.body(RecognitionCsv.of(rows));
		});
	}

	private static Map<String, Object> fields(ConsoleForm form, String from, String to) {
		Map<String, Object> model = new HashMap<>();
		model.put("from", form.field(RecognitionPeriod.FROM, "From (the first day)", from));
		model.put("to", form.field(RecognitionPeriod.TO, "To (the last day)", to));
		return model;
	}

	private static String csvHref(RecognitionPeriod period) {
		return UriComponentsBuilder.fromPath(PAGE + ".csv")
			.queryParam(RecognitionPeriod.FROM, period.from())
			.queryParam(RecognitionPeriod.TO, period.to())
			.build()
			.toUriString();
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
	}

}
