package org.peersupport.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OpenID provider on the loopback interface, so a real browser signs in to the
 * a service's pages exactly as it would at the hospital: authorization code with PKCE, an
 * ID token signed with the test identity provider's key (whose JWK set the service
 * fetches), the nonce and the code verifier checked. Whoever reaches {@code /authorize}
 * is signed in as the one person this provider was made for: there is no login form to
 * fill in. It lives in the tests only; the service has no way in that skips its sign-in.
 */
public final class TestSignInProvider implements AutoCloseable {

	public static final String CLIENT_ID = "peersupport-pages";

	private final HttpServer server;

	private final String subject;

	private final List<String> roles;

	private final Map<String, Object> claims;

	private final Map<String, Grant> grants = new ConcurrentHashMap<>();

	private record Grant(String nonce, String challenge, String redirectUri) {
	}

	/** A provider that signs every browser in as this person. */
	public TestSignInProvider(String subject, String... roles) {
		this(subject, Map.of(), roles);
	}

	/**
	 * A provider that signs every browser in as this person, with these claims too (a
	 * staff id, the facilities an administrator covers).
	 */
	public TestSignInProvider(String subject, Map<String, Object> claims, String... roles) {
		this.subject = subject;
		this.roles = List.of(roles);
		this.claims = Map.copyOf(claims);
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/authorize", this::authorize);
		this.server.createContext("/token", this::token);
		// A thread per exchange, so a browser's request and the service's token request
		// never wait for each other.
		this.server.setExecutor(Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "test-sign-in");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.start();
	}

	public String authorizationUri() {
		return base() + "/authorize";
	}

	public String tokenUri() {
		return base() + "/token";
	}

	/** The test identity provider's keys: the ID tokens are signed with them. */
	public String jwkSetUri() {
		return TestIdentity.get().issuer() + "/jwks";
	}

	/**
	 * The properties that turn on a service's page sign-in (oauth2Login) with this
	 * provider: a public client with PKCE, its endpoints given rather than discovered.
	 */
	public Map<String, String> pageSignInProperties() {
		String registration = "spring.security.oauth2.client.registration.peersupport.";
		String provider = "spring.security.oauth2.client.provider.peersupport.";
		return Map.ofEntries(Map.entry(registration + "client-id", CLIENT_ID),
				Map.entry(registration + "client-authentication-method", "none"),
				Map.entry(registration + "authorization-grant-type", "authorization_code"),
				Map.entry(registration + "redirect-uri", "{baseUrl}/login/oauth2/code/{registrationId}"),
				Map.entry(registration + "scope", "openid"),
				Map.entry(provider + "authorization-uri", authorizationUri()),
				Map.entry(provider + "token-uri", tokenUri()), Map.entry(provider + "jwk-set-uri", jwkSetUri()),
				Map.entry(provider + "user-name-attribute", "sub"),
				// Plain HTTP on localhost: the session cookie cannot be a secure one.
				Map.entry("peersupport.security.secure-cookies", "false"));
	}

	private String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		if (!"code".equals(query.get("response_type")) || !CLIENT_ID.equals(query.get("client_id"))
				|| !"S256".equals(query.get("code_challenge_method")) || query.get("nonce") == null) {
			send(exchange, 400, "text/plain", "not an authorization code request with PKCE and a nonce");
			return;
		}
		String code = UUID.randomUUID().toString();
		this.grants.put(code, new Grant(query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
		URI back = URI.create(query.get("redirect_uri") + "?code=" + code + "&state="
				+ URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
		exchange.getResponseHeaders().set("Location", back.toString());
		send(exchange, 302, "text/plain", "Signed in; continue at " + back);
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		Grant grant = this.grants.remove(String.valueOf(form.get("code")));
		if (grant == null || !"authorization_code".equals(form.get("grant_type"))
				|| !CLIENT_ID.equals(form.get("client_id")) || !grant.redirectUri().equals(form.get("redirect_uri"))
				|| !grant.challenge().equals(challenge(form.get("code_verifier")))) {
			send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
			return;
		}
		TestIdentity.TokenBuilder token = TestIdentity.get()
			.token()
			.subject(this.subject)
			.audience(CLIENT_ID)
			.claim("nonce", grant.nonce())
			.roles(this.roles.toArray(String[]::new));
		this.claims.forEach(token::claim);
		String idToken = token.sign();
		send(exchange, 200, "application/json",
				"{\"access_token\":\"" + UUID.randomUUID()
						+ "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid\",\"id_token\":\""
						+ idToken + "\"}");
	}

	private static String challenge(String verifier) {
		if (verifier == null) {
			return "";
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> form(String encoded) {
		Map<String, String> values = new HashMap<>();
		if (encoded == null) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		// No keep-alive: each request on a connection of its own, answered in full.
		exchange.getResponseHeaders().set("Connection", "close");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
