package org.peersupport.matching.offer;

import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.security.Actor;
import org.peersupport.security.Role;
import org.peersupport.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act on a supporter's records. Being a supporter is not a role in the token: it
 * is the roster's say, so a supporter-only action needs both the caller's own staff id in
 * the path and the roster marking them as a supporter. Every method returns the staff id
 * to act for, which for a supporter is the token's, never a value the caller wrote.
 *
 * <p>
 * Each method reads the directory: call it where blocking is allowed.
 */
@Component
public class SupporterOwnership {

	private final StaffDirectory directory;

	SupporterOwnership(StaffDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The caller, when they are the supporter the path names.
	 * @throws AccessDeniedException (403) when the path names someone else, or the caller
	 * is not a supporter on the roster
	 */
	public String ownSupporterRecord(Actor actor, String pathStaffId) {
		actor.requireSelf(pathStaffId);
		StaffMember member;
		try {
			member = this.directory.member(actor.staffId());
		}
		catch (NotFoundException ex) {
			member = null;
		}
		if (member == null || !member.volunteering().supporter()) {
			throw new AccessDeniedException("only a peer supporter on the roster may do this");
		}
		return actor.staffId();
	}

	/**
	 * The supporter the path names, for a record the program administers too (training,
	 * load, a pause): any supporter for an administrator, the caller's own for anyone
	 * else. The directory holds no facility, so the supporter pool is the program's, not
	 * a facility's, and an administrator's facility limit does not narrow it.
	 */
	public String administeredSupporterRecord(Actor actor, String pathStaffId) {
		if (actor.has(Role.ADMINISTRATOR)) {
			return pathStaffId;
		}
		return ownSupporterRecord(actor, pathStaffId);
	}

}
