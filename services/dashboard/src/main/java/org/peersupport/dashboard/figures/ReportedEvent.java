package org.peersupport.dashboard.figures;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An adverse event the dashboard has counted. */
@MappedEntity("reported_event")
public record ReportedEvent(@Id String eventId) {
}
