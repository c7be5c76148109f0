package org.peersupport.contracts.envelope;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.peersupport.contracts.EventType;

/**
 * A CloudEvents 1.0 record in structured JSON mode: the envelope and its data travel
 * together as the Kafka record value.
 *
 * @param specversion always {@code 1.0}
 * @param id unique per event; consumers deduplicate on it
 * @param source the producing service, such as {@code /peersupport/intake}
 * @param type the stable, versioned wire type
 * @param time when the state change happened
 * @param subject the entity the event is about (event id, case id, staff id)
 * @param dataschema the JSON Schema of the data
 * @param datacontenttype always {@code application/json}
 * @param data the event's data
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(String specversion, String id, String source, String type, Instant time, String subject,
		String dataschema, String datacontenttype, JsonNode data) {

	/** The content type of a structured-mode CloudEvent. */
	public static final String CONTENT_TYPE = "application/cloudevents+json";

	public static <T> EventEnvelope wrap(EventType<T> eventType, String source, String subject, Instant time, T data,
			ObjectMapper mapper) {
		return new EventEnvelope("1.0", UUID.randomUUID().toString(), source, eventType.type(), time, subject,
				eventType.dataschemaUri(), "application/json", mapper.valueToTree(data));
	}

	public <T> T dataAs(EventType<T> eventType, ObjectMapper mapper) {
		if (!eventType.type().equals(this.type)) {
			throw new IllegalArgumentException("expected type " + eventType.type() + " but was " + this.type);
		}
		return mapper.treeToValue(this.data, eventType.dataClass());
	}

}
