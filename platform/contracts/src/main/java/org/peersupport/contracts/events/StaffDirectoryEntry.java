package org.peersupport.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person in the staff directory. Staff data only: no patient data ever travels here.
 *
 * @param staffId the hospital's staff id
 * @param name display name
 * @param email contact address
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
