package org.peersupport.outreach.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned policies: one per facility, plus the default for facilities without their
 * own. The default starts as the built-in document (configurable with
 * {@code peersupport.outreach.default-policy}) until an administrator replaces it.
 */
@Service
public class OutreachPolicies {

	private static final Logger log = LoggerFactory.getLogger(OutreachPolicies.class);

	private static final String DEFAULT = "";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final PolicyReader.Read builtIn;

	private final Map<String, PolicyReader.Read> parsed = new ConcurrentHashMap<>();

	OutreachPolicies(JdbcTemplate jdbc, Clock clock,
			@Value("${peersupport.outreach.default-policy:classpath:outreach/default-policy.json}") Resource builtIn)
			throws IOException {
		this.jdbc = jdbc;
		this.clock = clock;
		try (InputStream in = builtIn.getInputStream()) {
			this.builtIn = PolicyReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** The policy that governs a facility's cases. */
	@Transactional(readOnly = true)
	public OutreachPolicy forFacility(String facility) {
		return find(key(facility)).or(() -> find(DEFAULT)).map(Stored::read).orElse(this.builtIn).policy();
	}

	@Transactional(readOnly = true)
	public PolicyVersion current(String facility) {
		String key = key(facility);
		Optional<Stored> own = find(key);
		if (own.isPresent()) {
			return own.get().version(facility, false);
		}
		boolean inherited = !key.equals(DEFAULT);
		return find(DEFAULT).map((s) -> s.version(facility, inherited))
			.orElseGet(() -> new PolicyVersion(facility, 0, inherited, "built-in", null, this.builtIn.document()));
	}

	/**
	 * Replaces a facility's policy with a new version. Invalid JSON or rules throw before
	 * anything is written, so the old policy stays in force.
	 */
	@Transactional
	public PolicyVersion replace(String facility, String actor, String json) {
		PolicyReader.Read read = PolicyReader.read(json);
		String key = key(facility);
		// Serialises concurrent changes of one facility's policy so versions never clash.
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", "outreach-policy:" + key);
		Optional<Stored> previous = find(key);
		int version = previous.map(Stored::version).orElse(0) + 1;
		Instant now = this.clock.instant();
		String after = PolicyReader.STRICT.writeValueAsString(read.document());
		this.jdbc.update(
				"INSERT INTO outreach_policy (facility, version, document, changed_by, changed_at) VALUES (?, ?, ?::jsonb, ?, ?)",
				key, version, after, actor, Timestamp.from(now));
		String before = previous.map((p) -> PolicyReader.STRICT.writeValueAsString(p.read().document()))
			.orElse((key.equals(DEFAULT)) ? PolicyReader.STRICT.writeValueAsString(this.builtIn.document()) : null);
		this.jdbc.update(
				"INSERT INTO outreach_policy_audit (id, facility, version, actor, changed_at, before, after) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)",
				UUID.randomUUID(), key, version, actor, Timestamp.from(now), before, after);
		log.info("Outreach policy for {} is now version {}", key.isEmpty() ? "the default" : key, version);
		return new PolicyVersion(facility, version, false, actor, now, read.document());
	}

	@Transactional(readOnly = true)
	public List<PolicyAuditEntry> audit(String facility) {
		return this.jdbc.query(
				"SELECT facility, version, actor, changed_at, before::text, after::text FROM outreach_policy_audit WHERE facility = ? ORDER BY version",
				(rs, i) -> new PolicyAuditEntry(facility, rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
						(rs.getString(5) != null) ? PolicyReader.STRICT.readTree(rs.getString(5)) : null,
						PolicyReader.STRICT.readTree(rs.getString(6))),
				key(facility));
	}

	/** The facilities with a policy of their own, by name. */
	@Transactional(readOnly = true)
	public List<String> facilitiesWithOwnPolicy() {
		return this.jdbc.queryForList(
				"SELECT DISTINCT facility FROM outreach_policy WHERE facility <> ? ORDER BY facility", String.class,
				DEFAULT);
	}

	private Optional<Stored> find(String key) {
		return this.jdbc
			.query("SELECT version, document::text, changed_by, changed_at FROM outreach_policy WHERE facility = ? "
					+ "ORDER BY version DESC LIMIT 1", (rs, i) -> {
						int version = rs.getInt(1);
						String document = rs.getString(2);
						PolicyReader.Read read = this.parsed.computeIfAbsent(key + "#" + version,
								(k) -> PolicyReader.read(document));
						return new Stored(version, read, rs.getString(3), rs.getTimestamp(4).toInstant());
					}, key)
			.stream()
			.findFirst();
	}

	private static String key(String facility) {
		return (facility == null) ? DEFAULT : facility.trim();
	}

	private record Stored(int version, PolicyReader.Read read, String changedBy, Instant changedAt) {

		PolicyVersion version(String facility, boolean inherited) {
			return new PolicyVersion(facility, this.version, inherited, this.changedBy, this.changedAt,
					this.read.document());
		}

	}

}
