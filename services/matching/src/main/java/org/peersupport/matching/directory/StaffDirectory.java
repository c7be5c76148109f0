package org.peersupport.matching.directory;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Names and e-mail addresses are stored and published sealed with the person's key
 * ({@link Contacts}); when someone leaves, their entry becomes a tombstone and their key
 * is destroyed.
 */
@Service
public class StaffDirectory {

	private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

	/** A pause in force today: without an end, or its last day not yet passed. */
	private static final String PAUSED_NOW = "paused AND (paused_until IS NULL OR paused_until >= ?)";

	private final StaffMemberRepository staff;

	private final TrainingLedger training;

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Contacts contacts;

	StaffDirectory(StaffMemberRepository staff, TrainingLedger training, Outbox outbox, JdbcTemplate jdbc, Clock clock,
			Contacts contacts) {
		this.contacts = contacts;
		this.staff = staff;
		this.training = training;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Upserts the valid rows in one transaction and reports the refused ones; unchanged
	 * rows are not republished. The one write path of a roster file (the console's apply
	 * and the API).
	 */
	@Transactional
	public CsvRoster.Parsed importRoster(String csv) {
		return applyRoster(csv).parsed();
	}

	/** {@link #importRoster}, answering what the file changed. */
	@Transactional
	public RosterChanges applyRoster(String csv) {
		return changes(csv, true);
	}

	/**
	 * What importing the file would do, changing nothing: the same parse and the same
	 * comparison with what is stored as {@link #applyRoster}, without a write (the
	 * transaction is read-only, so a write would fail rather than slip through).
	 */
	@Transactional(readOnly = true)
	public RosterChanges previewRoster(String csv) {
		return changes(csv, false);
	}

	private RosterChanges changes(String csv, boolean apply) {
		CsvRoster.Parsed parsed = CsvRoster.parse(csv, this.clock.instant());
		// One look-up of everyone's key, not one per row: a roster is the whole hospital.
		Contacts.Opened stored = this.contacts.opener(parsed.members().stream().map(StaffMember::staffId).toList());
		Map<RosterChanges.Change, Integer> counts = new EnumMap<>(RosterChanges.Change.class);
		for (StaffMember member : parsed.members()) {
			Optional<StaffMember> existing = this.staff.findById(member.staffId());
			RosterChanges.Change change = classify(member, existing, stored);
			counts.merge(change, 1, Integer::sum);
			if (apply) {
				upsert(member, existing, change);
			}
		}
		return new RosterChanges(parsed, counts.getOrDefault(RosterChanges.Change.ADDED, 0),
				counts.getOrDefault(RosterChanges.Change.CHANGED, 0),
				counts.getOrDefault(RosterChanges.Change.UNCHANGED, 0),
				counts.getOrDefault(RosterChanges.Change.LEAVER, 0));
	}

	/**
	 * Writes one person as the identity system provisions them (SCIM), through the
	 * import's own upsert: an unchanged entry is not republished, a leaver is tombstoned
	 * and their key destroyed.
	 */
	@Transactional
	public void provision(StaffMember member) {
		Optional<StaffMember> existing = this.staff.findById(member.staffId());
		upsert(member, existing, classify(member, existing, this.contacts.opener(List.of(member.staffId()))));
	}

	/**
	 * The identity system deactivated the person (a leave of absence, say): their entry
	 * becomes a tombstone and they are out of the supporter pool ({@link #paused()}) at
	 * once, but their row and key stay for {@link #reactivate}.
	 * @return whether they were active until now
	 */
	@Transactional
	public boolean deactivate(String staffId) {
		int inserted = this.jdbc.update(
				"INSERT INTO staff_deactivation (staff_id, deactivated_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
				staffId, Timestamp.from(this.clock.instant()));
		if (inserted == 0) {
			return false;
		}
		this.jdbc.update("DELETE FROM directory_publication WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM directory_republication WHERE staff_id = ?", staffId);
		this.outbox.tombstone(Events.STAFF_DIRECTORY_ENTRY, staffId);
		log.info("A person was deactivated: directory entry tombstoned, key kept");
		return true;
	}

	/**
	 * The identity system reactivated the person: their entry is published again.
	 * @return whether they were deactivated until now
	 */
	@Transactional
	public boolean reactivate(String staffId) {
		if (this.jdbc.update("DELETE FROM staff_deactivation WHERE staff_id = ?", staffId) == 0) {
			return false;
		}
		this.staff.findById(staffId).ifPresent(this::publish);
		return true;
	}

	@Transactional(readOnly = true)
	public boolean isDeactivated(String staffId) {
		return !this.jdbc.queryForList("SELECT 1 FROM staff_deactivation WHERE staff_id = ?", Integer.class, staffId)
			.isEmpty();
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

	/**
	 * Supporters who paused themselves or were made inactive, those the identity system
	 * deactivated, and those who left.
	 */
	@Transactional(readOnly = true)
	public Set<String> paused() {
		return new HashSet<>(this.jdbc.queryForList(
				"SELECT staff_id FROM supporter_state WHERE " + PAUSED_NOW
						+ " UNION SELECT staff_id FROM staff_deactivation"
						+ " UNION SELECT staff_id FROM staff_member WHERE left_on <= ?",
				String.class, Date.valueOf(today()), Date.valueOf(today())));
	}

	@Transactional(readOnly = true)
	public boolean isPaused(String staffId) {
		return !this.jdbc
			.queryForList("SELECT 1 FROM supporter_state WHERE staff_id = ? AND " + PAUSED_NOW, Integer.class, staffId,
					Date.valueOf(today()))
			.isEmpty();
	}

	/** The last day of the supporter's pause, or null when it has no end (or none). */
	@Transactional(readOnly = true)
	public LocalDate pausedUntil(String staffId) {
		return this.jdbc
			.queryForList("SELECT paused_until FROM supporter_state WHERE staff_id = ? AND " + PAUSED_NOW,
					LocalDate.class, staffId, Date.valueOf(today()))
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Pauses or resumes a supporter; the directory entry is republished with the new
	 * {@code active} flag.
	 */
	@Transactional
	public void setPaused(String staffId, boolean paused) {
		setPaused(staffId, paused, null);
	}

	/**
	 * Pauses a supporter through {@code until}, their last day paused (null: until they
	 * resume), or resumes them; the directory entry is republished with the new
	 * {@code active} flag.
	 */
	@Transactional
	public void setPaused(String staffId, boolean paused, LocalDate until) {
		StaffMember member = supporter(staffId);
		this.jdbc.update(
				"INSERT INTO supporter_state (staff_id, paused, paused_until, changed_at) VALUES (?, ?, ?, ?) "
						+ "ON CONFLICT (staff_id) DO UPDATE SET paused = EXCLUDED.paused, "
						+ "paused_until = EXCLUDED.paused_until, changed_at = EXCLUDED.changed_at",
				staffId, paused, (paused && until != null) ? Date.valueOf(until) : null,
				Timestamp.from(this.clock.instant()));
		publish(member);
		log.info("A supporter {} offers", paused ? "paused" : "resumed");
	}

	/**
	 * Resumes the supporters whose pause ended (its last day has passed), so their
	 * directory entry says active again without anyone touching it.
	 * @return how many resumed
	 */
	@Transactional
	public int resumeEndedPauses() {
		List<String> ended = this.jdbc.queryForList(
				"SELECT staff_id FROM supporter_state WHERE paused AND paused_until < ? FOR UPDATE SKIP LOCKED",
				String.class, Date.valueOf(today()));
		for (String staffId : ended) {
			this.jdbc.update("UPDATE supporter_state SET paused = false, paused_until = NULL, changed_at = ? "
					+ "WHERE staff_id = ?", Timestamp.from(this.clock.instant()), staffId);
			this.staff.findById(staffId).ifPresent(this::publish);
		}
		return ended.size();
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

	/**
	 * Publishes the tombstones of those whose last day ({@code leftOn}, imported earlier)
	 * has come since, and destroys their keys.
	 * @return how many left
	 */
	@Transactional
	public int publishLeavers() {
		// Published, or deactivated by the identity system (tombstoned, key kept): either
		// way their key goes now.
		List<String> leavers = this.jdbc.queryForList(
				"SELECT m.staff_id FROM staff_member m WHERE m.left_on <= ? "
						+ "AND (m.staff_id IN (SELECT staff_id FROM directory_publication) "
						+ "OR m.staff_id IN (SELECT staff_id FROM staff_deactivation))",
				String.class, Date.valueOf(today()));
		leavers.forEach(this::leave);
		return leavers.size();
	}

	/**
	 * Erases the person from the directory (an erasure request): their key is destroyed,
	 * their rows are deleted and their entry on the directory topic becomes a tombstone.
	 */
	@Transactional
	public void erase(String staffId) {
		this.contacts.shred(staffId);
		this.jdbc.update("DELETE FROM directory_publication WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM directory_republication WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM supporter_state WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM staff_deactivation WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM staff_member WHERE staff_id = ?", staffId);
		this.outbox.tombstone(Events.STAFF_DIRECTORY_ENTRY, staffId);
		log.info("Erased a person from the directory: key destroyed, entry tombstoned");
	}

	/**
	 * What a row does to the directory. A leaver whose last day is already recorded
	 * leaves once: again only when their day has come since they were imported.
	 */
	private RosterChanges.Change classify(StaffMember member, Optional<StaffMember> existing, Contacts.Opened stored) {
		if (member.hasLeftBy(today())) {
			// Imported before their last day, they leave when the day has come (a
			// deactivated
			// person's key goes with it too).
			boolean leaving = !alreadyLeft(member, existing) || published(member.staffId())
					|| isDeactivated(member.staffId());
			return leaving ? RosterChanges.Change.LEAVER : RosterChanges.Change.UNCHANGED;
		}
		if (existing.isEmpty()) {
			return RosterChanges.Change.ADDED;
		}
		boolean same = stored.open(existing.get()).filter((plain) -> plain.sameAs(member)).isPresent();
		return same ? RosterChanges.Change.UNCHANGED : RosterChanges.Change.CHANGED;
	}

	private void upsert(StaffMember member, Optional<StaffMember> existing, RosterChanges.Change change) {
		switch (change) {
			case LEAVER -> {
				// A leaver stays on the roster: their row is kept (inactive), their entry
				// and key go once. Imported before their last day, only the day has come.
				if (!alreadyLeft(member, existing)) {
					save(existing.isPresent(), member);
				}
				leave(member.staffId());
			}
			case ADDED, CHANGED -> publish(save(existing.isPresent(), member));
			case UNCHANGED -> {
			}
		}
	}

	private static boolean alreadyLeft(StaffMember member, Optional<StaffMember> existing) {
		return existing.isPresent() && Objects.equals(existing.get().profile().leftOn(), member.profile().leftOn());
	}

	private StaffMember save(boolean exists, StaffMember member) {
		StaffMember sealed = this.contacts.sealed(member);
		return exists ? this.staff.update(sealed) : this.staff.save(sealed);
	}

	/**
	 * Someone left: their directory entry becomes a tombstone (consumers forget them, the
	 * compacted topic drops every earlier entry) and their key is destroyed at once, so
	 * the sealed name and e-mail in their row, in backups and in Kafka's log are
	 * shredded. The roster still names them: should they come back, the next import seals
	 * their details with a new key.
	 */
	private void leave(String staffId) {
		this.contacts.shred(staffId);
		this.jdbc.update("DELETE FROM directory_publication WHERE staff_id = ?", staffId);
		this.jdbc.update("DELETE FROM directory_republication WHERE staff_id = ?", staffId);
		// A leaver is out for good, not deactivated: should they come back, they are
		// provisioned anew.
		this.jdbc.update("DELETE FROM staff_deactivation WHERE staff_id = ?", staffId);
		this.outbox.tombstone(Events.STAFF_DIRECTORY_ENTRY, staffId);
		log.info("A person left: directory entry tombstoned, key destroyed");
	}

	private boolean published(String staffId) {
		return !this.jdbc.queryForList("SELECT 1 FROM directory_publication WHERE staff_id = ?", Integer.class, staffId)
			.isEmpty();
	}

	private void publish(StaffMember stored) {
		if (stored.hasLeftBy(today())) {
			// Never republish a leaver (a pause, a training change, a queued
			// republication).
			if (published(stored.staffId()) || isDeactivated(stored.staffId())) {
				leave(stored.staffId());
			}
			return;
		}
		if (isDeactivated(stored.staffId())) {
			// Tombstoned until the identity system reactivates them.
			return;
		}
		// A row from before sealing is sealed on its way out (the V55 republication job).
		StaffMember member = Contacts.unsealed(stored) ? this.staff.update(this.contacts.sealed(stored)) : stored;
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
