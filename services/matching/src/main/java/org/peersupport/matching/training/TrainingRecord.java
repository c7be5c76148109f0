package org.peersupport.matching.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One training a supporter completed.
 *
 * @param id the record
 * @param staffId the supporter
 * @param kind what training
 * @param completedOn when they completed it
 * @param expiresOn the last day it counts, or null when it does not expire
 * @param recordedAt when an administrator recorded it
 */
@MappedEntity("training_record")
public record TrainingRecord(@Id UUID id, String staffId, TrainingKind kind, LocalDate completedOn,
		@Nullable LocalDate expiresOn, Instant recordedAt) {
}
