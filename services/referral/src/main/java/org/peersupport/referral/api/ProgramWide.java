package org.peersupport.referral.api;

import org.peersupport.security.Actor;

import org.springframework.security.access.AccessDeniedException;

/**
 * Records that apply to every facility at once (a catalog resource, the on-call rota). An
 * administrator limited to some facilities manages those facilities (their overrides),
 * not what every other facility sees: as {@link Actor#covers(String)} says, a limited
 * caller covers no record without a facility.
 */
final class ProgramWide {

	private ProgramWide() {
	}

	static void requireWholeProgram(Actor administrator, String what) {
		if (!administrator.facilities().isEmpty()) {
			throw new AccessDeniedException(what + " applies to every facility: an administrator limited to "
					+ "some facilities cannot change it");
		}
	}

}
