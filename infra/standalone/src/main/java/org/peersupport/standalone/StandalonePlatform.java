package org.peersupport.standalone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.peersupport.embedded.KraftBroker;
import org.peersupport.embedded.LoopbackPorts;
import org.peersupport.embedded.PostgresServer;
import org.peersupport.standalone.logging.ConsoleMode;
import org.peersupport.standalone.logging.PlatformLogging;

/**
 * The one-command platform: an embedded PostgreSQL whose data survives restarts, a real
 * Kafka broker in KRaft mode, and all five services, in one JVM. Ctrl-C stops the
 * services, then the broker, then the database.
 *
 * <p>
 * Settings (system properties or environment): {@code peersupport.data-dir} (default
 * {@code .peersupport-data}), {@code peersupport.kafka.port} (9092),
 * {@code peersupport.postgres.port} (15432), {@code peersupport.smtp.port} (3025) and
 * {@code peersupport.imap.port} (3143) for the demo mail server,
 * {@code peersupport.pager.port} (3080), {@code peersupport.auth.port} (9000), one
 * {@code peersupport.<service>.port} per service (dashboard 8080, intake 8081, outreach
 * 8082, matching 8083, referral 8084), {@code peersupport.console} ({@code auto}:
 * {@code human} on a terminal, {@code json} otherwise; see {@link ConsoleMode}).
 */
public final class StandalonePlatform {

	private StandalonePlatform() {
	}

	public static void main(String[] args) throws InterruptedException {
		long started = System.nanoTime();
		Path dataDir = Path.of(setting("peersupport.data-dir", ".peersupport-data")).toAbsolutePath();
		PlatformLogging logging = PlatformLogging
			.start(ConsoleMode.choose(setting("peersupport.console", "auto"), ConsoleMode.onTerminal()), dataDir);
		// Registered before anything starts, so Ctrl-C during start-up still stops the
		// database.
		List<AutoCloseable> owned = new CopyOnWriteArrayList<>();
		AtomicReference<RunningPlatform> running = new AtomicReference<>();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping the Peer Support Platform...");
			if (running.get() != null) {
				running.get().close();
			}
			else {
				closeAll(owned);
			}
			stopped.countDown();
		}, "platform-shutdown"));
		running.set(launch(dataDir,
				new InfrastructurePorts(Integer.parseInt(setting("peersupport.kafka.port", "9092")),
						Integer.parseInt(setting("peersupport.postgres.port", "15432")),
						Integer.parseInt(setting("peersupport.smtp.port", "3025")),
						Integer.parseInt(setting("peersupport.imap.port", "3143")),
						Integer.parseInt(setting("peersupport.pager.port", "3080")),
						Integer.parseInt(setting("peersupport.auth.port", "9000"))),
				defaultPorts(), List.of(args), owned));
		printReady(running.get(), dataDir, logging, (System.nanoTime() - started) / 1_000_000);
		stopped.await();
	}

	/**
	 * Starts the embedded database, broker and mail server (on free ports) with their
	 * data under {@code dataDir}, then every service.
	 */
	public static RunningPlatform launch(Path dataDir, int kafkaPort, int postgresPort,
			Map<PlatformService, Integer> ports, List<String> extraArguments) {
		return launch(dataDir, kafkaPort, postgresPort, 0, ports, extraArguments);
	}

	/**
	 * As {@link #launch(Path, int, int, Map, List)}, with the identity provider on a
	 * given port (0 for any free one). The issuer names its port, so tokens outlive a
	 * restart only on the same port.
	 */
	public static RunningPlatform launch(Path dataDir, int kafkaPort, int postgresPort, int authPort,
			Map<PlatformService, Integer> ports, List<String> extraArguments) {
		return launch(dataDir, new InfrastructurePorts(kafkaPort, postgresPort, LoopbackPorts.free(),
				LoopbackPorts.free(), 0, authPort), ports, extraArguments, new ArrayList<>());
	}

	/**
	 * Where the embedded infrastructure listens.
	 *
	 * @param kafka the broker (the controller takes the next port)
	 * @param postgres the database
	 * @param smtp the demo mail server's SMTP port
	 * @param imap the demo mail server's IMAP port
	 * @param pager the demo pager webhook's port (0 for any free port)
	 * @param auth the demo identity provider's port (0 for any free port)
	 */
	record InfrastructurePorts(int kafka, int postgres, int smtp, int imap, int pager, int auth) {
	}

	/**
	 * As {@link #launch(Path, int, int, Map, List)}, recording each started part in
	 * {@code owned} as soon as it runs, so that a caller can stop what has started if
	 * start-up is interrupted.
	 */
	static RunningPlatform launch(Path dataDir, InfrastructurePorts infraPorts, Map<PlatformService, Integer> ports,
			List<String> extraArguments, List<AutoCloseable> owned) {
		PostgresServer postgres = PostgresServer.embedded(dataDir.resolve("postgres"), infraPorts.postgres());
		owned.add(postgres);
		try {
			String jdbcUrl = postgres.ensureDatabase("peersupport");
			KraftBroker broker = KraftBroker.start(dataDir.resolve("kafka"), infraPorts.kafka(),
					infraPorts.kafka() + 1);
			owned.add(broker);
			DemoMailbox mailbox = DemoMailbox.start(infraPorts.smtp(), infraPorts.imap());
			owned.add(mailbox);
			DemoPager pager = DemoPager.start(infraPorts.pager());
			owned.add(pager);
			Map<PlatformService, Integer> servicePorts = withFreePorts(ports);
			Identity identity = Identity.start(infraPorts.auth(), dataDir.resolve("identity"), servicePorts);
			owned.add(identity);
			Infrastructure infra = new Infrastructure(broker.bootstrapServers(), jdbcUrl, postgres.user(),
					postgres.password());
			List<String> arguments = new ArrayList<>(mailbox.serviceArguments());
			arguments.addAll(pager.serviceArguments());
			arguments.addAll(identity.serviceArguments());
			// Loopback only unless told otherwise: a demo with known passwords must not
			// be
			// reachable from the network.
			arguments.add("--server.address=" + setting("peersupport.bind-address", "127.0.0.1"));
			arguments.add("--peersupport.links.secret=" + LinkSecret.keptIn(dataDir));
			arguments.addAll(extraArguments);
			RunningPlatform platform = RunningPlatform.start(infra, servicePorts, owned, arguments,
					identity.pageArguments());
			// After the services: they create the directory topic, and a consumer of a
			// missing topic warns until it exists.
			owned.add(DirectoryFeed.start(broker.bootstrapServers(), identity.directory()));
			platform.identity(identity.issuer());
			return platform;
		}
		catch (RuntimeException ex) {
			closeAll(owned);
			throw ex;
		}
	}

	/**
	 * The ports, with any 0 replaced by a port free now: the identity provider registers
	 * the pages' sign-in callbacks before the services start.
	 */
	static Map<PlatformService, Integer> withFreePorts(Map<PlatformService, Integer> ports) {
		Map<PlatformService, Integer> resolved = new EnumMap<>(PlatformService.class);
		for (Map.Entry<PlatformService, Integer> port : ports.entrySet()) {
			resolved.put(port.getKey(), (port.getValue() != 0) ? port.getValue() : LoopbackPorts.free());
		}
		return resolved;
	}

	/** Each service's port: {@code peersupport.<service>.port}, or its default. */
	static Map<PlatformService, Integer> defaultPorts() {
		Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
		for (PlatformService service : PlatformService.values()) {
			ports.put(service, Integer
				.parseInt(setting("peersupport." + service.id() + ".port", String.valueOf(service.defaultPort()))));
		}
		return ports;
	}

	private static void printReady(RunningPlatform platform, Path dataDir, PlatformLogging logging, long millis) {
		StringBuilder banner = new StringBuilder("\n=== Peer Support Platform is ready (").append(millis)
			.append(" ms) ===\n");
		for (PlatformService service : PlatformService.values()) {
			banner.append(String.format("  %-10s %s%n", service.id(), platform.url(service.id())));
		}
		banner.append("  dashboard page: ").append(platform.url("dashboard")).append("/\n");
		banner.append("  admin console:  ").append(platform.url("outreach")).append("/console (sign in as admin)\n");
		banner.append("  check-in page:  ")
			.append(platform.url("outreach"))
			.append("/check-in (and /refer-a-colleague)\n");
		banner.append("  sign-in:        ")
			.append(platform.issuer())
			.append(" (demo users admin, director, lead-1, operator, C-100, P-1, ... password: demo)\n");
		banner.append("  a token:        bin/token admin   (or bin/token --risk-system)\n");
		banner.append("  demo e-mail:    SMTP 127.0.0.1:")
			.append(setting("peersupport.smtp.port", "3025"))
			.append(", read over IMAP at 127.0.0.1:")
			.append(setting("peersupport.imap.port", "3143"))
			.append(" (each e-mail's portal link is also logged)\n");
		banner.append("  demo pager:     http://127.0.0.1:")
			.append(setting("peersupport.pager.port", "3080"))
			.append("/page (crisis pages to the on-call lead are logged)\n");
		banner.append("  data kept in:   ").append(dataDir).append('\n');
		logging.file().ifPresent((file) -> banner.append("  full logs:      ").append(file).append(" (JSON)\n"));
		banner.append("Press Ctrl-C to stop.\n");
		System.out.println(banner);
	}

	private static void closeAll(List<AutoCloseable> owned) {
		for (int i = owned.size() - 1; i >= 0; i--) {
			try {
				owned.get(i).close();
			}
			catch (Exception ex) {
				// already failing to start; the original exception says why
			}
		}
	}

	private static String setting(String name, String fallback) {
		String env = System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
		return System.getProperty(name, (env != null) ? env : fallback);
	}

}
