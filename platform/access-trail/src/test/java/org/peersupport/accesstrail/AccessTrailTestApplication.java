package org.peersupport.accesstrail;

import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.peersupport.security.AccessRules;
import org.peersupport.security.Actor;
import org.peersupport.security.Role;
import org.peersupport.testkit.MutableClock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bare service with the platform's identity and access trail and one route that reads a
 * member of staff's record, which clinicians may call and nobody else.
 */
@SpringBootApplication
public class AccessTrailTestApplication {

	@Bean
	AccessRules probeAccess() {
		return (exchanges) -> exchanges
			.pathMatchers(HttpMethod.GET, "/api/v1/probes/*", "/api/v1/probes/*/unattributed")
			.hasRole(Role.CLINICIAN.name());
	}

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.now());
	}

	@RestController
	static class ProbeController {

		@GetMapping("/api/v1/probes/{staffId}")
		Mono<Map<String, String>> probe(@PathVariable String staffId, Actor actor) {
			return Mono.just(Map.of("staffId", staffId, "reader", actor.auditName()));
		}

		@GetMapping("/api/v1/probes/{staffId}/unattributed")
		Mono<Map<String, String>> unattributed(@PathVariable String staffId) {
			return Mono.just(Map.of("staffId", staffId));
		}

	}

}
