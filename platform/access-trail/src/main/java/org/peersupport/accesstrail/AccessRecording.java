package org.peersupport.accesstrail;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.peersupport.security.Actor;
import org.peersupport.security.LoggedPaths;
import org.peersupport.security.RequestActor;
import org.peersupport.security.Role;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Records every request (but health, metrics and static assets) in the trail, just before
 * its answer is sent: at that point the answer's status is known, a refusal (401, 403) as
 * much as a success, and the answer waits until the entry is committed, so nothing is
 * disclosed that the trail does not show. Runs outside the security chain, so it sees
 * what the chain refuses; the chain leaves the authenticated caller on the exchange
 * ({@link RequestActor}).
 */
final class AccessRecording implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(AccessRecording.class);

	/** How long an answer waits for its entry before it goes without (logged). */
	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final TrailWriter writer;

	private final RouteFinder routes;

	private final Clock clock;

	private final List<PathPattern> unrecorded;

	private final Set<String> unattributed;

	AccessRecording(TrailWriter writer, RouteFinder routes, Clock clock, List<String> unrecorded,
			List<String> unattributed) {
		this.writer = writer;
		this.routes = routes;
		this.clock = clock;
		this.unrecorded = unrecorded.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.unattributed = Set.copyOf(unattributed);
	}

	/** Before the security chain (-100), so its refusals are seen too. */
	@Override
	public int getOrder() {
		return -200;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (recorded(exchange)) {
			exchange.getResponse().beforeCommit(() -> Mono.defer(() -> record(exchange)));
		}
		return chain.filter(exchange);
	}

	private boolean recorded(ServerWebExchange exchange) {
		if (HttpMethod.OPTIONS.equals(exchange.getRequest().getMethod())) {
			return false;
		}
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		return this.unrecorded.stream().noneMatch((pattern) -> pattern.matches(path));
	}

	private Mono<Void> record(ServerWebExchange exchange) {
		AccessEntry entry;
		try {
			entry = entry(exchange);
		}
		catch (RuntimeException ex) {
			log.error("could not describe {} {} for the access trail: {}", exchange.getRequest().getMethod(),
					LoggedPaths.of(exchange), ex.getClass().getSimpleName());
			return Mono.empty();
		}
		// Off the event loop: the writer may write at once (before it starts, or with a
		// backlog), and that is blocking JDBC.
		return Mono.fromFuture(() -> this.writer.append(entry))
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(PATIENCE)
			.publishOn(Schedulers.parallel())
			.onErrorResume((ex) -> {
				// The exception's class only: a failed insert's message quotes the
				// values.
				log.error("answering {} {} without its access trail entry: {}", entry.action(), entry.route(),
						ex.getClass().getSimpleName());
				return Mono.empty();
			})
			.then();
	}

	AccessEntry entry(ServerWebExchange exchange) {
		Actor actor = RequestActor.of(exchange).orElse(null);
		RouteMatch route = this.routes.match(exchange);
		String method = exchange.getRequest().getMethod().name();
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		String purpose = PurposeOfUse.of(actor, exchange.getRequest().getHeaders().getFirst(PurposeOfUse.HEADER));
		// Who and from where are left out where the route's data is meant to be
		// unlinkable to its author; the role and purpose stay.
		boolean attributed = !this.unattributed.contains(method + " " + route.route());
		Actor named = attributed ? actor : null;
		return new AccessEntry(this.clock.instant().truncatedTo(ChronoUnit.MICROS),
				(named != null) ? named.subject() : null, (named != null) ? named.staffId() : null, roles(actor),
				purpose, method, route.route(), route.resourceType(), route.resourceId(),
				(status != null) ? status.value() : 200, attributed ? client(exchange) : null);
	}

	private static String roles(Actor actor) {
		if (actor == null) {
			return "";
		}
		return actor.roles().stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	private static String client(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return null;
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

}
