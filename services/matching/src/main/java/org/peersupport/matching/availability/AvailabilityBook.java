package org.peersupport.matching.availability;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.envelope.EventJson;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supporters' own availability: stored whole, replaced whole. */
@Service
public class AvailabilityBook {

	private static final TypeReference<List<Availability.WeeklyWindow>> WINDOWS = new TypeReference<>() {
	};

	private static final TypeReference<List<Availability.OnCallSlot>> SLOTS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final JsonMapper json = EventJson.mapper();

	private final RowMapper<Availability> rows = (rs, row) -> new Availability(ZoneId.of(rs.getString("zone")),
			this.json.readValue(rs.getString("windows"), WINDOWS), this.json.readValue(rs.getString("on_call"), SLOTS));

	AvailabilityBook(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Availability of(String staffId) {
		return this.jdbc.query("SELECT * FROM availability WHERE staff_id = ?", this.rows, staffId)
			.stream()
			.findFirst()
			.orElse(Availability.NONE);
	}

	/** Everyone who declared availability, by staff id. */
	@Transactional(readOnly = true)
	public Map<String, Availability> all() {
		Map<String, Availability> all = new HashMap<>();
		this.jdbc.query("SELECT * FROM availability", (RowCallbackHandler) (rs) -> {
			all.put(rs.getString("staff_id"), this.rows.mapRow(rs, 0));
		});
		return all;
	}

	@Transactional
	public Availability replace(String staffId, Availability availability) {
		this.jdbc.update(
				"INSERT INTO availability (staff_id, zone, windows, on_call, updated_at) VALUES (?, ?, ?, ?, ?) "
						+ "ON CONFLICT (staff_id) DO UPDATE SET zone = EXCLUDED.zone, windows = EXCLUDED.windows, "
						+ "on_call = EXCLUDED.on_call, updated_at = EXCLUDED.updated_at",
				staffId, availability.zone().getId(), this.json.writeValueAsString(availability.windows()),
				this.json.writeValueAsString(availability.onCall()), Timestamp.from(this.clock.instant()));
		return availability;
	}

}
