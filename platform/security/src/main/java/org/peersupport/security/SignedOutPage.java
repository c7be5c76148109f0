package org.peersupport.security;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Where a person lands after signing out of a service's pages (and of the identity
 * provider): a plain page that holds nothing and needs no session.
 */
final class SignedOutPage {

	static final String PATH = "/signed-out";

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><title>Signed out</title>
			<meta name="viewport" content="width=device-width, initial-scale=1"></head>
			<body><main><h1>You are signed out</h1>
			<p>Thank you. You can close this window, or <a href="/">sign in again</a>.</p></main></body></html>
			""";

	private SignedOutPage() {
	}

	static RouterFunction<ServerResponse> route() {
		return RouterFunctions.route()
			.GET(PATH, (request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(PAGE))
			.build();
	}

}
