package org.peersupport.referral.api;

import org.peersupport.security.Actor;

import org.springframework.security.access.AccessDeniedException;

/**
 * Records that apply to every facility at once (a catalog resource, the on-call rota). An
 * administrator limited to some facilities manages those facilities (their overrides),
 * not what every other facility sees: as {@link Actor#covers(String)} says, a limited
 * caller covers no record without a facility.
 */
public final class ProgramWide {

	private ProgramWide() {
	}

	/** Whether this administrator may change what every facility sees. */
	public static boolean coversWholeProgram(Actor administrator) {
		return administrator.facilities().isEmpty();
	}

	/** Refuses (403) an administrator limited to some facilities. */
	public static void requireWholeProgram(Actor administrator, String what) {
		if (!coversWholeProgram(administrator)) {
			throw new AccessDeniedException(what + " applies to every facility: an administrator limited to "
					+ "some facilities cannot change it");
		}
	}

}
