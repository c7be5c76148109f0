package org.peersupport.matching.scim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffMember;

/**
 * A SCIM user onto the directory entry the roster import writes: the identity system's
 * attributes replace the entry's name, e-mail, role ({@code title}), department and line
 * manager ({@code manager.value}); the program's own fields (volunteering, training,
 * specialty, seniority, languages, identity tags, start date) stay as the roster or the
 * console left them, and someone new is not a supporter until the program says so.
 */
final class ScimMapping {

	private static final StaffMember.Volunteering NOT_VOLUNTEERING = new StaffMember.Volunteering(false, false, 0, null,
			null);

	private ScimMapping() {
	}

	static StaffMember member(ScimUser user, Optional<StaffMember> existing, Contacts contacts, Instant now,
			LocalDate today) {
		StaffMember.Profile old = existing.map(StaffMember::profile).orElse(null);
		// A last day still ahead (from the roster) stands; a past one is over: they are
		// back.
		LocalDate leftOn = (old != null && old.leftOn() != null && old.leftOn().isAfter(today)) ? old.leftOn() : null;
		StaffMember.Profile profile = new StaffMember.Profile(user.department(), user.title(), user.managerId(),
				(old != null) ? old.specialty() : null, (old != null) ? old.seniority() : null,
				(old != null) ? old.languages() : "", (old != null) ? old.identityTags() : "",
				(old != null) ? old.startedOn() : null, leftOn);
		StaffMember.Volunteering volunteering = existing.map(StaffMember::volunteering).orElse(NOT_VOLUNTEERING);
		return new StaffMember(user.userName(), user.directoryName(), user.email(), profile, volunteering, now);
	}

	/** The member as the roster names a leaver: their last day is today. */
	static StaffMember leaver(StaffMember member, LocalDate today) {
		StaffMember.Profile p = member.profile();
		StaffMember.Profile left = new StaffMember.Profile(p.department(), p.role(), p.supervisorId(), p.specialty(),
				p.seniority(), p.languages(), p.identityTags(), p.startedOn(), today);
		return new StaffMember(member.staffId(), member.name(), member.email(), left, member.volunteering(),
				member.updatedAt());
	}

}
