package org.peersupport.contracts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/asyncapi.yaml is what other teams read; this keeps it from silently missing a
 * topic or an event type that the contracts module defines.
 */
class AsyncApiDocumentTests {

	private static final Path DOCUMENT = Path.of("../../docs/asyncapi.yaml");

	@Test
	void everyTopicIsAChannelAndEveryEventTypeIsAMessage() throws Exception {
		String document = Files.readString(DOCUMENT);
		for (String topic : Topics.all()) {
			assertThat(document).as("channel for " + topic).contains("address: " + topic + "\n");
		}
		for (EventType<?> eventType : Events.all()) {
			assertThat(document).as("message for " + eventType.type())
				.contains("const: " + eventType.type() + "\n")
				.contains("schemas/" + eventType.schema() + "'");
		}
	}

}
