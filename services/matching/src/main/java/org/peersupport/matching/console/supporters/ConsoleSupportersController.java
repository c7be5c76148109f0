package org.peersupport.matching.console.supporters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.matching.offer.SupporterOwnership;
import org.peersupport.matching.training.TrainingEntry;
import org.peersupport.matching.training.TrainingKind;
import org.peersupport.matching.training.TrainingRecord;
import org.peersupport.matching.training.TrainingRecords;
import org.peersupport.matching.wellbeing.SupporterWellbeing;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's supporters: who is near their limits, and a supporter's page, where the
 * administrator records training and pauses or resumes them. Each form goes through the
 * same reader and the same service as the API ({@code POST
 * /api/v1/supporters/{staffId}/training}, {@code /pause}, {@code /resume}), so the page
 * and the API refuse alike and change alike. Which supporter an administrator may act on
 * is {@link SupporterOwnership}'s say, as for the API: the roster holds no facility, so
 * the supporter pool is the program's.
 */
@RestController
class ConsoleSupportersController {

	private static final String LIST = "/console/supporters";

	private static final String UNTIL = "until";

	private static final Map<String, String> NOTICES = Map.of("training", "Training recorded.", "paused",
			"Paused: no new offers reach them until they are resumed.", "resumed",
			"Resumed: new offers can reach them again.");

	private final ConsolePages pages;

	private final SupporterOverview overview;

	private final TrainingRecords training;

	private final SupporterWellbeing wellbeing;

	private final SupporterOwnership ownership;

	private final Clock clock;

	ConsoleSupportersController(ConsolePages pages, SupporterOverview overview, TrainingRecords training,
			SupporterWellbeing wellbeing, SupporterOwnership ownership, Clock clock) {
		this.pages = pages;
		this.overview = overview;
		this.training = training;
		this.wellbeing = wellbeing;
		this.ownership = ownership;
		this.clock = clock;
	}

	/** Every supporter, or with {@code show=near} those at or near a limit only. */
	@GetMapping(LIST)
	Mono<ResponseEntity<String>> list(@RequestParam(required = false) String show, ServerWebExchange exchange) {
		boolean near = "near".equals(show);
		return Blocking.call(this.overview::everyone).flatMap((all) -> {
			List<SupporterStanding> shown = near ? all.stream().filter(SupporterStanding::nearLimits).toList() : all;
			Map<String, Object> model = new HashMap<>();
			model.put("supporters", shown.stream().map(ConsoleSupportersController::row).toList());
			model.put("none", shown.isEmpty());
			model.put("near", near);
			model.put("total", all.size());
			model.put("nearCount", all.stream().filter(SupporterStanding::nearLimits).count());
			model.put("expiryDays", SupporterStanding.EXPIRY_WARNING_DAYS);
			return this.pages.page(exchange, ConsoleSection.SUPPORTERS, HttpStatus.OK, "Supporters",
					ConsoleTemplates.body("supporters"), model);
		});
	}

	@GetMapping(LIST + "/{staffId}")
	Mono<ResponseEntity<String>> supporter(@PathVariable String staffId, @RequestParam(required = false) String done,
			Actor actor, ServerWebExchange exchange) {
		return page(exchange, actor, staffId, HttpStatus.OK, ConsoleForm.empty(), ConsoleForm.empty(), Map.of(),
				(done != null) ? NOTICES.get(done) : null);
	}

	/** Records a training: {@code kind}, {@code completedOn}, {@code expiresOn}. */
	@PostMapping(LIST + "/{staffId}/training")
	Mono<ResponseEntity<String>> recordTraining(@PathVariable String staffId, Actor actor, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			TrainingEntry entry;
			try {
				entry = TrainingEntry.read(FieldReader.ofObject(FormBody.of(form)));
			}
			catch (InvalidInputException ex) {
				return page(exchange, actor, staffId, HttpStatus.BAD_REQUEST, ConsoleForm.refused(ex.problems()),
						ConsoleForm.empty(), form.toSingleValueMap(), null);
			}
			return Blocking.call(() -> {
				this.training.record(this.ownership.administeredSupporterRecord(actor, staffId), entry);
				return ConsolePages.seeOther(done(staffId, "training"));
			});
		});
	}

	/** Pauses the supporter, through {@code until} (their last day paused) if given. */
	@PostMapping(LIST + "/{staffId}/pause")
	Mono<ResponseEntity<String>> pause(@PathVariable String staffId, Actor actor, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			LocalDate until;
			try {
				until = until(form);
			}
			catch (InvalidInputException ex) {
				return page(exchange, actor, staffId, HttpStatus.BAD_REQUEST, ConsoleForm.empty(),
						ConsoleForm.refused(ex.problems()), form.toSingleValueMap(), null);
			}
			return Blocking.call(() -> {
				this.wellbeing.pause(this.ownership.administeredSupporterRecord(actor, staffId), until);
				return ConsolePages.seeOther(done(staffId, "paused"));
			});
		});
	}

	@PostMapping(LIST + "/{staffId}/resume")
	Mono<ResponseEntity<String>> resume(@PathVariable String staffId, Actor actor) {
		return Blocking.call(() -> {
			this.wellbeing.resume(this.ownership.administeredSupporterRecord(actor, staffId));
			return ConsolePages.seeOther(done(staffId, "resumed"));
		});
	}

	private LocalDate until(MultiValueMap<String, String> form) {
		FieldReader in = FieldReader.ofObject(FormBody.of(form));
		LocalDate until = in.field(UNTIL).date().optional();
		if (until != null && until.isBefore(today())) {
			in.field(UNTIL).problem("must be today or a later day");
		}
		in.check();
		return until;
	}

	private Mono<ResponseEntity<String>> page(ServerWebExchange exchange, Actor actor, String staffId,
			HttpStatus status, ConsoleForm trainingForm, ConsoleForm pauseForm, Map<String, String> sent,
			String notice) {
		return Blocking.call(() -> {
			String supporter = this.ownership.administeredSupporterRecord(actor, staffId);
			SupporterStanding standing = this.overview.of(supporter);
			List<TrainingRecord> records = this.training.list(supporter);
			Map<String, Object> model = new HashMap<>();
			model.put("s", standing);
			model.put("base", path(supporter));
			model.put("records", records.stream().map(ConsoleSupportersController::record).toList());
			model.put("noRecords", records.isEmpty());
			model.put("kind", trainingForm.field(TrainingEntry.KIND, "Course", sent.get(TrainingEntry.KIND)));
			model.put("courses", courses(sent.get(TrainingEntry.KIND)));
			model.put("completedOn", trainingForm.field(TrainingEntry.COMPLETED_ON, "Completed on",
					sent.get(TrainingEntry.COMPLETED_ON)));
			model.put("expiresOn", trainingForm.field(TrainingEntry.EXPIRES_ON, "Expires on (the last day it counts)",
					sent.get(TrainingEntry.EXPIRES_ON)));
			model.put("until",
					pauseForm.field(UNTIL, "Paused until (the last day; leave empty for no end)", sent.get(UNTIL)));
			model.put("form", trainingForm.refused() ? trainingForm : pauseForm);
			if (notice != null) {
				model.put("notice", notice);
			}
			return model;
		})
			.flatMap((model) -> this.pages.page(exchange, ConsoleSection.SUPPORTERS, status,
					((SupporterStanding) model.get("s")).name(), ConsoleTemplates.body("supporter"), model));
	}

	private static List<Map<String, Object>> courses(String chosen) {
		List<Map<String, Object>> courses = new ArrayList<>();
		for (TrainingKind kind : TrainingKind.values()) {
			courses.add(Map.of("value", kind.name(), "label", kind.label(), "selected", kind.name().equals(chosen)));
		}
		return courses;
	}

	private static Map<String, Object> row(SupporterStanding standing) {
		Map<String, Object> row = new HashMap<>();
		row.put("s", standing);
		row.put("href", path(standing.staffId()));
		return row;
	}

	private static Map<String, String> record(TrainingRecord record) {
		return Map.of("course", record.kind().label(), "completed", PlainWords.day(record.completedOn()), "expires",
				(record.expiresOn() != null) ? PlainWords.day(record.expiresOn()) : "Does not expire");
	}

	private static String path(String staffId) {
		return UriComponentsBuilder.fromPath(LIST + "/{staffId}").encode().buildAndExpand(staffId).toUriString();
	}

	private static String done(String staffId, String what) {
		return path(staffId) + "?done=" + what;
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
	}

}
