package org.peersupport.matching.scim;

import java.time.Instant;

import org.peersupport.matching.privacy.PersonErasure;

import org.springframework.stereotype.Component;

/**
 * SCIM's part of an erasure: what the identity system said of the person beyond their
 * directory entry (the directory's own part deletes the entry and its deactivation).
 */
@Component
class ScimErasure implements PersonErasure {

	private final ScimRecords records;

	ScimErasure(ScimRecords records) {
		this.records = records;
	}

	@Override
	public void erase(String staffId, Instant requestedAt) {
		this.records.delete(staffId);
	}

}
