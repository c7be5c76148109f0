package org.peersupport.matching.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.peersupport.shredding.PersonKeys;

import org.springframework.stereotype.Component;

/**
 * A staff member's name and e-mail address, opened at the point of use: they are stored
 * and published sealed with the person's key, so once the key is destroyed (they left or
 * were erased) there is nothing to open and each reader says so in its own way.
 */
@Component
public class Contacts {

	private final PersonKeys keys;

	Contacts(PersonKeys keys) {
		this.keys = keys;
	}

	/** Their name, or empty once their key is destroyed. */
	public Optional<String> name(StaffMember member) {
		return this.keys.open(member.staffId(), member.name());
	}

	/** Their e-mail address, or empty when they have none or their key is destroyed. */
	public Optional<String> email(StaffMember member) {
		return this.keys.open(member.staffId(), member.email());
	}

	/**
	 * The names of many members, by staff id, with one look-up of their keys (a list of
	 * supporters); those whose key is destroyed are absent.
	 */
	public Map<String, String> names(Collection<StaffMember> members) {
		PersonKeys.Opener opener = this.keys.opener(members.stream().map(StaffMember::staffId).toList());
		Map<String, String> names = new HashMap<>();
		for (StaffMember member : members) {
			opener.open(member.staffId(), member.name()).ifPresent((name) -> names.put(member.staffId(), name));
		}
		return names;
	}

	/** The member with name and e-mail sealed (those already sealed stay as they are). */
	StaffMember sealed(StaffMember member) {
		return member.withContact(this.keys.seal(member.staffId(), member.name()),
				this.keys.seal(member.staffId(), member.email()));
	}

	/** Whether the stored row still holds plain text from before sealing began. */
	static boolean unsealed(StaffMember member) {
		return !PersonKeys.isSealed(member.name()) || (member.email() != null && !PersonKeys.isSealed(member.email()));
	}

	/**
	 * Opens the stored rows of many members with one look-up of their keys, as a roster
	 * import compares each row with what is stored.
	 */
	Opened opener(Collection<String> staffIds) {
		PersonKeys.Opener opener = this.keys.opener(staffIds);
		return (member) -> {
			Optional<String> name = opener.open(member.staffId(), member.name());
			return name
				.map((plain) -> member.withContact(plain, opener.open(member.staffId(), member.email()).orElse(null)));
		};
	}

	/**
	 * Destroys the member's key: every sealed copy of their name and e-mail is shredded.
	 */
	void shred(String staffId) {
		this.keys.destroy(staffId);
	}

	/** Opens a stored member; empty once their key is destroyed. */
	@FunctionalInterface
	interface Opened {

		Optional<StaffMember> open(StaffMember stored);

	}

}
