package org.peersupport.accesstrail;

import reactor.core.publisher.Mono;

import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own section of this service: whose it is comes from the token's staff id and
 * from nothing the caller writes, so nobody reads another's. A token without a staff id
 * (a machine, an administrator outside the directory) has no records here to read: 403.
 */
@RestController
class OwnRecordsController {

	private final OwnRecordsSections sections;

	OwnRecordsController(OwnRecordsSections sections) {
		this.sections = sections;
	}

	@GetMapping(path = RecordsSection.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<RecordsSection> mine(Actor caller) {
		String staffId = staffId(caller);
		return Blocking.call(() -> this.sections.of(staffId));
	}

	/** The caller's staff id; a caller without one is refused (403). */
	static String staffId(Actor caller) {
		if (caller.staffId() == null) {
			throw new AccessDeniedException("only a member of staff has records of their own to read");
		}
		return caller.staffId();
	}

}
