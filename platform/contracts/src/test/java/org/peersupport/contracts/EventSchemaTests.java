package org.peersupport.contracts;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.contracts.envelope.EventEnvelope;
import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.DebriefInvitee;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.StaffDirectoryEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event record is checked against the JSON Schema published beside it, so that the
 * Java record and the document other teams code against cannot drift apart.
 */
class EventSchemaTests {

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	static List<EventType<?>> eventTypes() {
		return Events.all();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void aFullyPopulatedRecordIsValidAgainstItsSchema(EventType<?> eventType) throws Exception {
		JsonNode json = EventJson.mapper().valueToTree(sample(eventType.dataClass()));
		assertThat(schema(eventType.schema()).validate(json)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void theSchemaDescribesExactlyTheRecordComponents(EventType<?> eventType) throws Exception {
		JsonNode schemaJson = EventJson.mapper().readTree(resource(eventType.schema()));
		Set<String> properties = new HashSet<>(schemaJson.get("properties").propertyNames());
		Set<String> components = new HashSet<>();
		for (RecordComponent component : eventType.dataClass().getRecordComponents()) {
			components.add(component.getName());
		}
		assertThat(properties).isEqualTo(components);
		assertThat(schemaJson.get("additionalProperties").asBoolean()).isFalse();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void aRecordMissingARequiredFieldIsRejected(EventType<?> eventType) throws Exception {
		ObjectNode json = EventJson.mapper().valueToTree(sample(eventType.dataClass()));
		JsonNode schemaJson = EventJson.mapper().readTree(resource(eventType.schema()));
		String firstRequired = schemaJson.get("required").get(0).asString();
		json.remove(firstRequired);
		List<Error> errors = schema(eventType.schema()).validate(json);
		assertThat(errors).isNotEmpty();
	}

	@Test
	void aCampaignsCaseIsDueWithoutEventsAnIncidentsNever() throws Exception {
		Instant now = Instant.parse("2026-12-01T15:00:00Z");
		Schema due = schema(Events.OUTREACH_DUE.schema());
		OutreachDue campaign = new OutreachDue("3f81a2d4-6c0e-4b7a-9d25-e1f8c3b07a69", "S-1", List.of(), List.of(),
				HarmLevel.NO_HARM, false, "MAIN", null, now, now, now.plusSeconds(3600), CaseSource.CAMPAIGN);
		assertThat(due.validate(EventJson.mapper().valueToTree(campaign))).isEmpty();
		ObjectNode incident = EventJson.mapper().valueToTree(campaign);
		incident.put("source", "INCIDENT");
		assertThat(due.validate(incident)).isNotEmpty();
		incident.remove("source");
		assertThat(due.validate(incident)).as("a record without a source is an incident's").isNotEmpty();
	}

	/**
	 * The directory publishes names and e-mail addresses sealed with the person's key
	 * (platform/shredding's {@code ps1:} envelope): the schema takes them, and still
	 * takes the plain values of entries published before sealing began.
	 */
	@Test
	void aDirectoryEntryWithASealedNameAndAddressIsValid() throws Exception {
		Schema directory = schema(Events.STAFF_DIRECTORY_ENTRY.schema());
		StaffDirectoryEntry sealed = new StaffDirectoryEntry("S-1", "ps1:q83vEjRWeJASNFZ4kBI0VniQEjRWeJASNFZ4kA==",
				"ps1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGw==", "ICU", "RN", null, false, false, null, true, 0,
				Instant.parse("2026-12-01T15:00:00Z"));
		assertThat(directory.validate(EventJson.mapper().valueToTree(sealed))).isEmpty();
		StaffDirectoryEntry plain = new StaffDirectoryEntry("S-1", "Alex Rivera", "alex@hospital.test", "ICU", "RN",
				null, false, false, null, true, 0, Instant.parse("2026-12-01T15:00:00Z"));
		assertThat(directory.validate(EventJson.mapper().valueToTree(plain))).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void theEnvelopeOfEveryTypeIsAValidCloudEvent(EventType<?> eventType) throws Exception {
		EventEnvelope envelope = wrap(eventType);
		JsonNode json = EventJson.mapper().valueToTree(envelope);
		assertThat(schema("cloudevent-envelope.v1.json").validate(json)).isEmpty();
		assertThat(envelope.type()).doesNotContain("Reported").startsWith("org.peersupport.").endsWith(".v1");
		assertThat(envelope.dataAs(eventType, EventJson.mapper())).isEqualTo(sample(eventType.dataClass()));
	}

	@Test
	void everyTopicHasItsOwnDeadLetterNamingAndOnlyTheDirectoryIsCompacted() {
		assertThat(Topics.deadLetterTopic("outreach")).isEqualTo("outreach.dlq");
		assertThat(Topics.all()).filteredOn(Topics::isCompacted).containsExactly(Topics.STAFF_DIRECTORY);
		assertThat(Events.all()).extracting(EventType::topic).doesNotHaveDuplicates();
	}

	private static <T> EventEnvelope wrap(EventType<T> eventType) throws Exception {
		return EventEnvelope.wrap(eventType, "/peersupport/test", "subject-1", Instant.parse("2026-01-02T03:04:05Z"),
				sample(eventType.dataClass()), EventJson.mapper());
	}

	private static Schema schema(String name) throws Exception {
		return SCHEMAS.getSchema(resource(name));
	}

	private static InputStream resource(String name) {
		InputStream stream = EventSchemaTests.class.getResourceAsStream("/schemas/" + name);
		assertThat(stream).as("schema " + name).isNotNull();
		return stream;
	}

	/**
	 * Builds a record with every component set, so that nullable fields are checked too.
	 */
	private static <T> T sample(Class<T> type) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		List<Object> values = new ArrayList<>();
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values.add(sampleValue(components[i]));
		}
		return type.getDeclaredConstructor(types).newInstance(values.toArray());
	}

	private static List<?> sampleList(RecordComponent component) {
		Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
		if (element == InvolvedClinician.class) {
			return List.of(new InvolvedClinician("S-1", InvolvementRole.PRIMARY));
		}
		if (element == DebriefInvitee.class) {
			return List.of(new DebriefInvitee("S-1", "EMAIL"));
		}
		if (element instanceof Class<?> elementClass && elementClass.isEnum()) {
			return List.of(elementClass.getEnumConstants()[0]);
		}
		return List.of("x-1");
	}

	private static Object sampleValue(RecordComponent component) throws Exception {
		Class<?> type = component.getType();
		if (type == String.class) {
			return component.getName() + "-1";
		}
		if (type == Instant.class) {
			return Instant.parse("2026-01-02T03:04:05Z");
		}
		if (type == boolean.class) {
			return true;
		}
		if (type == int.class) {
			return 2;
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type == LocalDate.class) {
			return LocalDate.parse("2026-01-02");
		}
		if (type == List.class) {
			return sampleList(component);
		}
		if (type.isRecord()) {
			return sample(type);
		}
		throw new IllegalStateException("no sample for " + type);
	}

}
