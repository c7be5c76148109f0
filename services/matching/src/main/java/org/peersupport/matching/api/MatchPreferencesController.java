package org.peersupport.matching.api;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.matching.engine.DepartmentChoice;
import org.peersupport.matching.preference.ClinicianPreferences;
import org.peersupport.matching.preference.MatchPreferences;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clinicians state, if they wish, what they would like in a supporter: their own
 * preferences, which nobody else reads or writes.
 */
@RestController
@RequestMapping("/api/v1/clinicians/{staffId}/match-preferences")
class MatchPreferencesController {

	private static final int MAX_CODES = 20;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

	private final ClinicianPreferences preferences;

	private final StaffDirectory directory;

	MatchPreferencesController(ClinicianPreferences preferences, StaffDirectory directory) {
		this.preferences = preferences;
		this.directory = directory;
	}

	/**
	 * The preferences, replacing what was there: {@code languages} (codes such as en or
	 * es), {@code identityPreferences} (identity tags the supporter should share) and
	 * {@code departmentChoice} (SAME_DEPARTMENT, OTHER_DEPARTMENT or NO_PREFERENCE).
	 */
	@PutMapping
	Mono<MatchPreferences> replace(@PathVariable String staffId, @RequestBody JsonNode body, Actor actor) {
		actor.requireSelf(staffId);
		FieldReader in = FieldReader.ofObject(body);
		List<String> languages = codes(in.field("languages"));
		List<String> identity = codes(in.field("identityPreferences"));
		DepartmentChoice choice = in.field("departmentChoice")
			.choice(DepartmentChoice.class)
			.orElse(DepartmentChoice.NO_PREFERENCE);
		in.check();
		MatchPreferences stated = new MatchPreferences(languages, identity, choice);
		return Blocking.call(() -> {
			this.directory.member(staffId);
			return this.preferences.replace(staffId, stated);
		});
	}

	@GetMapping
	Mono<MatchPreferences> get(@PathVariable String staffId, Actor actor) {
		actor.requireSelf(staffId);
		return Blocking.call(() -> {
			this.directory.member(staffId);
			return this.preferences.of(staffId);
		});
	}

	/** Codes such as {@code en} or {@code lgbtq}: letters, digits, '-' and '_' only. */
	private static List<String> codes(FieldReader list) {
		return list
			.listOf(MAX_CODES,
					(code) -> code.text(40)
						.matching(CODE, "must be a code of letters, digits, '-' or '_' (at most 40)")
						.required())
			.stream()
			.map((code) -> code.toLowerCase(Locale.ROOT))
			.toList();
	}

}
