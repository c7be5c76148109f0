package org.peersupport.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * A service's row of the authorization matrix as a test, driven from the service's real
 * route list: every route must be in the matrix (so a new endpoint cannot be open by
 * accident), every route in the matrix must exist, and each route answers each caller as
 * the matrix says: no token 401, a caller it refuses 403, a caller it allows anything but
 * 401 or 403.
 *
 * <p>
 * Path variables are filled with the caller's own staff id where they name a person, so
 * the route-level rule is what is tested; object-level refusals (another person's record)
 * need tests of their own.
 *
 * <p>
 * Over 250 lines on purpose: the callers ({@link Caller}, each with the token it sends),
 * the rules a service declares and the checks they drive are one vocabulary that every
 * service's matrix test and the route fuzzer read as
 * {@code AuthorizationMatrix.Caller.…}; the route listing itself is
 * {@link ServiceRoutes}.
 */
public final class AuthorizationMatrix {

	/** Who calls, each with a real token from {@link TestIdentity}. */
	public enum Caller {

		NONE(null), RISK_SYSTEM(null), CLINICIAN("C-100"), SUPPORTER("P-1"), ADMINISTRATOR(null), DIRECTOR(null),
		ON_CALL_LEAD("LEAD-1"), OPERATOR(null);

		private final String staffId;

		Caller(String staffId) {
			this.staffId = staffId;
		}

		/** The caller's staff id, or a stranger's for callers without one. */
		public String staffId() {
			return (this.staffId != null) ? this.staffId : "C-999";
		}

		/** A real token for this caller, or null for {@link #NONE}. */
		public String token() {
			TestIdentity identity = TestIdentity.get();
			return switch (this) {
				case NONE -> null;
				case RISK_SYSTEM -> identity.riskSystem("matrix-risk-system");
				case CLINICIAN, SUPPORTER -> identity.clinician(this.staffId);
				case ADMINISTRATOR -> identity.administrator();
				case DIRECTOR -> identity.director();
				case ON_CALL_LEAD -> identity.onCallLead(this.staffId);
				case OPERATOR -> identity.operator();
			};
		}

	}

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

	private final WebTestClient web;

	private final Set<String> routes;

	private final Map<String, Set<Caller>> allowed = new LinkedHashMap<>();

	private final Map<String, Request> requests = new LinkedHashMap<>();

	private final Map<String, String> variables = new LinkedHashMap<>();

	private AuthorizationMatrix(WebTestClient web, Set<String> routes) {
		this.web = web;
		this.routes = routes;
	}

	/** The matrix of the service whose routes {@code mapping} holds. */
	public static AuthorizationMatrix of(WebTestClient web, RequestMappingHandlerMapping mapping) {
		Set<String> routes = new TreeSet<>();
		ServiceRoutes.of(mapping).forEach((route) -> routes.add(route.key()));
		return new AuthorizationMatrix(web, routes);
	}

	/**
	 * The callers a route lets through; every other caller must get 403, and a request
	 * without a token 401.
	 * @param route a method and a pattern as the controller declares it, such as
	 * {@code "GET /api/v1/policy"}
	 */
	public AuthorizationMatrix allow(String route, Caller... callers) {
		Set<Caller> set = EnumSet.noneOf(Caller.class);
		set.addAll(List.of(callers));
		this.allowed.put(route, set);
		return this;
	}

	/**
	 * The access trail's routes, which every service has (platform/access-trail):
	 * administrators read the entries, operators only the chain's verification, and every
	 * member of staff (a token with a staff id) their own section of the service.
	 */
	public AuthorizationMatrix accessTrail() {
		return allow("GET /api/v1/access-trail/fhir", Caller.ADMINISTRATOR)
			.allow("GET /api/v1/access-trail/verification", Caller.ADMINISTRATOR, Caller.OPERATOR)
			.allow("GET /api/v1/me/records", Caller.CLINICIAN, Caller.SUPPORTER, Caller.ON_CALL_LEAD);
	}

	/** A route that answers without a token (a capability link, a health check). */
	public AuthorizationMatrix open(String route) {
		this.allowed.put(route, EnumSet.allOf(Caller.class));
		return this;
	}

	/** The body a route's test requests send (JSON {@code {}} otherwise). */
	public AuthorizationMatrix body(String route, MediaType type, String body) {
		this.requests.put(route, new Request(type, body));
		return this;
	}

	/** A value for a path variable that is neither a person nor an id. */
	public AuthorizationMatrix variable(String name, String value) {
		this.variables.put(name, value);
		return this;
	}

	/**
	 * One test per route and caller, after one that checks the matrix names every route.
	 */
	public Stream<DynamicTest> tests() {
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("the matrix names exactly the service's routes", () -> {
			Set<String> unlisted = new TreeSet<>(this.routes);
			unlisted.removeAll(this.allowed.keySet());
			Set<String> missing = new TreeSet<>(this.allowed.keySet());
			missing.removeAll(this.routes);
			if (!unlisted.isEmpty() || !missing.isEmpty()) {
				throw new AssertionError("routes without a rule in the matrix: " + unlisted
						+ "; rules for routes that do not exist: " + missing);
			}
		}));
		this.allowed.entrySet()
			.stream()
			.filter((row) -> !row.getValue().contains(Caller.NONE))
			.findFirst()
			.ifPresent((row) -> tests
				.add(DynamicTest.dynamicTest("bad credentials on " + row.getKey() + " get a 401 problem document",
						() -> badCredentials(row.getKey()))));
		for (Map.Entry<String, Set<Caller>> row : this.allowed.entrySet()) {
			for (Caller caller : Caller.values()) {
				tests.add(DynamicTest.dynamicTest(row.getKey() + " as " + caller,
						() -> check(row.getKey(), caller, row.getValue())));
			}
		}
		return tests.stream();
	}

	/**
	 * A malformed header, other schemes, a token that is not a JWT and an expired one:
	 * each a clear 401 problem document, never a 5xx.
	 */
	private void badCredentials(String route) {
		String[] parts = route.split(" ", 2);
		String expired = TestIdentity.get()
			.token()
			.staffId("C-100")
			.expiresAt(java.time.Instant.now().minusSeconds(600))
			.sign();
		for (String authorization : List.of("Bearer", "Bearer not-a-token", "Basic dXNlcjpwYXNz", "Token abc",
				"Bearer " + expired)) {
			this.web.method(HttpMethod.valueOf(parts[0]))
				.uri(fill(parts[1], Caller.CLINICIAN))
				.header(org.springframework.http.HttpHeaders.AUTHORIZATION, authorization)
				.accept(MediaType.APPLICATION_JSON)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(401);
		}
	}

	private void check(String route, Caller caller, Set<Caller> allowedCallers) {
		int status = send(route, caller);
		boolean open = allowedCallers.size() == Caller.values().length;
		if (allowedCallers.contains(caller)) {
			if (status == 401 || status == 403) {
				throw new AssertionError(route + " as " + caller + " must be allowed, was " + status);
			}
		}
		else {
			int expected = (caller == Caller.NONE && !open) ? 401 : 403;
			if (status != expected) {
				throw new AssertionError(route + " as " + caller + " must be " + expected + ", was " + status);
			}
		}
	}

	private int send(String route, Caller caller) {
		String[] parts = route.split(" ", 2);
		HttpMethod method = HttpMethod.valueOf(parts[0]);
		String path = fill(parts[1], caller);
		Request request = this.requests.getOrDefault(route, new Request(MediaType.APPLICATION_JSON, "{}"));
		WebTestClient.RequestBodySpec spec = this.web.method(method)
			.uri(path)
			.accept(MediaType.APPLICATION_JSON, MediaType.ALL);
		if (caller.token() != null) {
			spec.headers(TestIdentity.bearer(caller.token()));
		}
		WebTestClient.RequestHeadersSpec<?> ready = (method == HttpMethod.GET || method == HttpMethod.DELETE) ? spec
				: spec.contentType(request.type()).bodyValue(request.body());
		return ready.exchange().returnResult(byte[].class).getStatus().value();
	}

	private String fill(String pattern, Caller caller) {
		return fill(pattern, (name) -> variable(name, caller));
	}

	/**
	 * A path pattern with each variable replaced by {@code value}'s answer for its name,
	 * as given (already encoded).
	 */
	public static String fill(String pattern, Function<String, String> value) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** The names of a pattern's variables, in order. */
	public static List<String> variables(String pattern) {
		return VARIABLE.matcher(pattern).results().map((match) -> match.group(1)).toList();
	}

	/**
	 * The value the matrix's requests give a path variable: the one set with
	 * {@link #variable}, the caller's staff id where it names a person, a fresh id
	 * otherwise.
	 */
	public String variable(String name, Caller caller) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return this.variables.containsKey(name) ? this.variables.get(name)
				: lower.contains("staff") || lower.contains("supporter") ? caller.staffId()
						: UUID.randomUUID().toString();
	}

	/** The service's routes, as {@code "METHOD /pattern"}. */
	public Set<String> routes() {
		return Collections.unmodifiableSet(this.routes);
	}

	/** The callers the matrix lets through on a route (every caller on an open one). */
	public Set<Caller> allowed(String route) {
		return Collections.unmodifiableSet(this.allowed.getOrDefault(route, EnumSet.noneOf(Caller.class)));
	}

	/** The body the matrix's requests send on a route, if one was set. */
	public Optional<Request> request(String route) {
		return Optional.ofNullable(this.requests.get(route));
	}

	/** The client the matrix sends its requests with. */
	public WebTestClient web() {
		return this.web;
	}

	/**
	 * A request body and its type.
	 *
	 * @param type the content type
	 * @param body the body
	 */
	public record Request(MediaType type, String body) {
	}

}
