package org.peersupport.outreach.api;

import java.util.function.Predicate;

import org.peersupport.security.Actor;
import org.peersupport.security.Role;
import org.peersupport.web.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;

/**
 * What an administrator's request reaches: the facilities their token limits them to, or
 * every facility without a limit. The route rules already admit administrators only; the
 * role is checked here again because a caller without a facility limit covers every
 * facility, and a loosened route rule must not turn a clinician into the whole program.
 */
public final class AdministratorScope {

	private AdministratorScope() {
	}

	/**
	 * The {@code facility} parameter of a policy or template request: a facility, or none
	 * for the program's default. The value is normalised before the limit is checked, so
	 * the record the check passed is the one the request reads or writes. No facility is
	 * the default, which governs every facility without its own: an administrator limited
	 * to some facilities does not cover it.
	 */
	public static String facility(Actor administrator, String facility) {
		String normalised = (facility == null || facility.isBlank()) ? null : facility.trim();
		if (normalised != null && normalised.length() > 100) {
			throw new InvalidInputException("facility", "must be at most 100 characters");
		}
		require(administrator).requireFacility(normalised);
		return normalised;
	}

	/** Whether the administrator covers a record's facility (null when it names none). */
	public static Predicate<String> facilities(Actor administrator) {
		return require(administrator)::covers;
	}

	private static Actor require(Actor caller) {
		if (!caller.has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("this is the program administrators' to run");
		}
		return caller;
	}

}
