package org.peersupport.contracts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.StaffDirectoryEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code startedOn} came later: the compacted directory topic still holds entries without
 * it, and they must read as "not known", not fail.
 */
class StaffDirectoryEntryTests {

	private static final String WITHOUT_STARTED_ON = """
			{"staffId":"S-1","name":"Alex Rivera","email":null,"department":"ICU","role":"RESIDENT",
			 "supervisorId":null,"supporter":false,"trained":false,"trainingExpiresOn":null,"active":true,
			 "maxActive":0,"updatedAt":"2026-03-01T07:00:00Z"}""";

	@Test
	void anEntryPublishedBeforeStartedOnReadsWithoutOne() {
		StaffDirectoryEntry old = EventJson.mapper().readValue(WITHOUT_STARTED_ON, StaffDirectoryEntry.class);
		assertThat(old.staffId()).isEqualTo("S-1");
		assertThat(old.role()).isEqualTo("RESIDENT");
		assertThat(old.startedOn()).isNull();
	}

	@Test
	void startedOnTravelsAsADate() {
		String json = WITHOUT_STARTED_ON.replace("}", ",\"startedOn\":\"2026-07-01\"}");
		StaffDirectoryEntry entry = EventJson.mapper().readValue(json, StaffDirectoryEntry.class);
		assertThat(entry.startedOn()).isEqualTo(LocalDate.parse("2026-07-01"));
		assertThat(EventJson.mapper().writeValueAsString(entry)).contains("\"startedOn\":\"2026-07-01\"");
	}

}
