package org.peersupport.standalone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import org.peersupport.identity.DemoDirectory;
import org.peersupport.identity.DemoIdentityServer;
import org.peersupport.identity.InMemoryDemoDirectory;

/**
 * The standalone's identity: the demo authorization server, and what each service needs
 * to trust it. Services only ever see an issuer URI, exactly as they would see a
 * hospital's identity provider; none depends on this module.
 */
final class Identity implements AutoCloseable {

	/** The services whose pages people sign in to. */
	static final List<PlatformService> WITH_PAGES = List.of(PlatformService.DASHBOARD, PlatformService.MATCHING,
			PlatformService.OUTREACH, PlatformService.REFERRAL);

	private final ConfigurableApplicationContext server;

	private final InMemoryDemoDirectory directory;

	private Identity(ConfigurableApplicationContext server, InMemoryDemoDirectory directory) {
		this.server = server;
		this.directory = directory;
	}

	/**
	 * Starts the demo identity provider.
	 * @param port its port (the issuer is {@code http://localhost:<port>})
	 * @param dataDir where its signing key is kept, so tokens survive a restart
	 * @param ports every service's port, known before the services start: the pages'
	 * sign-in callbacks are registered redirects
	 */
	static Identity start(int port, Path dataDir, Map<PlatformService, Integer> ports) {
		InMemoryDemoDirectory directory = DemoDirectory.of();
		List<String> pages = new ArrayList<>();
		for (PlatformService service : WITH_PAGES) {
			pages.add("http://localhost:" + ports.get(service));
		}
		return new Identity(DemoIdentityServer.start(port, directory, dataDir, pages), directory);
	}

	String issuer() {
		return DemoIdentityServer.issuer(this.server);
	}

	InMemoryDemoDirectory directory() {
		return this.directory;
	}

	/** Every service trusts this issuer's tokens. */
	List<String> serviceArguments() {
		return List.of("--peersupport.security.issuer-uri=" + issuer());
	}

	/** The services with pages sign people in here (authorization code with PKCE). */
	Map<PlatformService, List<String>> pageArguments() {
		String registration = "--spring.security.oauth2.client.registration.peersupport.";
		List<String> signIn = List.of(registration + "client-id=peersupport-pages",
				registration + "client-authentication-method=none",
				registration + "authorization-grant-type=authorization_code",
				registration + "redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
				registration + "scope=openid,profile",
				"--spring.security.oauth2.client.provider.peersupport.issuer-uri=" + issuer());
		Map<PlatformService, List<String>> arguments = new EnumMap<>(PlatformService.class);
		WITH_PAGES.forEach((service) -> arguments.put(service, signIn));
		return arguments;
	}

	@Override
	public void close() {
		this.server.close();
	}

}
