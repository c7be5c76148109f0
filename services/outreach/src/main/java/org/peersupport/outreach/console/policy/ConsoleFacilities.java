package org.peersupport.outreach.console.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import reactor.core.publisher.Mono;

import org.peersupport.outreach.api.AdministratorScope;
import org.peersupport.outreach.policy.OutreachPolicies;
import org.peersupport.security.Actor;
import org.peersupport.web.InvalidInputException;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

/**
 * Which facility a policy or template page is about, decided as the policy API decides
 * ({@link AdministratorScope}): an administrator limited to some facilities chooses among
 * those; one without a limit also has the program's default, which governs every facility
 * without its own, and may name any facility.
 */
@Component
class ConsoleFacilities {

	static final String DEFAULT_LABEL = "The program's default (for facilities without their own)";

	private final OutreachPolicies policies;

	ConsoleFacilities(OutreachPolicies policies) {
		this.policies = policies;
	}

	/**
	 * The facility asked for ({@code other}, typed, before {@code facility}, chosen), or
	 * the first the administrator covers; null for the default.
	 * @throws org.springframework.security.access.AccessDeniedException for a facility
	 * outside the administrator's
	 */
	String chosen(Actor administrator, String facility, String other) {
		String asked = (other != null && !other.isBlank()) ? other : facility;
		if ((asked == null || asked.isBlank()) && !administrator.facilities().isEmpty()) {
			asked = new TreeSet<>(administrator.facilities()).first();
		}
		return AdministratorScope.facility(administrator, asked);
	}

	/** Whether the administrator may name a facility not listed. */
	static boolean unlimited(Actor administrator) {
		return administrator.facilities().isEmpty();
	}

	/** The chooser's options, the chosen one selected. Blocking: reads the policies. */
	List<Map<String, Object>> choices(Actor administrator, String chosen) {
		List<Map<String, Object>> choices = new ArrayList<>();
		TreeSet<String> facilities = new TreeSet<>(administrator.facilities());
		if (unlimited(administrator)) {
			choices.add(Map.of("value", "", "label", DEFAULT_LABEL, "selected", chosen == null));
			facilities.addAll(this.policies.facilitiesWithOwnPolicy());
		}
		if (chosen != null) {
			facilities.add(chosen);
		}
		for (String facility : facilities) {
			choices.add(Map.of("value", facility, "label", facility, "selected", facility.equals(chosen)));
		}
		return choices;
	}

	/**
	 * A posted form; one that cannot be decoded (a stray {@code %}) is refused as input
	 * (400), not left to fail as a server error.
	 */
	static Mono<MultiValueMap<String, String>> form(ServerWebExchange exchange) {
		return exchange.getFormData()
			.onErrorMap(IllegalArgumentException.class,
					(ex) -> new InvalidInputException("body", "is not a readable form"));
	}

	static String name(String facility) {
		return (facility != null) ? facility : "the program's default";
	}

}
