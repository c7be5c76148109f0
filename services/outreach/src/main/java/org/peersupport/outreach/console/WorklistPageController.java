package org.peersupport.outreach.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.samskivert.mustache.Template;
import reactor.core.publisher.Mono;

import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.outreach.api.AdministratorScope;
import org.peersupport.outreach.outreachcase.CaseFile;
import org.peersupport.outreach.outreachcase.CaseFiles;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The console's first page: the cases that need the administrator, in their facilities,
 * the longest waiting first, each with why in plain words and by when.
 */
@RestController
class WorklistPageController {

	static final String TITLE = "Worklist";

	private static final Template BODY = ConsoleTemplates.body("worklist");

	private final CaseFiles files;

	private final CaseModels models;

	private final DirectoryPeople people;

	private final ConsolePages pages;

	WorklistPageController(CaseFiles files, CaseModels models, DirectoryPeople people, ConsolePages pages) {
		this.files = files;
		this.models = models;
		this.people = people;
		this.pages = pages;
	}

	@GetMapping("/console")
	Mono<ResponseEntity<String>> worklist(Actor administrator, ServerWebExchange exchange) {
		var covered = AdministratorScope.facilities(administrator);
		return Blocking.call(() -> rows(covered)).flatMap((rows) -> {
			Map<String, Object> model = new HashMap<>();
			model.put("rows", rows);
			model.put("empty", rows.isEmpty());
			model.put("count", (rows.size() == 1) ? "1 case needs you" : rows.size() + " cases need you");
			return this.pages.page(exchange, ConsoleSection.WORKLIST, HttpStatus.OK, TITLE, BODY, model);
		});
	}

	/** Blocking: the cases, their clinicians named with one look-up for the page. */
	private List<Map<String, Object>> rows(Predicate<String> covered) {
		List<CaseFile> cases = this.files.worklist(covered);
		Map<String, DirectoryPeople.Person> named = this.people
			.of(cases.stream().map((file) -> file.view().staffId()).toList());
		return cases.stream().map((file) -> this.models.row(file, named)).toList();
	}

}
