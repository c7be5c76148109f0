package org.peersupport.contracts;

/**
 * A wire type: the stable CloudEvents {@code type}, the topic it travels on, the record
 * that carries its data and the JSON Schema that describes that data.
 *
 * @param type the CloudEvents type, such as
 * {@code org.peersupport.adverse-event.reported.v1}
 * @param topic the Kafka topic
 * @param dataClass the record carried as the event's data
 * @param schema the schema resource name under {@code /schemas}
 * @param <T> the data record
 */
public record EventType<T>(String type, String topic, Class<T> dataClass, String schema) {

	/** The {@code dataschema} URI placed in every envelope of this type. */
	public String dataschemaUri() {
		return "https://peersupport.org/schemas/" + this.schema;
	}

}
