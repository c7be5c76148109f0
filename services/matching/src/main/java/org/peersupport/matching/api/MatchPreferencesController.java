package org.peersupport.matching.api;

import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.matching.engine.DepartmentChoice;
import org.peersupport.matching.preference.ClinicianPreferences;
import org.peersupport.matching.preference.MatchPreferences;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

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

	private final ClinicianPreferences preferences;

	private final StaffDirectory directory;

	MatchPreferencesController(ClinicianPreferences preferences, StaffDirectory directory) {
		this.preferences = preferences;
		this.directory = directory;
	}

	/**
	 * The preferences, replacing what was there.
	 *
	 * @param languages language codes such as en or es
	 * @param identityPreferences identity tags the supporter should share
	 * @param departmentChoice SAME_DEPARTMENT, OTHER_DEPARTMENT or NO_PREFERENCE
	 */
	record PreferencesBody(List<String> languages, List<String> identityPreferences, String departmentChoice) {
	}

	@PutMapping
	Mono<MatchPreferences> replace(@PathVariable String staffId, @RequestBody PreferencesBody body, Actor actor) {
		actor.requireSelf(staffId);
		Input input = new Input();
		List<String> languages = input.codes("languages", body.languages());
		List<String> identity = input.codes("identityPreferences", body.identityPreferences());
		DepartmentChoice choice = input.choice("departmentChoice", body.departmentChoice(), DepartmentChoice.class,
				false);
		input.check();
		MatchPreferences stated = new MatchPreferences(languages, identity,
				(choice != null) ? choice : DepartmentChoice.NO_PREFERENCE);
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

}
