package org.peersupport.matching.scim;

import java.util.Optional;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.web.Blocking;
import org.peersupport.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /scim/v2/Users} (RFC 7644 §3): the hospital's identity system creates, replaces,
 * patches, deactivates, deletes and finds the directory's people. Only its provisioning
 * client reaches here ({@link ScimAccess}); every refusal is a SCIM error, never a 5xx.
 */
@RestController
class ScimUsersController {

	private static final String USERS = "/scim/v2/Users";

	private final ScimUsers users;

	ScimUsersController(ScimUsers users) {
		this.users = users;
	}

	@PostMapping(USERS)
	Mono<ResponseEntity<String>> create(@RequestBody(required = false) byte[] body, ServerHttpRequest request) {
		return Blocking.call(() -> this.users.create(ScimHttp.read(body), ScimHttp.base(request)))
			.map((user) -> ScimHttp.answer(201, user, request));
	}

	@GetMapping(USERS + "/{id}")
	Mono<ResponseEntity<String>> get(@PathVariable String id, ServerHttpRequest request) {
		return Blocking.call(() -> this.users.get(id, ScimHttp.base(request)))
			.map((user) -> ScimHttp.answer(200, user, request));
	}

	@PutMapping(USERS + "/{id}")
	Mono<ResponseEntity<String>> replace(@PathVariable String id, @RequestBody(required = false) byte[] body,
			ServerHttpRequest request) {
		return Blocking.call(() -> this.users.replace(id, ScimHttp.read(body), ScimHttp.base(request)))
			.map((user) -> ScimHttp.answer(200, user, request));
	}

	@PatchMapping(USERS + "/{id}")
	Mono<ResponseEntity<String>> patch(@PathVariable String id, @RequestBody(required = false) byte[] body,
			ServerHttpRequest request) {
		return Blocking.call(() -> this.users.patch(id, ScimHttp.read(body), ScimHttp.base(request)))
			.map((user) -> ScimHttp.answer(200, user, request));
	}

	@DeleteMapping(USERS + "/{id}")
	Mono<ResponseEntity<String>> delete(@PathVariable String id) {
		return Blocking.call(() -> {
			this.users.delete(id);
			return ResponseEntity.noContent().<String>build();
		});
	}

	@GetMapping(USERS)
	Mono<ResponseEntity<String>> list(@RequestParam Optional<String> filter, @RequestParam Optional<String> startIndex,
			@RequestParam Optional<String> count, ServerHttpRequest request) {
		return Blocking.call(() -> {
			ScimFilter parsed = filter.filter((text) -> !text.isBlank()).map(ScimFilter::parse).orElse(null);
			int start = number(startIndex, "startIndex", 1);
			int most = number(count, "count", ScimUsers.MAX_RESULTS);
			return this.users.list(parsed, start, most, ScimHttp.base(request));
		}).map((page) -> ScimHttp.answer(200, listResponse(page), request));
	}

	@ExceptionHandler(ScimException.class)
	ResponseEntity<String> refused(ScimException refusal, ServerHttpRequest request) {
		return ScimHttp.error(refusal, request);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException missing, ServerHttpRequest request) {
		return ScimHttp.error(ScimException.notFound(missing.getMessage()), request);
	}

	private static ObjectNode listResponse(ScimUsers.Page page) {
		ObjectNode list = JsonNodeFactory.instance.objectNode();
		list.putArray("schemas").add(ScimSchemas.LIST);
		list.put("totalResults", page.total());
		list.put("startIndex", page.startIndex());
		list.put("itemsPerPage", page.users().size());
		list.putArray("Resources").addAll(page.users());
		return list;
	}

	/**
	 * A whole number of at least zero; RFC 7644 §3.4.2.4 treats less than 1 as 1 for
	 * startIndex.
	 */
	private static int number(Optional<String> text, String name, int absent) {
		if (text.isEmpty() || text.get().isBlank()) {
			return absent;
		}
		try {
			return Math.max(Integer.parseInt(text.get().strip()), 0);
		}
		catch (NumberFormatException ex) {
			throw ScimException.invalidValue(name + " must be a whole number");
		}
	}

}
