package org.peersupport.outreach.clinician;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.peersupport.contracts.events.StaffDirectoryEntry;
import org.peersupport.shredding.PersonKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores clinicians' preferences, shifts and directory profiles. A profile's name is kept
 * sealed with the person's key, as the directory publishes it, and opened only when a
 * profile is read (platform/shredding).
 */
@Service
public class Clinicians {

	private static final String PROFILE_COLUMNS = "staff_id, name, role, department, active, updated_at, started_on";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final PersonKeys keys;

	Clinicians(JdbcTemplate jdbc, Clock clock, PersonKeys keys) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keys = keys;
	}

	/**
	 * Serialises everything that decides whether a clinician is contacted (a new event,
	 * an opt-out) for the rest of the transaction, so an opt-out and a new case never
	 * both miss each other.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(String staffId) {
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", "outreach-clinician:" + staffId);
	}

	@Transactional(readOnly = true)
	public ClinicianContext context(String staffId) {
		return new ClinicianContext(preferences(staffId), shift(staffId).orElse(null), profile(staffId).orElse(null));
	}

	@Transactional(readOnly = true)
	public ClinicianPreferences preferences(String staffId) {
		return this.jdbc.query(
				"SELECT contact_from, contact_until, time_zone, channel, opted_out, updated_at FROM clinician_preferences WHERE staff_id = ?",
				(rs, i) -> new ClinicianPreferences(staffId,
						(rs.getTime(1) != null) ? rs.getTime(1).toLocalTime() : null,
						(rs.getTime(2) != null) ? rs.getTime(2).toLocalTime() : null,
						(rs.getString(3) != null) ? ZoneId.of(rs.getString(3)) : null, Channel.valueOf(rs.getString(4)),
						rs.getBoolean(5), rs.getTimestamp(6).toInstant()),
				staffId)
			.stream()
			.findFirst()
			.orElseGet(() -> ClinicianPreferences.defaults(staffId));
	}

	/**
	 * Stores new preferences and records the change (who, when, opted out or not).
	 * @return the preferences as they were before
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ClinicianPreferences savePreferences(ClinicianPreferences wanted, String actor) {
		ClinicianPreferences before = preferences(wanted.staffId());
		Instant now = this.clock.instant();
		this.jdbc.update(
				"""
						INSERT INTO clinician_preferences (staff_id, contact_from, contact_until, time_zone, channel, opted_out, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?)
						ON CONFLICT (staff_id) DO UPDATE SET contact_from = EXCLUDED.contact_from,
						    contact_until = EXCLUDED.contact_until, time_zone = EXCLUDED.time_zone, channel = EXCLUDED.channel,
						    opted_out = EXCLUDED.opted_out, updated_at = EXCLUDED.updated_at
						""",
				wanted.staffId(), (wanted.contactFrom() != null) ? Time.valueOf(wanted.contactFrom()) : null,
				(wanted.contactUntil() != null) ? Time.valueOf(wanted.contactUntil()) : null,
				(wanted.timeZone() != null) ? wanted.timeZone().getId() : null, wanted.channel().name(),
				wanted.optedOut(), Timestamp.from(now));
		this.jdbc.update(
				"INSERT INTO clinician_preferences_change (id, staff_id, opted_out, channel, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), wanted.staffId(), wanted.optedOut(), wanted.channel().name(), actor,
				Timestamp.from(now));
		return before;
	}

	@Transactional(readOnly = true)
	public Optional<Shift> shift(String staffId) {
		return this.jdbc
			.query("SELECT last_shift_end, night_shift FROM clinician_shift WHERE staff_id = ?",
					(rs, i) -> new Shift(staffId, rs.getTimestamp(1).toInstant(), rs.getBoolean(2)), staffId)
			.stream()
			.findFirst();
	}

	@Transactional
	public Shift saveShift(Shift shift) {
		this.jdbc.update("""
				INSERT INTO clinician_shift (staff_id, last_shift_end, night_shift, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (staff_id) DO UPDATE SET last_shift_end = EXCLUDED.last_shift_end,
				    night_shift = EXCLUDED.night_shift, updated_at = EXCLUDED.updated_at
				""", shift.staffId(), Timestamp.from(shift.lastShiftEnd()), shift.nightShift(),
				Timestamp.from(this.clock.instant()));
		return shift;
	}

	@Transactional(readOnly = true)
	public Optional<StaffProfile> profile(String staffId) {
		return this.jdbc
			.query("SELECT " + PROFILE_COLUMNS + " FROM staff_profile WHERE staff_id = ?",
					(rs, row) -> profile(rs, this.keys.open(staffId, rs.getString(2)).orElse(null)), staffId)
			.stream()
			.findFirst();
	}

	/**
	 * Everyone in the directory, in staff id order, for a campaign to pick its cohort
	 * from; the filter is the cohort's, so it stays in one place. Names are left out
	 * (null): a cohort never selects by name, so none is opened.
	 */
	@Transactional(readOnly = true)
	public List<StaffProfile> profiles(Predicate<StaffProfile> filter) {
		// Cohorts select by role, department and start date: the names stay sealed here.
		return this.jdbc
			.query("SELECT " + PROFILE_COLUMNS + " FROM staff_profile ORDER BY staff_id",
					(rs, row) -> profile(rs, null))
			.stream()
			.filter(filter)
			.toList();
	}

	/**
	 * How many cases the program's supporters take at once, as the directory says: the
	 * sum of {@code maxActive} over supporters who are trained and active.
	 */
	@Transactional(readOnly = true)
	public int supporterCapacity() {
		Integer capacity = this.jdbc.queryForObject(
				"SELECT coalesce(sum(max_active), 0) FROM staff_profile WHERE supporter AND trained AND active",
				Integer.class);
		return (capacity != null) ? capacity : 0;
	}

	private static StaffProfile profile(ResultSet rs, String name) throws SQLException {
		Date startedOn = rs.getDate(7);
		return new StaffProfile(rs.getString(1), name, rs.getString(3), rs.getString(4), rs.getBoolean(5),
				rs.getTimestamp(6).toInstant(), (startedOn != null) ? startedOn.toLocalDate() : null);
	}

	/**
	 * Forgets a person the directory forgot (a tombstone: they left or were erased).
	 */
	@Transactional
	public void onDirectoryTombstone(String staffId) {
		this.jdbc.update("DELETE FROM staff_profile WHERE staff_id = ?", staffId);
	}

	/**
	 * Keeps the newest directory entry per staff id, its name sealed (an entry published
	 * before the directory sealed names is sealed here, with the key matching made); an
	 * older one arriving late (a compacted topic re-read from the start) changes nothing.
	 * Only matching, the directory's owner, makes keys: a plain name of someone with no
	 * key (erased, gone, or not yet sealed by matching) is stored as null, never sealed
	 * with a new key nobody would destroy; matching republishes the entry sealed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void onDirectoryEntry(StaffDirectoryEntry entry) {
		Instant updated = (entry.updatedAt() != null) ? entry.updatedAt() : this.clock.instant();
		this.jdbc.update("""
				INSERT INTO staff_profile (staff_id, name, role, department, active, updated_at, started_on,
				    supporter, trained, max_active)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (staff_id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role,
				    department = EXCLUDED.department, active = EXCLUDED.active, updated_at = EXCLUDED.updated_at,
				    started_on = EXCLUDED.started_on, supporter = EXCLUDED.supporter, trained = EXCLUDED.trained,
				    max_active = EXCLUDED.max_active
				WHERE staff_profile.updated_at <= EXCLUDED.updated_at
				""", entry.staffId(), this.keys.sealIfKeyed(entry.staffId(), entry.name()).orElse(null), entry.role(),
				entry.department(), entry.active(), Timestamp.from(updated),
				(entry.startedOn() != null) ? Date.valueOf(entry.startedOn()) : null, entry.supporter(),
				entry.trained(), entry.maxActive());
	}

}
