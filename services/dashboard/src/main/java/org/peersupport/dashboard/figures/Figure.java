package org.peersupport.dashboard.figures;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A named running count, such as the number of events reported. */
@MappedEntity("figure")
public record Figure(@Id String name, long value) {
}
