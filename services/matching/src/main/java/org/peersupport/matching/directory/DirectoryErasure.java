package org.peersupport.matching.directory;

import java.time.Instant;

import org.peersupport.matching.privacy.PersonErasure;

import org.springframework.stereotype.Component;

/**
 * The directory's part of an erasure: the person's key is destroyed (every sealed copy of
 * their name and e-mail, in Kafka's log and in backups, is shredded), their directory
 * rows are deleted and the compacted topic gets their tombstone.
 */
@Component
class DirectoryErasure implements PersonErasure {

	private final StaffDirectory directory;

	DirectoryErasure(StaffDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void erase(String staffId, Instant requestedAt) {
		this.directory.erase(staffId);
	}

}
