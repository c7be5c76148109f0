package org.peersupport.persistence;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * A platform module's own migrations (the timers' table, the access trail), added to the
 * service's Flyway locations, so every service that has the module gets its tables
 * without a migration of its own.
 */
public final class PlatformMigrations {

	private PlatformMigrations() {
	}

	/** Adds {@code location} (such as {@code classpath:db/timers}) if it is missing. */
	public static FlywayConfigurationCustomizer adding(String location) {
		Location added = new Location(location);
		return (configuration) -> {
			Location[] locations = configuration.getLocations();
			if (Arrays.stream(locations).noneMatch((known) -> known.equals(added))) {
				configuration
					.locations(Stream.concat(Arrays.stream(locations), Stream.of(added)).toArray(Location[]::new));
			}
		};
	}

}
