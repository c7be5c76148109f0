package org.peersupport.outreach.owncopy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a person's own copy reads each service's section
 * ({@code peersupport.my-records.*}).
 *
 * @param services each service's base URL, by service name
 * ({@code peersupport.my-records.services.matching=http://matching:8083}); outreach's own
 * section is read in-process, and a service not named here is listed as unavailable
 * @param timeout how long a service may take to answer before it is listed as unavailable
 */
@ConfigurationProperties("peersupport.my-records")
record MyRecordsSettings(Map<String, URI> services, @DefaultValue("10s") Duration timeout) {

	MyRecordsSettings {
		services = (services != null) ? Map.copyOf(services) : Map.of();
	}

}
