package org.peersupport.matching.directory;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.StaffDirectoryEntry;

/** A person in the staff directory; supporters are staff members who volunteer. */
@MappedEntity("staff_member")
public record StaffMember(@Id String staffId, String name, @Nullable String email, @Nullable String department,
		@Nullable String role, @Nullable String supervisorId, boolean supporter, boolean trained, int maxActive,
		Instant updatedAt) {

	/** Whether two versions of an entry differ in anything but their timestamp. */
	boolean sameAs(StaffMember other) {
		return withUpdatedAt(other.updatedAt).equals(other);
	}

	StaffMember withUpdatedAt(Instant at) {
		return new StaffMember(this.staffId, this.name, this.email, this.department, this.role, this.supervisorId,
				this.supporter, this.trained, this.maxActive, at);
	}

	StaffDirectoryEntry toEntry() {
		return new StaffDirectoryEntry(this.staffId, this.name, this.email, this.department, this.role,
				this.supervisorId, this.supporter, this.trained, this.maxActive, this.updatedAt);
	}

}
