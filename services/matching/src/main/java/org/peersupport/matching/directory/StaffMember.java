package org.peersupport.matching.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Relation;

import org.peersupport.contracts.events.StaffDirectoryEntry;

/**
 * A person in the staff directory; supporters are staff members who volunteer. The groups
 * are embedded: each of their fields is a column of {@code staff_member} under its own
 * name.
 *
 * @param staffId the hospital's staff id
 * @param name the name colleagues know them by; as stored and published, sealed with the
 * person's key (platform/shredding): read it through {@link Contacts}
 * @param email where offers and check-in reminders go, or null; sealed like the name
 * @param profile where and as what they work, and what they share about themselves
 * @param volunteering whether and how they volunteer as a supporter
 * @param updatedAt when this entry last changed
 */
@MappedEntity("staff_member")
public record StaffMember(@Id String staffId, String name, @Nullable String email,
		@Relation(Relation.Kind.EMBEDDED) Profile profile, @Relation(Relation.Kind.EMBEDDED) Volunteering volunteering,
		Instant updatedAt) {

	/** Whether two versions of an entry differ in anything but their timestamp. */
	boolean sameAs(StaffMember other) {
		return withUpdatedAt(other.updatedAt).equals(other);
	}

	StaffMember withUpdatedAt(Instant at) {
		return new StaffMember(this.staffId, this.name, this.email, this.profile, this.volunteering, at);
	}

	StaffMember withContact(String name, String email) {
		return new StaffMember(this.staffId, name, email, this.profile, this.volunteering, this.updatedAt);
	}

	/**
	 * Whether the roster says they have left by {@code day} (their last day is before it
	 * or on it).
	 */
	boolean hasLeftBy(LocalDate day) {
		return this.profile.leftOn() != null && !this.profile.leftOn().isAfter(day);
	}

	StaffDirectoryEntry toEntry(boolean trainingCurrent, LocalDate expiresOn, boolean active, Instant at) {
		return new StaffDirectoryEntry(this.staffId, this.name, this.email, this.profile.department(),
				this.profile.role(), this.profile.supervisorId(), this.volunteering.supporter(), trainingCurrent,
				expiresOn, active, this.volunteering.maxActive(), at, this.profile.startedOn());
	}

	/**
	 * What the roster says about someone's work and background. Languages and identity
	 * tags are codes, stored comma-joined.
	 *
	 * @param department department code, or null
	 * @param role professional role, or null
	 * @param supervisorId their supervisor, or null
	 * @param specialty specialty, or null
	 * @param seniority years in practice, or null
	 * @param languages the languages they speak
	 * @param identityTags the identity tags they chose to share
	 * @param startedOn when they started their training or employment here, or null:
	 * outreach's campaigns reach people at the start of residency or a new job by it
	 * @param leftOn the day they left, or null: from that day they are inactive, their
	 * directory entry is a tombstone and their key is destroyed
	 * @param facility the facility code they work at, or null: an administrator limited
	 * to some facilities sees only their people in the console's directory
	 */
	@Embeddable
	public record Profile(@MappedProperty("department") @Nullable String department,
			@MappedProperty("role") @Nullable String role,
			@MappedProperty("supervisor_id") @Nullable String supervisorId,
			@MappedProperty("specialty") @Nullable String specialty,
			@MappedProperty("seniority") @Nullable Integer seniority, @MappedProperty("languages") String languages,
			@MappedProperty("identity_tags") String identityTags,
			@MappedProperty("started_on") @Nullable LocalDate startedOn,
			@MappedProperty("left_on") @Nullable LocalDate leftOn,
			@MappedProperty("facility") @Nullable String facility) {

		/** The constructor storage uses: every column. */
		@Creator
		public Profile {
		}

		/** A profile that names no facility (a source that does not know it). */
		public Profile(String department, String role, String supervisorId, String specialty, Integer seniority,
				String languages, String identityTags, LocalDate startedOn, LocalDate leftOn) {
			this(department, role, supervisorId, specialty, seniority, languages, identityTags, startedOn, leftOn,
					null);
		}

		public Set<String> languageSet() {
			return split(this.languages);
		}

		public Set<String> identityTagSet() {
			return split(this.identityTags);
		}

		private static Set<String> split(String joined) {
			Set<String> values = new TreeSet<>();
			if (joined != null && !joined.isEmpty()) {
				values.addAll(Arrays.asList(joined.split(",")));
			}
			return values;
		}

	}

	/**
	 * Whether and how someone volunteers, as the roster says; training records may say
	 * more.
	 *
	 * @param supporter whether they are a supporter at all
	 * @param trained whether the roster marks them trained
	 * @param maxActive how many open offers and cases they take at once
	 * @param trainedOn when they were trained, or null
	 * @param trainingExpiresOn when that training expires, or null
	 */
	@Embeddable
	public record Volunteering(@MappedProperty("supporter") boolean supporter,
			@MappedProperty("trained") boolean trained, @MappedProperty("max_active") int maxActive,
			@MappedProperty("trained_on") @Nullable LocalDate trainedOn,
			@MappedProperty("training_expires_on") @Nullable LocalDate trainingExpiresOn) {

	}

}
