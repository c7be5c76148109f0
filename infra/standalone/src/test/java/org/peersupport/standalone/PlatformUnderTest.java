package org.peersupport.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.peersupport.testkit.KraftBroker;
import org.peersupport.testkit.PostgresServer;
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

	private PlatformUnderTest(RunningPlatform platform, DemoMailbox mail, DemoPager pager, String jdbcUrl) {
		this.platform = platform;
		this.mail = mail;
		this.pager = pager;
		this.jdbcUrl = jdbcUrl;
	}

	/**
	 * Starts every service.
	 * @param database the prefix of the fresh database's name
	 * @param arguments further {@code --name=value} settings for every service
	 */
	static PlatformUnderTest start(String database, List<String> arguments) {
		PostgresServer postgres = TestInfrastructure.postgres();
		String jdbcUrl = TestInfrastructure.freshDatabase(database);
		Infrastructure infra = new Infrastructure(TestInfrastructure.kafka().bootstrapServers(), jdbcUrl,
				postgres.user(), postgres.password());
		Map<PlatformService, Integer> anyFreePort = new EnumMap<>(PlatformService.class);
		for (PlatformService service : PlatformService.values()) {
			anyFreePort.put(service, 0);
		}
		DemoMailbox mail;
		try {
			mail = DemoMailbox.start(KraftBroker.freePort(), KraftBroker.freePort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		DemoPager pager = DemoPager.start(0);
		List<String> all = new ArrayList<>(mail.serviceArguments());
		all.addAll(pager.serviceArguments());
		all.addAll(arguments);
		// The platform closes the mailbox and the pager after the services.
		RunningPlatform platform = RunningPlatform.start(infra, anyFreePort, new ArrayList<>(List.of(mail, pager)),
				all);
		return new PlatformUnderTest(platform, mail, pager, jdbcUrl);
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

	/** A client talking HTTP to one service's real port. */
	WebTestClient client(String service) {
		return WebTestClient.bindToServer().baseUrl(url(service)).responseTimeout(Duration.ofSeconds(20)).build();
	}

	/** Imports a staff roster (CSV) into matching, which publishes the directory. */
	WebTestClient.BodyContentSpec importRoster(String csv) {
		return client("matching").post()
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
