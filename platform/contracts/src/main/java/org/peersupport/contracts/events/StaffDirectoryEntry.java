package org.peersupport.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person in the staff directory. Staff data only: no patient data ever travels here.
 * The topic is compacted and keyed by staff id; a record with no value (a tombstone) says
 * the person left or was erased, and consumers forget them.
 *
 * @param staffId the hospital's staff id
 * @param name display name, sealed with the person's key ({@code ps1:...},
 * platform/shredding): a reader opens it where it uses it, and it no longer opens once
 * the person left or was erased; plain text in entries published before sealing began
 * @param email contact address, or null; sealed like the name
 * @param department department code
 * @param role professional role
 * @param supervisorId the staff id of their supervisor, or null
 * @param supporter whether they volunteer as a peer supporter
 * @param trained whether their peer-support training is current
 * @param trainingExpiresOn when their peer-support training expires, or null
 * @param active whether they take offers now (false while paused or inactive)
 * @param maxActive how many open assignments they take at once
 * @param updatedAt when the entry last changed
 * @param startedOn when they started their training or employment here, or null when the
 * roster does not say (and in entries published before the directory carried it)
 */
public record StaffDirectoryEntry(String staffId, String name, String email, String department, String role,
		String supervisorId, boolean supporter, boolean trained, LocalDate trainingExpiresOn, boolean active,
		int maxActive, Instant updatedAt, LocalDate startedOn) {

	/** An entry that does not say when its person started. */
	public StaffDirectoryEntry(String staffId, String name, String email, String department, String role,
			String supervisorId, boolean supporter, boolean trained, LocalDate trainingExpiresOn, boolean active,
			int maxActive, Instant updatedAt) {
		this(staffId, name, email, department, role, supervisorId, supporter, trained, trainingExpiresOn, active,
				maxActive, updatedAt, null);
	}

}
