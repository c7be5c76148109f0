package org.peersupport.referral.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One place a clinician can be referred to. */
@MappedEntity("resource")
public record SupportResource(@Id String code, ResourceKind kind, String name, @Nullable String phone,
		@Nullable String url, @Nullable String hours, String description, boolean crisis, int sortOrder) {
}
