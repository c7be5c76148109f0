package org.peersupport.matching.console.roster;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.samskivert.mustache.Template;
import reactor.core.publisher.Mono;

import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.matching.directory.DirectorySearch;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

/**
 * Browses and searches the staff directory: name, staff id, department, role, facility,
 * whether they volunteer as a supporter, and the day they left. An administrator limited
 * to some facilities sees only the people of those facilities (and nobody whose facility
 * the roster does not say).
 */
@Controller
class DirectoryConsoleController {

	static final int PAGE_SIZE = 25;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final Template DIRECTORY = ConsoleTemplates.body("directory");

	private final DirectorySearch search;

	private final ConsolePages pages;

	DirectoryConsoleController(DirectorySearch search, ConsolePages pages) {
		this.search = search;
		this.pages = pages;
	}

	@GetMapping("/console/roster/directory")
	Mono<ResponseEntity<String>> directory(ServerWebExchange exchange, Actor actor,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "1") String pageParam) {
		int page = page(pageParam);
		String q = (query != null) ? query.strip() : "";
		return Blocking.call(() -> this.search.search(q, actor.facilities(), page - 1, PAGE_SIZE)).flatMap((found) -> {
			Map<String, Object> model = new HashMap<>();
			model.put("q", q);
			model.put("searched", !q.isEmpty());
			model.put("people", found.people().stream().map(Row::of).toList());
			model.put("hasPeople", !found.people().isEmpty());
			model.put("found", found.found());
			model.put("first", found.people().isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1);
			model.put("last", (page - 1) * PAGE_SIZE + found.people().size());
			model.put("truncated", found.truncated());
			model.put("limited", !actor.facilities().isEmpty());
			model.put("facilities", String.join(", ", actor.facilities().stream().sorted().toList()));
			String search = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
			if (page > 1) {
				model.put("previous", "/console/roster/directory?" + search + "&page=" + (page - 1));
			}
			if (found.hasNext()) {
				model.put("next", "/console/roster/directory?" + search + "&page=" + (page + 1));
			}
			return this.pages.page(exchange, ConsoleSection.ROSTER, HttpStatus.OK, "Staff directory", DIRECTORY, model);
		});
	}

	/** A page number as written in the address; anything else is the first page. */
	private static int page(String value) {
		try {
			return Math.max(1, Math.min(10_000, Integer.parseInt(value)));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** One person, in words. */
	record Row(String name, String staffId, String department, String role, String facility, String supporter,
			String leftOn) {

		static Row of(DirectorySearch.Person person) {
			String name = (person.name() != null) ? person.name() : "Name removed (they left)";
			return new Row(name, person.staffId(), orDash(person.department()), orDash(person.role()),
					orDash(person.facility()), person.supporter() ? "Yes" : "No",
					(person.leftOn() != null) ? DAY.format(person.leftOn()) : "");
		}

		private static String orDash(String value) {
			return (value != null) ? value : "Not given";
		}

	}

}
