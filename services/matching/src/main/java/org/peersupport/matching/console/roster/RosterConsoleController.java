package org.peersupport.matching.console.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Template;
import reactor.core.publisher.Mono;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.matching.directory.RosterChanges;
import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

/**
 * The console's roster: upload a CSV, see what it would change and every row it refuses
 * (with its line in the file), then apply exactly that file. The preview and the apply
 * are the API's own ({@code POST /api/v1/staff/import}, with and without {@code dryRun}):
 * one parser, one comparison, one write path.
 */
@Controller
class RosterConsoleController {

	private static final Template UPLOAD = ConsoleTemplates.body("roster");

	private static final Template PREVIEW = ConsoleTemplates.body("roster-preview");

	private static final String TITLE = "Roster";

	private final StaffDirectory directory;

	private final PendingRosters pending;

	private final ConsolePages pages;

	RosterConsoleController(StaffDirectory directory, PendingRosters pending, ConsolePages pages) {
		this.directory = directory;
		this.pending = pending;
		this.pages = pages;
	}

	@GetMapping("/console/roster")
	Mono<ResponseEntity<String>> roster(ServerWebExchange exchange,
			@RequestParam(name = "done", required = false) String done) {
		Map<String, Object> model = new HashMap<>();
		if ("applied".equals(done)) {
			model.put("notice", "The roster was imported. Everyone's changes are shared with the other services.");
		}
		return upload(exchange, HttpStatus.OK, ConsoleForm.empty(), model);
	}

	/** Reads the file and shows what it would change; nothing changes here. */
	@PostMapping(path = "/console/roster/preview", consumes = "multipart/form-data")
	Mono<ResponseEntity<String>> preview(ServerWebExchange exchange, Actor actor) {
		return RosterUpload.read(exchange)
			.flatMap((csv) -> Blocking.call(() -> this.directory.previewRoster(csv))
				.flatMap((changes) -> shown(exchange, changes, this.pending.keep(actor.subject(), csv))))
			.onErrorResume(InvalidInputException.class,
					(ex) -> upload(exchange, HttpStatus.BAD_REQUEST, refused(ex), Map.of()));
	}

	/** Imports the file that was previewed under the token, and only that file. */
	@PostMapping(path = "/console/roster/apply", consumes = "application/x-www-form-urlencoded")
	Mono<ResponseEntity<String>> apply(ServerWebExchange exchange, Actor actor) {
		return exchange.getFormData().flatMap((form) -> {
			String token = form.getFirst("token");
			return this.pending.find(actor.subject(), token)
				.map((csv) -> Blocking.call(() -> this.directory.applyRoster(csv)).map((changes) -> {
					this.pending.forget(token);
					return ConsolePages.seeOther("/console/roster?done=applied");
				}))
				.orElseGet(() -> upload(exchange, HttpStatus.BAD_REQUEST,
						ConsoleForm.refused(List.of(new FieldProblem(RosterUpload.FIELD,
								"That preview is no longer kept (it was applied already, or more than "
										+ PendingRosters.KEPT.toMinutes()
										+ " minutes passed). Nothing was changed: upload the file again."))),
						Map.of()));
		});
	}

	private Mono<ResponseEntity<String>> shown(ServerWebExchange exchange, RosterChanges changes, String token) {
		Map<String, Object> model = new HashMap<>();
		model.put("changes", changes);
		model.put("rejected", changes.rejected().stream().map(RejectedRow::of).toList());
		model.put("hasRejected", !changes.rejected().isEmpty());
		model.put("rejectedCount", changes.rejected().size());
		model.put("canApply", changes.accepted() > 0);
		model.put("token", token);
		return this.pages.page(exchange, ConsoleSection.ROSTER, HttpStatus.OK, "Roster preview", PREVIEW, model);
	}

	private Mono<ResponseEntity<String>> upload(ServerWebExchange exchange, HttpStatus status, ConsoleForm form,
			Map<String, Object> more) {
		Map<String, Object> model = new HashMap<>(more);
		model.put("form", form);
		model.put("file", form.field(RosterUpload.FIELD, "Roster file (CSV)", null));
		return this.pages.page(exchange, ConsoleSection.ROSTER, status, TITLE, UPLOAD, model);
	}

	/**
	 * The parser's refusal of the whole file, in the form's words: its field names are
	 * the file's parts (the header line, the body), the form has one field, the file.
	 */
	private static ConsoleForm refused(InvalidInputException ex) {
		return ConsoleForm.refused(
				ex.problems().stream().map((problem) -> new FieldProblem(RosterUpload.FIELD, switch (problem.field()) {
					case "header" -> "The first line (the column names) " + problem.reason() + ".";
					case "body" -> "The file " + problem.reason() + ".";
					default -> problem.reason();
				})).toList());
	}

	/**
	 * A refused row as the preview shows it.
	 *
	 * @param line its line in the file, the column names being line 1
	 * @param staffId the staff id on it, or empty
	 * @param reason why, as a sentence
	 */
	record RejectedRow(int line, String staffId, String reason) {

		static RejectedRow of(org.peersupport.matching.directory.RosterRow row) {
			String reason = row.reason();
			if (reason.startsWith("has ")) {
				reason = "the line " + reason;
			}
			String sentence = Character.toUpperCase(reason.charAt(0)) + reason.substring(1)
					+ (reason.endsWith(".") ? "" : ".");
			return new RejectedRow(row.line(), (row.staffId() != null) ? row.staffId() : "", sentence);
		}

	}

}
