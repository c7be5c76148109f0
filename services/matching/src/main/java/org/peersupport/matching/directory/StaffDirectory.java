package org.peersupport.matching.directory;

import java.time.Clock;
import java.util.Optional;

import org.peersupport.contracts.Events;
import org.peersupport.messaging.outbox.Outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports the roster and shares every change on the compacted directory topic. */
@Service
public class StaffDirectory {

	private final StaffMemberRepository staff;

	private final Outbox outbox;

	private final Clock clock;

	StaffDirectory(StaffMemberRepository staff, Outbox outbox, Clock clock) {
		this.staff = staff;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Upserts the valid rows in one transaction and reports the refused ones; unchanged
	 * rows are not republished.
	 */
	@Transactional
	public CsvRoster.Parsed importRoster(String csv) {
		CsvRoster.Parsed parsed = CsvRoster.parse(csv, this.clock.instant());
		for (StaffMember member : parsed.members()) {
			upsert(member);
		}
		return parsed;
	}

	private void upsert(StaffMember member) {
		Optional<StaffMember> existing = this.staff.findById(member.staffId());
		if (existing.isPresent() && existing.get().sameAs(member)) {
			return;
		}
		StaffMember saved = existing.isPresent() ? this.staff.update(member) : this.staff.save(member);
		this.outbox.publish(Events.STAFF_DIRECTORY_ENTRY, saved.staffId(), saved.staffId(), saved.toEntry());
	}

}
