package org.peersupport.security;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who is acting in a request, taken from a validated token and nothing else: a header or
 * body the caller writes never names the actor.
 *
 * @param subject the token's subject (a person's id at the identity provider, or a
 * machine client's id)
 * @param staffId the member of staff, or null for a machine or a person outside the
 * directory
 * @param clientId the OAuth2 client that holds the token, or null
 * @param roles what the caller may do
 * @param facilities the facilities an administrator, director or lead is limited to;
 * empty when the token sets no limit
 */
public record Actor(String subject, String staffId, String clientId, Set<Role> roles, Set<String> facilities) {

	public Actor {
		roles = Set.copyOf(roles);
		facilities = Set.copyOf(facilities);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Whether the caller is this member of staff. */
	public boolean is(String otherStaffId) {
		return this.staffId != null && this.staffId.equals(otherStaffId);
	}

	/**
	 * Whether the caller's facility limit lets them see this facility. A caller without a
	 * limit sees every facility; a limited caller sees no record without a facility.
	 */
	public boolean covers(String facility) {
		return this.facilities.isEmpty() || (facility != null && this.facilities.contains(facility));
	}

	/** Refuses (403) unless the caller is this member of staff. */
	public void requireSelf(String otherStaffId) {
		if (!is(otherStaffId)) {
			throw new AccessDeniedException("this record belongs to another member of staff");
		}
	}

	/** Refuses (403) unless the caller's facilities include this one. */
	public void requireFacility(String facility) {
		if (!covers(facility)) {
			throw new AccessDeniedException("this facility is outside the caller's facilities");
		}
	}

	/** The actor's name in an audit trail: the staff id when there is one. */
	public String auditName() {
		return (this.staffId != null) ? this.staffId : this.subject;
	}

}
