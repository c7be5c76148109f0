package org.peersupport.testkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.peersupport.testkit.AuthorizationMatrix;
import org.peersupport.testkit.AuthorizationMatrix.Caller;
import org.peersupport.testkit.ServiceRoutes;
import org.peersupport.testkit.ServiceRoutes.Route;
import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.fuzz.HostileBodies.Body;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends a service hostile requests on every route of its real route list, each as a
 * caller the service's authorization matrix lets through, so the input gets past the
 * security filter to the code that reads it: hostile path variables, query values and
 * bodies ({@link HostileValues}, {@link HostileBodies}). No answer may be a 5xx, every
 * 4xx must be a problem document, and the service must be healthy afterwards.
 * <p>
 * Random but reproducible: the seed is printed with every failure, and
 * {@code -Dfuzz.seed=} replays a run. {@code -Dfuzz.cases=} sets how many requests (the
 * root pom gives a few hundred, its {@code slow} profile 10,000).
 */
public final class RouteFuzzer {

	/** The seed of every run unless {@code fuzz.seed} says otherwise. */
	public static final long DEFAULT_SEED = 20261121L;

	private static final int DEFAULT_CASES = 300;

	private final WebTestClient web;

	private final AuthorizationMatrix matrix;

	private final List<Route> routes;

	private final Map<String, List<Sample>> samples = new LinkedHashMap<>();

	private final Map<String, String> skipped = new TreeMap<>();

	private final Map<String, List<MediaType>> errorTypes = new LinkedHashMap<>();

	private int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);

	private final long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);

	private String service = "service";

	private RouteFuzzer(AuthorizationMatrix matrix, List<Route> routes) {
		this.web = matrix.web();
		this.matrix = matrix;
		this.routes = routes;
	}

	/**
	 * A fuzzer of the routes {@code mapping} holds, with the callers and sample bodies of
	 * the service's authorization matrix.
	 */
	public static RouteFuzzer of(AuthorizationMatrix matrix, RequestMappingHandlerMapping mapping) {
		return new RouteFuzzer(matrix, ServiceRoutes.of(mapping));
	}

	/** The service's name, for the report's file name and the failure messages. */
	public RouteFuzzer service(String name) {
		this.service = name;
		return this;
	}

	/**
	 * At least this many requests, whatever {@code fuzz.cases} says (a service whose own
	 * fuzzer always sent more keeps doing so).
	 */
	public RouteFuzzer atLeast(int cases) {
		this.cases = Math.max(this.cases, cases);
		return this;
	}

	/**
	 * A valid body to mutate for a route, sent with the given path variables (others as
	 * the matrix fills them); the matrix's sample body is one already.
	 */
	public RouteFuzzer sample(String route, Map<String, String> variables, MediaType type, String body) {
		this.samples.computeIfAbsent(route, (key) -> new ArrayList<>())
			.add(new Sample(variables, new Body(type, body)));
		return this;
	}

	/**
	 * Routes whose own refusals are documents of another type, by design: a page's errors
	 * are pages, FHIR's are OperationOutcomes. Their requests ask for these types, and
	 * their 4xx answers must be one of them, or problem+json: what the platform refuses
	 * before any route runs (the firewall, the input guard) is answered in the platform's
	 * one format.
	 */
	public RouteFuzzer errorsAs(List<MediaType> types, String... routes) {
		List<MediaType> allowed = new ArrayList<>(types);
		allowed.add(MediaType.APPLICATION_PROBLEM_JSON);
		for (String route : routes) {
			this.errorTypes.put(route, List.copyOf(allowed));
		}
		return this;
	}

	/** A route not sent to, and why (an event stream that never ends, say). */
	public RouteFuzzer skip(String route, String reason) {
		this.skipped.put(route, reason);
		return this;
	}

	/**
	 * Sends the requests and checks every answer, then the health endpoint.
	 * @throws AssertionError listing every request that got a 5xx, a 4xx that is not a
	 * problem document, or no answer, with the seed to replay them
	 */
	public FuzzReport run() {
		List<Route> targets = this.routes.stream().filter((route) -> !this.skipped.containsKey(route.key())).toList();
		Random random = new Random(this.seed);
		FuzzReport report = new FuzzReport(this.service, this.seed);
		for (int i = 0; i < this.cases; i++) {
			Route route = targets.get(random.nextInt(targets.size()));
			FuzzCase request = generate(route, random);
			report.record(i, request, send(request));
		}
		report.write(Path.of("target", "fuzz-report.md"));
		report.check();
		checkHealthy(report);
		System.out.println(report.summary());
		return report;
	}

	private FuzzCase generate(Route route, Random random) {
		Set<Caller> allowed = this.matrix.allowed(route.key());
		List<Caller> callers = allowed.stream().filter((caller) -> caller != Caller.NONE).toList();
		Caller caller = callers.isEmpty() ? Caller.NONE : callers.get(random.nextInt(callers.size()));
		List<Sample> samples = samplesOf(route);
		Sample sample = samples.get(random.nextInt(samples.size()));
		Map<String, String> variables = new LinkedHashMap<>();
		for (String name : AuthorizationMatrix.variables(route.pattern())) {
			variables.put(name, sample.variables().getOrDefault(name, this.matrix.variable(name, caller)));
		}
		String query = "";
		Body body = route.takesBody() ? sample.body() : null;
		int target = random.nextInt(route.takesBody() ? 3 : 2);
		if (target == 0 && !variables.isEmpty()) {
			String name = List.copyOf(variables.keySet()).get(random.nextInt(variables.size()));
			variables.put(name, HostileValues.next(random));
		}
		else if (target <= 1) {
			List<String> names = new ArrayList<>(route.queryParameters());
			names.add("staffId");
			names.add("facility");
			String name = names.get(random.nextInt(names.size()));
			query = "?" + name + "=" + HostileValues.next(random);
		}
		else {
			body = HostileBodies.next(random, sample.body());
		}
		String path = AuthorizationMatrix.fill(route.pattern(), variables::get) + query;
		List<MediaType> errors = this.errorTypes.getOrDefault(route.key(), List.of(MediaType.APPLICATION_PROBLEM_JSON));
		return new FuzzCase(route.key(), caller, route.method(), path, body, errors);
	}

	private List<Sample> samplesOf(Route route) {
		List<Sample> all = new ArrayList<>(this.samples.getOrDefault(route.key(), List.of()));
		AuthorizationMatrix.Request request = this.matrix.request(route.key())
			.orElse(new AuthorizationMatrix.Request(MediaType.APPLICATION_JSON, "{}"));
		all.add(new Sample(Map.of(), new Body(request.type(), request.body())));
		return all;
	}

	private Answer send(FuzzCase request) {
		WebTestClient.RequestBodySpec spec = this.web.method(request.method())
			// The base URL with the path exactly as generated: a template would encode
			// the
			// escapes again.
			.uri((base) -> URI.create(base.build().toString().replaceAll("/$", "") + request.path()))
			.accept(accepted(request.errorTypes()));
		String token = request.caller().token();
		if (token != null) {
			spec.headers(TestIdentity.bearer(token));
		}
		WebTestClient.RequestHeadersSpec<?> ready = (request.body() == null) ? spec
				: spec.contentType(request.body().type()).bodyValue(request.body().text());
		try {
			// Reading the body releases the connection; an unread body would pin it.
			EntityExchangeResult<byte[]> result = ready.exchange().expectBody().returnResult();
			MediaType type = result.getResponseHeaders().getContentType();
			return new Answer(result.getStatus().value(), type, request.errorTypes());
		}
		catch (IllegalStateException ex) {
			// WebTestClient's timeout: the service did not answer at all.
			return new Answer(0, null, request.errorTypes());
		}
	}

	/** JSON, or the route's own error type, and anything else after them. */
	private static MediaType[] accepted(List<MediaType> errorTypes) {
		List<MediaType> types = new ArrayList<>();
		if (errorTypes.size() == 1) {
			types.add(MediaType.APPLICATION_JSON);
		}
		types.addAll(errorTypes);
		types.add(MediaType.ALL);
		return types.toArray(MediaType[]::new);
	}

	private void checkHealthy(FuzzReport report) {
		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		report.healthy();
	}

	/** A valid body and the path variables it belongs with. */
	private record Sample(Map<String, String> variables, Body body) {
	}

	static void writeFile(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
