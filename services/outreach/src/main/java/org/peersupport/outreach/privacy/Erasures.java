package org.peersupport.outreach.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.accesstrail.TrailPseudonyms;
import org.peersupport.contracts.Events;
import org.peersupport.contracts.events.ErasureRequested;
import org.peersupport.messaging.outbox.Outbox;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.web.InvalidInputException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person from outreach on an administrator's request, in one transaction with
 * {@code outreach.erasure-requested.v1} (every other service erases its own on it): every
 * case, open ones too, and everything kept about the person; where their id stands in
 * someone else's record (a referral they made, an event they were involved in, a case
 * they supported, a policy they changed) it is replaced by a random pseudonym. A person
 * outreach never knew is erased all the same: other services may hold records.
 */
@Service
public class Erasures {

	private static final Logger log = LoggerFactory.getLogger(Erasures.class);

	/** How long an Idempotency-Key answers the same erasure. */
	static final Duration KEY_LIFETIME = Duration.ofDays(1);

	/**
	 * Columns where the person's id may stand in another record: each is replaced by the
	 * erasure's pseudonym. Comma-joined lists and JSON documents are rewritten in place.
	 */
	private static final List<String> NAMED_IN = List.of(
			"UPDATE outreach_case SET supporter_id = :p WHERE supporter_id = :id",
			"UPDATE case_event SET co_involved = array_to_string(array_replace(string_to_array(co_involved, ','), :id, :p), ',') WHERE :id = ANY (string_to_array(co_involved, ','))",
			"UPDATE team_debrief SET facilitators = array_to_string(array_replace(string_to_array(facilitators, ','), :id, :p), ',') WHERE :id = ANY (string_to_array(facilitators, ','))",
			"UPDATE team_debrief SET scheduled_by = :p WHERE scheduled_by = :id",
			"UPDATE team_debrief SET recorded_by = :p WHERE recorded_by = :id",
			"UPDATE clinician_preferences_change SET changed_by = :p WHERE changed_by = :id",
			"UPDATE outreach_policy SET changed_by = :p WHERE changed_by = :id",
			"UPDATE outreach_policy_audit SET actor = :p WHERE actor = :id",
			"UPDATE invitation_template SET changed_by = :p WHERE changed_by = :id",
			"UPDATE case_action SET actor = :p WHERE actor = :id",
			"UPDATE campaign SET created_by = :p WHERE created_by = :id",
			"UPDATE campaign SET definition = replace(definition::text, to_json(:id::text)::text, to_json(:p::text)::text)::jsonb WHERE strpos(definition::text, to_json(:id::text)::text) > 0");

	private final JdbcTemplate jdbc;

	private final Clinicians clinicians;

	private final CaseRecords records;

	private final TrailPseudonyms trail;

	private final Outbox outbox;

	private final Clock clock;

	Erasures(JdbcTemplate jdbc, Clinicians clinicians, CaseRecords records, TrailPseudonyms trail, Outbox outbox,
			Clock clock) {
		this.jdbc = jdbc;
		this.clinicians = clinicians;
		this.records = records;
		this.trail = trail;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Erases the person, unless this key already erased them.
	 * @param idempotencyKey the client's key for this erasure, or null: the same key
	 * answers the same erasure id and erases and publishes nothing again
	 * @return the erasure's id
	 * @throws InvalidInputException when the key was used for another person
	 */
	@Transactional
	public UUID erase(String staffId, String idempotencyKey) {
		Instant now = this.clock.instant();
		UUID erasureId = UUID.randomUUID();
		if (idempotencyKey != null) {
			this.jdbc.update("DELETE FROM erasure_request WHERE requested_at < ?",
					Timestamp.from(now.minus(KEY_LIFETIME)));
			// A second request with the key waits here for the first to commit, then
			// finds its row.
			int inserted = this.jdbc.update("""
					INSERT INTO erasure_request (idempotency_key, erasure_id, staff_digest, requested_at)
					VALUES (?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING
					""", idempotencyKey, erasureId, digest(staffId), Timestamp.from(now));
			if (inserted == 0) {
				return earlier(idempotencyKey, staffId);
			}
		}
		this.clinicians.lock(staffId);
		List<UUID> cases = this.records.casesOf(staffId);
		cases.forEach(this.records::delete);
		forgetPerson(staffId);
		this.trail.forgetPerson(staffId);
		this.outbox.publish(Events.ERASURE_REQUESTED, staffId, erasureId.toString(),
				new ErasureRequested(erasureId.toString(), staffId, now));
		log.info("Erasure {}: {} outreach cases erased", erasureId, cases.size());
		return erasureId;
	}

	private void forgetPerson(String staffId) {
		for (String table : List.of("clinician_preferences_change", "clinician_preferences", "clinician_shift",
				"staff_profile")) {
			this.jdbc.update("DELETE FROM " + table + " WHERE staff_id = ?", staffId);
		}
		this.jdbc.update("DELETE FROM case_referrer WHERE referrer_staff_id = ?", staffId);
		// A member the campaign has not dealt with yet is no member any more; one it
		// counted stays counted, under a pseudonym.
		this.jdbc.update("DELETE FROM campaign_member WHERE staff_id = ? AND outcome IS NULL", staffId);
		this.jdbc.update(
				"UPDATE campaign_member SET staff_id = ?::text || gen_random_uuid()::text, case_id = NULL WHERE staff_id = ?",
				Pseudonyms.PREFIX, staffId);
		String pseudonym = Pseudonyms.random();
		for (String statement : NAMED_IN) {
			this.jdbc.update(statement.replace(":id", "?::text").replace(":p", "?::text"),
					arguments(statement, staffId, pseudonym));
		}
	}

	/** The statement's parameters in the order {@code :id} and {@code :p} appear. */
	private static Object[] arguments(String statement, String staffId, String pseudonym) {
		return java.util.regex.Pattern.compile(":id|:p")
			.matcher(statement)
			.results()
			.map((match) -> match.group().equals(":id") ? staffId : pseudonym)
			.toArray();
	}

	private UUID earlier(String idempotencyKey, String staffId) {
		return this.jdbc
			.query("SELECT erasure_id, staff_digest FROM erasure_request WHERE idempotency_key = ?", (rs, i) -> {
				if (!rs.getString(2).equals(digest(staffId))) {
					throw new InvalidInputException("Idempotency-Key", "was used for the erasure of someone else");
				}
				return rs.getObject(1, UUID.class);
			}, idempotencyKey)
			.get(0);
	}

	private static String digest(String staffId) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(staffId.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
