package org.peersupport.outreach.api;

import org.peersupport.security.Actor;
import org.peersupport.security.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read and report a clinician's shifts: the clinician, or the program. The shift
 * feed is an integration the program runs (from the rostering system, under an
 * administrator's credentials), so an administrator may report anyone's shift. Outreach
 * keeps no facility for a member of staff, though, so an administrator limited to some
 * facilities cannot be shown to cover this clinician and is refused: as
 * {@link Actor#covers(String)} says, a limited caller covers no record without a
 * facility.
 */
final class ShiftReporters {

	private ShiftReporters() {
	}

	static void require(Actor caller, String staffId) {
		if (caller.is(staffId)) {
			return;
		}
		if (!caller.has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("this record belongs to another member of staff");
		}
		if (!caller.facilities().isEmpty()) {
			throw new AccessDeniedException("shifts are not kept per facility: an administrator limited to some "
					+ "facilities cannot report them");
		}
	}

}
