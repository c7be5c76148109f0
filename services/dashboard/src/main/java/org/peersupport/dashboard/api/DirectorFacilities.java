package org.peersupport.dashboard.api;

import org.peersupport.dashboard.figures.Slice;
import org.peersupport.security.Actor;

/**
 * A director whose token limits facilities sees figures of those facilities only. Naming
 * another facility is refused (403); naming none gives the figures of all of theirs
 * together, not of the whole program (the slice's {@code within} says so). A director
 * without a limit sees what they ask for.
 */
final class DirectorFacilities {

	private DirectorFacilities() {
	}

	static Slice limit(Slice slice, Actor director) {
		if (director.facilities().isEmpty()) {
			return slice;
		}
		if (slice.facility() != null) {
			director.requireFacility(slice.facility());
		}
		return slice.limitedTo(director.facilities());
	}

}
