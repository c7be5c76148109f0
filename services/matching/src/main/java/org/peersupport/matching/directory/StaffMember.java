package org.peersupport.matching.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.StaffDirectoryEntry;

/**
 * A person in the staff directory; supporters are staff members who volunteer. Languages
 * and identity tags are codes, stored comma-joined.
 */
@MappedEntity("staff_member")
public record StaffMember(@Id String staffId, String name, @Nullable String email, @Nullable String department,
		@Nullable String role, @Nullable String supervisorId, boolean supporter, boolean trained, int maxActive,
		@Nullable String specialty, @Nullable Integer seniority, String languages, String identityTags,
		@Nullable LocalDate trainedOn, @Nullable LocalDate trainingExpiresOn, Instant updatedAt) {

	public Set<String> languageSet() {
		return split(this.languages);
	}

	public Set<String> identityTagSet() {
		return split(this.identityTags);
	}

	static Set<String> split(String joined) {
		Set<String> values = new TreeSet<>();
		if (joined != null && !joined.isEmpty()) {
			values.addAll(Arrays.asList(joined.split(",")));
		}
		return values;
	}

	/** Whether two versions of an entry differ in anything but their timestamp. */
	boolean sameAs(StaffMember other) {
		return withUpdatedAt(other.updatedAt).equals(other);
	}

	StaffMember withUpdatedAt(Instant at) {
		return new StaffMember(this.staffId, this.name, this.email, this.department, this.role, this.supervisorId,
				this.supporter, this.trained, this.maxActive, this.specialty, this.seniority, this.languages,
				this.identityTags, this.trainedOn, this.trainingExpiresOn, at);
	}

	StaffDirectoryEntry toEntry(boolean trainingCurrent, LocalDate expiresOn, boolean active, Instant at) {
		return new StaffDirectoryEntry(this.staffId, this.name, this.email, this.department, this.role,
				this.supervisorId, this.supporter, trainingCurrent, expiresOn, active, this.maxActive, at);
	}

}
