package org.peersupport.matching.scim;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * SCIM over HTTP: bodies read as JSON whichever of {@code application/scim+json} and
 * {@code application/json} they are sent as, answers in the type the client accepts
 * ({@code application/scim+json} unless it asks for plain JSON only), and errors as RFC
 * 7644 §3.12 shapes them.
 */
final class ScimHttp {

	static final MediaType SCIM_JSON = MediaType.parseMediaType(ScimSchemas.MEDIA_TYPE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScimHttp() {
	}

	static JsonNode read(byte[] body) {
		if (body == null || body.length == 0) {
			throw ScimException.invalidSyntax("the request has no body");
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw ScimException.invalidSyntax("the body is not valid JSON");
		}
	}

	static ResponseEntity<String> answer(int status, JsonNode body, ServerHttpRequest request) {
		return ResponseEntity.status(status).contentType(type(request)).body(JSON.writeValueAsString(body));
	}

	static ResponseEntity<String> error(ScimException refusal, ServerHttpRequest request) {
		ObjectNode body = JSON.createObjectNode();
		body.putArray("schemas").add(ScimSchemas.ERROR);
		// RFC 7644 §3.12 gives the status as a string.
		body.put("status", String.valueOf(refusal.status()));
		if (refusal.scimType() != null) {
			body.put("scimType", refusal.scimType());
		}
		body.put("detail", refusal.getMessage());
		return answer(refusal.status(), body, request);
	}

	/** Where this service is reached, for {@code meta.location}. */
	static String base(ServerHttpRequest request) {
		return UriComponentsBuilder.fromUri(request.getURI())
			.replacePath(null)
			.replaceQuery(null)
			.build()
			.toUriString();
	}

	private static MediaType type(ServerHttpRequest request) {
		List<MediaType> accepted = request.getHeaders().getAccept();
		boolean plainOnly = !accepted.isEmpty()
				&& accepted.stream().noneMatch((type) -> type.isWildcardType() || type.isCompatibleWith(SCIM_JSON))
				&& accepted.stream().anyMatch((type) -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
		return plainOnly ? MediaType.APPLICATION_JSON : SCIM_JSON;
	}

}
