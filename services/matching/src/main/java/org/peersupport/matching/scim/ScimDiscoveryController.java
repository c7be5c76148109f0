package org.peersupport.matching.scim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an identity system probes before it provisions (RFC 7644 §4): the supported
 * features, the one resource type and its schemas, from {@code src/main/resources/scim}.
 */
@RestController
class ScimDiscoveryController {

	private final JsonNode config = load("ServiceProviderConfig.json");

	private final JsonNode types = load("ResourceTypes.json");

	private final JsonNode schemas = load("Schemas.json");

	@GetMapping("/scim/v2/ServiceProviderConfig")
	ResponseEntity<String> serviceProviderConfig(ServerHttpRequest request) {
		return ScimHttp.answer(200, this.config, request);
	}

	@GetMapping("/scim/v2/ResourceTypes")
	ResponseEntity<String> resourceTypes(ServerHttpRequest request) {
		return ScimHttp.answer(200, this.types, request);
	}

	@GetMapping("/scim/v2/Schemas")
	ResponseEntity<String> schemas(ServerHttpRequest request) {
		return ScimHttp.answer(200, this.schemas, request);
	}

	private static JsonNode load(String name) {
		try (InputStream in = new ClassPathResource("scim/" + name).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
