package org.peersupport.standalone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peersupport.identity.DemoTokens;
import org.peersupport.embedded.LoopbackPorts;
import org.peersupport.embedded.PostgresServer;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole platform for an end-to-end test: every service on a free port, on the test
 * broker and a fresh database of the real PostgreSQL, with the demo mail server that
 * matching sends supporter e-mails to and the demo pager that referral pages on-call
 * leads through.
 */
final class PlatformUnderTest implements AutoCloseable {

	private final RunningPlatform platform;

	private final DemoMailbox mail;

	private final DemoPager pager;

	private final String jdbcUrl;

	private final DemoTokens tokens;

	private final Map<String, CachedToken> cachedTokens = new ConcurrentHashMap<>();

	private PlatformUnderTest(RunningPlatform platform, DemoMailbox mail, DemoPager pager, String jdbcUrl,
			String issuer) {
		this.platform = platform;
		this.mail = mail;
		this.pager = pager;
		this.jdbcUrl = jdbcUrl;
		this.tokens = DemoTokens.of(issuer);
	}

	/**
	 * Starts every service.
	 * @param database the prefix of the fresh database's name
	 * @param arguments further {@code --name=value} settings for every service
	 */
	static PlatformUnderTest start(String database, List<String> arguments) {
		return start(database, arguments, TestInfrastructure.kafka().bootstrapServers(), null);
	}

	/**
	 * As {@link #start(String, List)}, on a broker of the test's own (so topic settings
	 * it changes reach no other test) and with every service on one clock.
	 * @param bootstrapServers the broker
	 * @param clock the services' clock, or null for the system's
	 */
	static PlatformUnderTest start(String database, List<String> arguments, String bootstrapServers, Clock clock) {
		PostgresServer postgres = TestInfrastructure.postgres();
		String jdbcUrl = TestInfrastructure.freshDatabase(database);
		Infrastructure infra = new Infrastructure(bootstrapServers, jdbcUrl, postgres.user(), postgres.password());
		Map<PlatformService, Integer> anyFreePort = new EnumMap<>(PlatformService.class);
		for (PlatformService service : PlatformService.values()) {
			anyFreePort.put(service, 0);
		}
		Map<PlatformService, Integer> ports = StandalonePlatform.withFreePorts(anyFreePort);
		// The real demo identity provider: every request of these tests carries a token
		// it
		// issued through its own login form or client credentials.
		Identity identity = Identity.start(0, null, ports);
		DirectoryFeed directory = DirectoryFeed.start(bootstrapServers, identity.directory());
		DemoMailbox mail = DemoMailbox.start(LoopbackPorts.free(), LoopbackPorts.free());
		DemoPager pager = DemoPager.start(0);
		List<String> all = new ArrayList<>(mail.serviceArguments());
		all.addAll(pager.serviceArguments());
		all.addAll(identity.serviceArguments());
		all.addAll(arguments);
		// The platform closes the mailbox, the pager and the identity provider after the
		// services.
		RunningPlatform platform = RunningPlatform.start(infra, ports,
				new ArrayList<>(List.of(mail, pager, identity, directory)), all, identity.pageArguments(), clock);
		platform.identity(identity.issuer());
		return new PlatformUnderTest(platform, mail, pager, jdbcUrl, identity.issuer());
	}

	/** The database every service's schema lives in. */
	String jdbcUrl() {
		return this.jdbcUrl;
	}

	/** The demo mail server that matching sends to. */
	DemoMailbox mail() {
		return this.mail;
	}

	/** The demo pager gateway that referral pages on-call leads through. */
	DemoPager pager() {
		return this.pager;
	}

	String url(String service) {
		return this.platform.url(service);
	}

	/** The identity provider every service trusts. */
	String issuer() {
		return this.platform.issuer();
	}

	/** A client talking HTTP to one service's real port, without a token. */
	WebTestClient client(String service) {
		return WebTestClient.bindToServer().baseUrl(url(service)).responseTimeout(Duration.ofSeconds(20)).build();
	}

	/**
	 * A client talking to one service as a demo user (signed in through the identity
	 * provider's login form) or, for {@code "risk-system"}, as the demo risk system.
	 */
	WebTestClient client(String service, String user) {
		return client(service).mutate().defaultHeaders((headers) -> headers.setBearerAuth(token(user))).build();
	}

	/** A real access token for a demo user, reused until shortly before it expires. */
	String token(String user) {
		CachedToken cached = this.cachedTokens.get(user);
		if (cached == null || cached.issued().isBefore(Instant.now().minus(Duration.ofMinutes(3)))) {
			String token = "risk-system".equals(user) ? this.tokens.riskSystem() : this.tokens.user(user);
			cached = new CachedToken(token, Instant.now());
			this.cachedTokens.put(user, cached);
		}
		return cached.token();
	}

	private record CachedToken(String token, Instant issued) {
	}

	/** Imports a staff roster (CSV) into matching, which publishes the directory. */
	WebTestClient.BodyContentSpec importRoster(String csv) {
		return client("matching", "admin").post()
			.uri("/api/v1/staff/import")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	@Override
	public void close() {
		this.platform.close();
	}

}
