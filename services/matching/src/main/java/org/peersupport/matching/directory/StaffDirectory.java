package org.peersupport.matching.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the roster and shares every change on the compacted directory topic, including
 * what changes without an import: a supporter pausing, training recorded or lapsing.
 */
@Service
public class StaffDirectory {

	private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

	private final StaffMemberRepository staff;

	private final TrainingLedger training;

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	StaffDirectory(StaffMemberRepository staff, TrainingLedger training, Outbox outbox, JdbcTemplate jdbc,
			Clock clock) {
		this.staff = staff;
		this.training = training;
		this.outbox = outbox;
		this.jdbc = jdbc;
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

	/** The member, or a 404 naming them. */
	@Transactional(readOnly = true)
	public StaffMember member(String staffId) {
		return this.staff.findById(staffId).orElseThrow(() -> new NotFoundException("no staff member " + staffId));
	}

	/** The supporter, or a 404 when they are unknown or do not volunteer. */
	@Transactional(readOnly = true)
	public StaffMember supporter(String staffId) {
		StaffMember member = member(staffId);
		if (!member.volunteering().supporter()) {
			throw new NotFoundException(staffId + " is not a peer supporter");
		}
		return member;
	}

	/** Supporters who paused themselves or were made inactive. */
	@Transactional(readOnly = true)
	public Set<String> paused() {
		return new HashSet<>(this.jdbc.queryForList("SELECT staff_id FROM supporter_state WHERE paused", String.class));
	}

	@Transactional(readOnly = true)
	public boolean isPaused(String staffId) {
		return this.jdbc.queryForList("SELECT paused FROM supporter_state WHERE staff_id = ?", Boolean.class, staffId)
			.stream()
			.anyMatch(Boolean::booleanValue);
	}

	/**
	 * Pauses or resumes a supporter; the directory entry is republished with the new
	 * {@code active} flag.
	 */
	@Transactional
	public void setPaused(String staffId, boolean paused) {
		StaffMember member = supporter(staffId);
		this.jdbc.update("INSERT INTO supporter_state (staff_id, paused, changed_at) VALUES (?, ?, ?) "
				+ "ON CONFLICT (staff_id) DO UPDATE SET paused = EXCLUDED.paused, changed_at = EXCLUDED.changed_at",
				staffId, paused, Timestamp.from(this.clock.instant()));
		publish(member);
		log.info("A supporter {} offers", paused ? "paused" : "resumed");
	}

	/** Publishes the member's entry as it stands now (after a training change). */
	@Transactional
	public void republish(String staffId) {
		publish(member(staffId));
	}

	/**
	 * Republishes every supporter whose training lapsed since their entry last said
	 * "trained", so consumers learn of the lapse without an import.
	 * @return how many entries were republished
	 */
	@Transactional
	public int publishLapsedTraining() {
		LocalDate today = today();
		List<String> published = this.jdbc.queryForList("SELECT staff_id FROM directory_publication WHERE trained",
				String.class);
		int republished = 0;
		for (String staffId : published) {
			Optional<StaffMember> member = this.staff.findById(staffId);
			if (member.isPresent() && !this.training.status(member.get()).currentOn(today)) {
				publish(member.get());
				republished++;
			}
		}
		return republished;
	}

	/**
	 * Publishes a batch of the entries queued for republication (in {@code
	 * directory_republication}, which a migration fills when consumers begin to need more
	 * of every entry), each once, as the member stands now.
	 * @param most how many at most
	 * @return how many were published
	 */
	@Transactional
	public int publishQueued(int most) {
		List<String> queued = this.jdbc.queryForList(
				"SELECT staff_id FROM directory_republication ORDER BY staff_id LIMIT ? FOR UPDATE SKIP LOCKED",
				String.class, most);
		for (String staffId : queued) {
			this.staff.findById(staffId).ifPresent(this::publish);
			this.jdbc.update("DELETE FROM directory_republication WHERE staff_id = ?", staffId);
		}
		return queued.size();
	}

	private void upsert(StaffMember member) {
		Optional<StaffMember> existing = this.staff.findById(member.staffId());
		if (existing.isPresent() && existing.get().sameAs(member)) {
			return;
		}
		StaffMember saved = existing.isPresent() ? this.staff.update(member) : this.staff.save(member);
		publish(saved);
	}

	private void publish(StaffMember member) {
		Instant now = this.clock.instant();
		TrainingStatus status = this.training.status(member);
		boolean active = !isPaused(member.staffId());
		StaffDirectoryEntry entry = member.toEntry(status.currentOn(today()), status.expiresOn(), active, now);
		this.outbox.publish(Events.STAFF_DIRECTORY_ENTRY, member.staffId(), member.staffId(), entry);
		this.jdbc.update(
				"INSERT INTO directory_publication (staff_id, trained, active, published_at) VALUES (?, ?, ?, ?) "
						+ "ON CONFLICT (staff_id) DO UPDATE SET trained = EXCLUDED.trained, active = EXCLUDED.active, "
						+ "published_at = EXCLUDED.published_at",
				member.staffId(), entry.trained(), active, Timestamp.from(now));
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
	}

}
