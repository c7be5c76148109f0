package org.peersupport.persistence.sample;

import java.util.UUID;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("note")
public record Note(@Id UUID id, String body) {
}
