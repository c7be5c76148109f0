package org.peersupport.standalone;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * All five services running in this JVM, each in its own Spring context with its own
 * port, schema and consumer group, exactly as they would run apart.
 */
public final class RunningPlatform implements AutoCloseable {

	private final Map<PlatformService, ConfigurableApplicationContext> contexts;

	private final List<AutoCloseable> infrastructure;

	private volatile String issuer;

	private RunningPlatform(Map<PlatformService, ConfigurableApplicationContext> contexts,
			List<AutoCloseable> infrastructure) {
		this.contexts = contexts;
		this.infrastructure = infrastructure;
	}

	/**
	 * Starts every service against the given infrastructure.
	 * @param infra where Kafka and PostgreSQL are
	 * @param ports the port per service; 0 picks a free one
	 * @param owned infrastructure to close after the services, last first
	 * @param extraArguments further {@code --name=value} settings for every service
	 */
	static RunningPlatform start(Infrastructure infra, Map<PlatformService, Integer> ports, List<AutoCloseable> owned,
			List<String> extraArguments) {
		return start(infra, ports, owned, extraArguments, Map.of());
	}

	/**
	 * As {@link #start(Infrastructure, Map, List, List)}, with settings for some services
	 * only (the page sign-in of the services that serve pages).
	 */
	static RunningPlatform start(Infrastructure infra, Map<PlatformService, Integer> ports, List<AutoCloseable> owned,
			List<String> extraArguments, Map<PlatformService, List<String>> serviceArguments) {
		return start(infra, ports, owned, extraArguments, serviceArguments, null);
	}

	/**
	 * As {@link #start(Infrastructure, Map, List, List, Map)}, every service on one
	 * clock: a test that moves it moves the whole platform's time (timers, retention), as
	 * a month passing would.
	 * @param clock the services' clock, or null for the system's
	 */
	static RunningPlatform start(Infrastructure infra, Map<PlatformService, Integer> ports, List<AutoCloseable> owned,
			List<String> extraArguments, Map<PlatformService, List<String>> serviceArguments, Clock clock) {
		Map<PlatformService, ConfigurableApplicationContext> started = new EnumMap<>(PlatformService.class);
		RunningPlatform platform = new RunningPlatform(started, owned);
		try {
			for (PlatformService service : PlatformService.values()) {
				List<String> arguments = new ArrayList<>(extraArguments);
				arguments.addAll(serviceArguments.getOrDefault(service, List.of()));
				if (service == PlatformService.OUTREACH) {
					arguments.addAll(ownCopySources(ports));
				}
				arguments.addAll(consoleOrigins(ports));
				started.put(service, startService(service, infra, ports.get(service), arguments, clock));
			}
			return platform;
		}
		catch (RuntimeException ex) {
			platform.close();
			throw ex;
		}
	}

	/**
	 * Where outreach's own-copy download reads every other service's section (a service
	 * on a port not yet chosen is left out, and the copy lists it as unavailable).
	 */
	static List<String> ownCopySources(Map<PlatformService, Integer> ports) {
		List<String> sources = new ArrayList<>();
		ports.forEach((service, port) -> {
			if (service != PlatformService.OUTREACH && port != null && port > 0) {
				sources.add("--peersupport.my-records.services." + service.id() + "=http://127.0.0.1:" + port);
			}
		});
		return sources;
	}

	/**
	 * Where each service's console pages are: every service has its own port here, so the
	 * console's navigation links across origins (a port not yet chosen is left relative).
	 */
	static List<String> consoleOrigins(Map<PlatformService, Integer> ports) {
		List<String> origins = new ArrayList<>();
		for (PlatformService service : List.of(PlatformService.OUTREACH, PlatformService.MATCHING,
				PlatformService.REFERRAL)) {
			Integer port = ports.get(service);
			if (port != null && port > 0) {
				origins.add("--peersupport.console." + service.id() + "-url=http://localhost:" + port);
			}
		}
		return origins;
	}

	private static ConfigurableApplicationContext startService(PlatformService service, Infrastructure infra, int port,
			List<String> extraArguments, Clock clock) {
		// Explicitly reactive: the demo identity provider puts a servlet stack on the
		// same
		// classpath, and Spring would otherwise pick it.
		List<String> args = new ArrayList<>(List.of("--server.port=" + port,
				"--spring.main.web-application-type=reactive",
				"--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
				"--spring.datasource.url=" + infra.jdbcUrlFor(service.id()),
				"--spring.datasource.username=" + infra.user(), "--spring.datasource.password=" + infra.password()));
		args.addAll(extraArguments);
		SpringApplicationBuilder application = new SpringApplicationBuilder(service.application())
			.registerShutdownHook(false);
		if (clock != null) {
			// The services' Clock bean backs off when one is there
			// (MessagingAutoConfiguration).
			application.initializers((context) -> context.getBeanFactory().registerSingleton("clock", clock));
		}
		return application.run(args.toArray(String[]::new));
	}

	/** The port a service actually listens on. */
	public int port(String service) {
		return this.contexts.get(PlatformService.valueOf(service.toUpperCase(java.util.Locale.ROOT)))
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
	}

	public String url(String service) {
		return "http://localhost:" + port(service);
	}

	/** The identity provider every service trusts. */
	public String issuer() {
		return this.issuer;
	}

	void identity(String issuerUri) {
		this.issuer = issuerUri;
	}

	/**
	 * Stops the services first, so nothing is mid-write when the broker and database go.
	 */
	@Override
	public void close() {
		List<PlatformService> order = new ArrayList<>(this.contexts.keySet());
		Collections.reverse(order);
		for (PlatformService service : order) {
			this.contexts.get(service).close();
		}
		this.contexts.clear();
		List<AutoCloseable> infra = new ArrayList<>(this.infrastructure);
		Collections.reverse(infra);
		for (AutoCloseable part : infra) {
			try {
				part.close();
			}
			catch (Exception ex) {
				throw new IllegalStateException("could not stop " + part, ex);
			}
		}
		this.infrastructure.clear();
	}

}
