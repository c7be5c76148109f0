package org.peersupport.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo identity provider as the standalone runs it, exercised only over HTTP as the
 * services, a risk system, a browser and {@code bin/token} use it.
 */
class DemoIdentityServerIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** What a browser asks for when it follows a link or a redirect. */
	private static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final String JSON = "application/json";

	private static final String CLI_REDIRECT = "http://127.0.0.1:8976/callback";

	private static final String PAGES_REDIRECT = "http://localhost:8080/login/oauth2/code/peersupport";

	private static final InMemoryDemoDirectory directory = DemoDirectory.of("N-42");

	@TempDir
	static Path dataDir;

	private static HttpServer riskSystemKeys;

	private static RSAKey riskSystemKey;

	private static ConfigurableApplicationContext server;

	private static String issuer;

	@BeforeAll
	static void start() throws Exception {
		// A risk system's own key, published as a JWK set, for the private_key_jwt
		// client.
		riskSystemKey = new RSAKeyGenerator(2048).keyID("risk-system-key").generate();
		riskSystemKeys = serveKeys(new JWKSet(riskSystemKey.toPublicJWK()));
		server = DemoIdentityServer.start(0, directory, dataDir, List.of("http://localhost:8080"),
				"--peersupport.identity.risk-system-jwks-url=" + jwksUrl(riskSystemKeys));
		issuer = DemoIdentityServer.issuer(server);
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
		if (riskSystemKeys != null) {
			riskSystemKeys.stop(0);
		}
	}

	@Test
	void discoveryNamesTheIssuerAndItsEndpoints() throws Exception {
		HttpResponse<String> response = new Browser().get(issuer + "/.well-known/openid-configuration", JSON, null);

		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> discovery = map(response.body());
		assertThat(discovery).containsEntry("issuer", issuer)
			.containsEntry("jwks_uri", issuer + "/oauth2/jwks")
			.containsEntry("token_endpoint", issuer + "/oauth2/token")
			.containsKeys("authorization_endpoint", "userinfo_endpoint", "end_session_endpoint");
		assertThat(issuer).startsWith("http://localhost:");
	}

	@Test
	void riskSystemGetsAShortLivedReportToken() throws Exception {
		HttpResponse<String> response = new Browser().post(issuer + "/oauth2/token",
				form("grant_type", "client_credentials", "scope", "system/AdverseEvent.write"),
				"Basic " + base64("demo-risk-system:demo-risk-system-secret"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String token = (String) map(response.body()).get("access_token");
		Map<String, Object> claims = payload(token);
		assertThat(header(token)).containsEntry("typ", "at+jwt");
		assertThat(claims).containsEntry("iss", issuer)
			.containsEntry("sub", "demo-risk-system")
			.containsEntry("client_id", "demo-risk-system")
			.doesNotContainKeys("staff_id", "roles");
		assertThat(strings(claims.get("aud"))).contains("peersupport");
		assertThat(strings(claims.get("scope"))).containsExactly("system/AdverseEvent.write");
		assertThat(number(claims, "exp") - number(claims, "iat")).isPositive().isLessThanOrEqualTo(300);
	}

	@Test
	void theDemoProvisioningClientGetsAScimToken() throws Exception {
		HttpResponse<String> response = new Browser().post(issuer + "/oauth2/token",
				form("grant_type", "client_credentials", "scope", "peersupport.scim"),
				"Basic " + base64("demo-scim:demo-scim-secret"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> claims = payload((String) map(response.body()).get("access_token"));
		assertThat(claims).containsEntry("client_id", "demo-scim").doesNotContainKeys("staff_id", "roles");
		assertThat(strings(claims.get("scope"))).containsExactly("peersupport.scim");
	}

	@Test
	void riskSystemCanProveItselfWithItsOwnKey() throws Exception {
		Instant now = Instant.now();
		SignedJWT assertion = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(riskSystemKey.getKeyID()).build(),
				new JWTClaimsSet.Builder().issuer("demo-risk-system-jwt")
					.subject("demo-risk-system-jwt")
					.audience(issuer + "/oauth2/token")
					.jwtID(UUID.randomUUID().toString())
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(60)))
					.build());
		assertion.sign(new RSASSASigner(riskSystemKey));

		HttpResponse<String> response = new Browser().post(issuer + "/oauth2/token",
				form("grant_type", "client_credentials", "scope", "system/AdverseEvent.write", "client_id",
						"demo-risk-system-jwt", "client_assertion_type",
						"urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion",
						assertion.serialize()),
				null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> claims = payload((String) map(response.body()).get("access_token"));
		assertThat(claims).containsEntry("client_id", "demo-risk-system-jwt");
		assertThat(strings(claims.get("aud"))).contains("peersupport");
		assertThat(strings(claims.get("scope"))).containsExactly("system/AdverseEvent.write");
	}

	@Test
	void clinicianSignsInWithAuthorizationCodeAndPkce() throws Exception {
		Browser browser = new Browser();
		Map<String, Object> tokens = browser.signIn("demo-cli", CLI_REDIRECT, "P-1", "demo");

		String accessToken = (String) tokens.get("access_token");
		assertThat(header(accessToken)).containsEntry("typ", "at+jwt");
		Map<String, Object> access = payload(accessToken);
		assertThat(access).containsEntry("iss", issuer)
			.containsEntry("sub", "P-1")
			.containsEntry("staff_id", "P-1")
			.containsEntry("roles", List.of())
			.containsEntry("client_id", "demo-cli");
		assertThat(strings(access.get("aud"))).contains("peersupport", "demo-cli");
		assertThat(number(access, "exp") - number(access, "iat")).isLessThanOrEqualTo(300);

		String idToken = (String) tokens.get("id_token");
		assertThat(header(idToken)).containsEntry("typ", "JWT");
		Map<String, Object> id = payload(idToken);
		assertThat(id).containsEntry("sub", "P-1").containsEntry("staff_id", "P-1");
		assertThat(strings(id.get("aud"))).containsExactly("demo-cli");

		// The pages ask for user info too: it carries the same platform claims.
		HttpResponse<String> userInfo = browser.get(issuer + "/userinfo", JSON, "Bearer " + accessToken);
		assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
		assertThat(map(userInfo.body())).containsEntry("sub", "P-1").containsEntry("staff_id", "P-1");
		// An id token is not an access token.
		assertThat(browser.get(issuer + "/userinfo", JSON, "Bearer " + idToken).statusCode()).isEqualTo(401);
	}

	@Test
	void authorizationRequestOfAPlainHttpClientAlsoLeadsToTheLoginForm() throws Exception {
		HttpResponse<String> response = new Browser().get(
				issuer + "/oauth2/authorize?"
						+ form("response_type", "code", "client_id", "demo-cli", "redirect_uri", CLI_REDIRECT, "scope",
								"openid", "code_challenge", new Pkce().challenge, "code_challenge_method", "S256"),
				"*/*", null);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue(issuer + "/login");
	}

	@Test
	void wrongPasswordGetsNoCode() throws Exception {
		Browser browser = new Browser();
		Pkce pkce = new Pkce();

		String location = browser.authorize("demo-cli", CLI_REDIRECT, "P-1", "not-the-password", pkce);

		assertThat(location).contains("/login?error").doesNotContain("code=");
	}

	@Test
	void staffKnownOnlyToTheDirectorySignIn() throws Exception {
		directory.add("N-77");

		Map<String, Object> known = payload(
				(String) new Browser().signIn("demo-cli", CLI_REDIRECT, "N-42", "demo").get("access_token"));
		Map<String, Object> added = payload(
				(String) new Browser().signIn("demo-cli", CLI_REDIRECT, "N-77", "demo").get("access_token"));

		assertThat(known).containsEntry("staff_id", "N-42");
		assertThat(added).containsEntry("staff_id", "N-77");
		assertThat(new Browser().authorize("demo-cli", CLI_REDIRECT, "N-99", "demo", new Pkce()))
			.contains("/login?error");
	}

	@Test
	void pagesSignInAtTheirLocalhostCallbackAndSignOut() throws Exception {
		Browser browser = new Browser();
		Map<String, Object> tokens = browser.signIn("peersupport-pages", PAGES_REDIRECT, "admin", "demo");

		Map<String, Object> access = payload((String) tokens.get("access_token"));
		assertThat(access).containsEntry("roles", List.of("ADMINISTRATOR")).doesNotContainKey("staff_id");
		assertThat(payload((String) tokens.get("id_token"))).containsEntry("roles", List.of("ADMINISTRATOR"));

		// RP-initiated logout, as PageSignIn does it: back to the page's signed-out page.
		HttpResponse<String> signedOut = browser.get(issuer + "/connect/logout?" + form("id_token_hint",
				(String) tokens.get("id_token"), "post_logout_redirect_uri", "http://localhost:8080/signed-out"));
		assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location")).hasValue("http://localhost:8080/signed-out");
		assertThat(browser.authorize("peersupport-pages", PAGES_REDIRECT, "admin", "demo", new Pkce()))
			.startsWith(PAGES_REDIRECT + "?code=");
	}

	@Test
	void signingKeyOutlivesARestart() throws Exception {
		String keys = new Browser().get(issuer + "/oauth2/jwks").body();
		assertThat(dataDir.resolve(SigningKey.FILE_NAME)).exists();

		try (ConfigurableApplicationContext again = DemoIdentityServer.start(0, DemoDirectory.of(), dataDir,
				List.of())) {
			String keysAfterRestart = new Browser().get(DemoIdentityServer.issuer(again) + "/oauth2/jwks").body();
			assertThat(keyIds(keysAfterRestart)).isEqualTo(keyIds(keys)).hasSize(1);
		}
	}

	@Test
	void binTokenSignsInFromAShell() throws Exception {
		assumeTrue(onPath("curl") && onPath("openssl"), "bin/token needs curl and openssl");

		String token = binToken("admin");

		assertThat(token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
		assertThat(payload(token)).containsEntry("sub", "admin")
			.containsEntry("roles", List.of("ADMINISTRATOR"))
			.containsEntry("client_id", "demo-cli");
		assertThat(payload(binToken("--risk-system"))).containsEntry("client_id", "demo-risk-system");
	}

	/** Publishes a risk system's public keys, as it would, at {@link #jwksUrl}. */
	static HttpServer serveKeys(JWKSet publicKeys) throws IOException {
		byte[] keys = publicKeys.toString().getBytes(StandardCharsets.UTF_8);
		HttpServer keyServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		keyServer.createContext("/jwks", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, keys.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(keys);
			}
		});
		keyServer.start();
		return keyServer;
	}

	static String jwksUrl(HttpServer keyServer) {
		return "http://127.0.0.1:" + keyServer.getAddress().getPort() + "/jwks";
	}

	private static String binToken(String argument) throws Exception {
		Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
		assertThat(root.resolve("bin/token")).exists();
		ProcessBuilder builder = new ProcessBuilder("bash", "bin/token", argument).directory(root.toFile());
		builder.environment().put("PEERSUPPORT_ISSUER", issuer);
		Process process = builder.start();
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(err).isZero();
		return out.trim();
	}

	private static boolean onPath(String command) throws Exception {
		return new ProcessBuilder("bash", "-c", "command -v " + command).start().waitFor() == 0;
	}

	private static List<String> keyIds(String jwks) throws Exception {
		return JWKSet.parse(jwks).getKeys().stream().map(JWK::getKeyID).toList();
	}

	/** A browser: keeps cookies, follows no redirect by itself, asks for HTML. */
	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		HttpResponse<String> get(String uri) throws Exception {
			return get(uri, PAGE, null);
		}

		HttpResponse<String> get(String uri, String accept, String authorization) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept);
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			return this.client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String uri, String form, String authorization) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", PAGE);
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			return this.client.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * Asks for a code, signs in at the form, and follows the redirects up to the
		 * client's redirect URI, which is not visited: where the browser would go last.
		 */
		String authorize(String clientId, String redirectUri, String user, String password, Pkce pkce)
				throws Exception {
			String authorize = issuer + "/oauth2/authorize?"
					+ form("response_type", "code", "client_id", clientId, "redirect_uri", redirectUri, "scope",
							"openid profile", "code_challenge", pkce.challenge, "code_challenge_method", "S256",
							"state", "xyz");
			HttpResponse<String> toLogin = get(authorize);
			assertThat(toLogin.statusCode()).as(toLogin.body()).isEqualTo(302);
			assertThat(location(toLogin)).isEqualTo(issuer + "/login");
			HttpResponse<String> loginPage = get(location(toLogin));
			Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
			assertThat(csrf.find()).as(loginPage.body()).isTrue();
			HttpResponse<String> signedIn = post(issuer + "/login",
					form("username", user, "password", password, "_csrf", csrf.group(1)), null);
			assertThat(signedIn.statusCode()).isEqualTo(302);
			String location = location(signedIn);
			for (int hops = 0; hops < 5 && location.startsWith(issuer + "/oauth2/"); hops++) {
				HttpResponse<String> next = get(location);
				assertThat(next.statusCode()).as(next.body()).isEqualTo(302);
				location = location(next);
			}
			return location;
		}

		Map<String, Object> signIn(String clientId, String redirectUri, String user, String password) throws Exception {
			Pkce pkce = new Pkce();
			String callback = authorize(clientId, redirectUri, user, password, pkce);
			assertThat(callback).startsWith(redirectUri + "?").contains("state=xyz");
			Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
			assertThat(code.find()).as(callback).isTrue();
			HttpResponse<String> token = post(issuer + "/oauth2/token",
					form("grant_type", "authorization_code", "code",
							java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri",
							redirectUri, "client_id", clientId, "code_verifier", pkce.verifier),
					null);
			assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
			return map(token.body());
		}

		private static String location(HttpResponse<?> response) {
			return response.headers().firstValue("Location").orElseThrow();
		}

	}

	/** RFC 7636: a random verifier and its S256 challenge. */
	private static final class Pkce {

		final String verifier;

		final String challenge;

		Pkce() throws Exception {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			this.verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(this.verifier.getBytes(StandardCharsets.US_ASCII));
			this.challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}

	}

	static String form(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(String body) {
		return json.readValue(body, Map.class);
	}

	static Map<String, Object> header(String jwt) {
		return map(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8));
	}

	static Map<String, Object> payload(String jwt) {
		return map(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
	}

	private static List<String> strings(Object claim) {
		if (claim instanceof List<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return (claim != null) ? List.of(String.valueOf(claim).split(" ")) : List.of();
	}

	static long number(Map<String, Object> claims, String name) {
		return ((Number) claims.get(name)).longValue();
	}

}
