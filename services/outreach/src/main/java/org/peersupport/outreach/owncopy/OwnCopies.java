package org.peersupport.outreach.owncopy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.accesstrail.OwnRecordsSections;
import org.peersupport.accesstrail.RecordsDocument;
import org.peersupport.accesstrail.RecordsSection;
import org.peersupport.web.Blocking;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * A person's own copy of everything the platform holds about them: outreach's section
 * read here, every other service's asked for over its API with the person's own access
 * token (so each service checks who asks, as for any call, and records the read in its
 * own trail). Services talk only through Kafka; this is the clinician's page calling
 * several service APIs, which DESIGN.md allows a UI. A service that does not answer, or
 * answers anything but the person's own section, is listed as unavailable, never left
 * out.
 */
@Component
@EnableConfigurationProperties(MyRecordsSettings.class)
public class OwnCopies {

	private static final Logger log = LoggerFactory.getLogger(OwnCopies.class);

	private final OwnRecordsSections local;

	private final String service;

	private final MyRecordsSettings settings;

	private final Clock clock;

	private final WebClient web = WebClient.create();

	OwnCopies(OwnRecordsSections local, @Value("${spring.application.name}") String service, MyRecordsSettings settings,
			Clock clock) {
		this.local = local;
		this.service = service;
		this.settings = settings;
		this.clock = clock;
	}

	/** The copy of {@code staffId}, each remote section asked for with {@code token}. */
	public Mono<RecordsDocument> of(String staffId, String accessToken) {
		return Flux.fromIterable(RecordsDocument.SERVICES)
			.flatMapSequential((name) -> section(name, staffId, accessToken).map((section) -> Map.entry(name, section)))
			.collectList()
			.map((sections) -> {
				Map<String, Object> byService = new LinkedHashMap<>();
				List<String> unavailable = new ArrayList<>();
				for (Map.Entry<String, Object> section : sections) {
					byService.put(section.getKey(), section.getValue());
					if (section.getValue() instanceof RecordsSection s
							&& RecordsSection.UNAVAILABLE.equals(s.status())) {
						unavailable.add(section.getKey());
					}
				}
				return new RecordsDocument(staffId, this.clock.instant(), RecordsDocument.ABOUT, byService,
						unavailable);
			});
	}

	private Mono<Object> section(String name, String staffId, String accessToken) {
		if (name.equals(this.service)) {
			return Blocking.call(() -> this.local.of(staffId));
		}
		java.net.URI base = this.settings.services().get(name);
		if (base == null) {
			return Mono.just(RecordsSection.unavailable(name,
					"not configured here (peersupport.my-records.services." + name + ")"));
		}
		return this.web.get()
			.uri(base.resolve(RecordsSection.PATH))
			.headers((headers) -> headers.setBearerAuth(accessToken))
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(JsonNode.class)
			.timeout(this.settings.timeout())
			.<Object>map((answer) -> own(name, staffId, answer))
			.onErrorResume((ex) -> Mono.just(RecordsSection.unavailable(name, reason(name, ex))));
	}

	/**
	 * A section is shown only if it is the person's own and complete: anything else
	 * (another staff id, an unavailable answer) is listed as unavailable.
	 */
	private static Object own(String name, String staffId, JsonNode answer) {
		if (!staffId.equals(answer.path("staffId").asString(null))
				|| !RecordsSection.ANSWERED.equals(answer.path("status").asString(null))) {
			return RecordsSection.unavailable(name, "answered something other than your own section");
		}
		return answer;
	}

	private String reason(String name, Throwable ex) {
		log.warn("own copy: the {} section is unavailable: {}", name, ex.getClass().getSimpleName());
		if (ex instanceof TimeoutException) {
			return "did not answer within " + this.settings.timeout().toSeconds() + " s";
		}
		if (ex instanceof WebClientResponseException answer) {
			return "answered " + answer.getStatusCode().value();
		}
		return "could not be reached";
	}

}
