package org.peersupport.accesstrail;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The trail's settings ({@code peersupport.access-trail.*}); defaults in
 * META-INF/peersupport-defaults/access-trail.properties.
 *
 * @param digestKey the key of the identity digest; keep it secret
 * @param unrecorded path patterns that are not recorded (health, assets)
 * @param unattributed routes ({@code METHOD /pattern}, as the controller declares it)
 * recorded without who called or from where: a contribution designed to be unlinkable to
 * its author (the dashboard's survey responses) must not be linked by the trail
 */
@ConfigurationProperties("peersupport.access-trail")
record AccessTrailSettings(String digestKey, List<String> unrecorded, List<String> unattributed) {

	static final String DEVELOPMENT_KEY = "peersupport-access-trail-development-key";

	AccessTrailSettings {
		unrecorded = (unrecorded != null) ? List.copyOf(unrecorded) : List.of();
		unattributed = (unattributed != null) ? List.copyOf(unattributed) : List.of();
	}

}
