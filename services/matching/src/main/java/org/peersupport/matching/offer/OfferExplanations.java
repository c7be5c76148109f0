package org.peersupport.matching.offer;

import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.envelope.EventJson;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores each offer's explanation beside it, as JSON. */
@Component
public class OfferExplanations {

	private final JdbcTemplate jdbc;

	private final JsonMapper json = EventJson.mapper();

	OfferExplanations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(OfferExplanation explanation) {
		this.jdbc.update("INSERT INTO offer_explanation (offer_id, explanation) VALUES (?, ?::jsonb)",
				UUID.fromString(explanation.offerId()), this.json.writeValueAsString(explanation));
	}

	@Transactional(readOnly = true)
	public Optional<OfferExplanation> find(UUID offerId) {
		return this.jdbc
			.queryForList("SELECT explanation::text FROM offer_explanation WHERE offer_id = ?", String.class, offerId)
			.stream()
			.findFirst()
			.map((text) -> this.json.readValue(text, OfferExplanation.class));
	}

}
