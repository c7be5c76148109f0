package org.peersupport.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The standalone's identity provider: a Spring Authorization Server with demo users and
 * clients, on {@code http://localhost:<port>} (issuer, OIDC discovery, JWK set, login
 * form). Users: {@code admin}, {@code director}, {@code lead-1}, {@code operator},
 * {@code C-100}, {@code C-101}, {@code P-1}, {@code P-2}, {@code S-900} and every staff
 * id the {@link DemoDirectory} knows, all with password {@code demo}. Clients:
 * {@code demo-risk-system} (client credentials), {@code demo-cli} (for
 * {@code bin/token}), {@code peersupport-pages} (the services' pages). Not for
 * production: every password is known.
 */
public final class DemoIdentityServer {

	public static final int DEFAULT_PORT = 9000;

	/** The dashboard's and the matching portal's default addresses. */
	public static final List<String> DEFAULT_PAGE_BASE_URLS = List.of("http://localhost:8080", "http://localhost:8083");

	private DemoIdentityServer() {
	}

	/** Starts with a new signing key and the default page addresses. */
	public static ConfigurableApplicationContext start(int port, DemoDirectory directory) {
		return start(port, directory, null, DEFAULT_PAGE_BASE_URLS);
	}

	/**
	 * Starts the server.
	 * @param port the port on 127.0.0.1; 0 for any free one
	 * @param directory the staff who may sign in besides the fixed demo users
	 * @param dataDir where the signing key is kept across restarts; {@code null} for a
	 * new key each start
	 * @param pageBaseUrls the base URLs of the services whose pages sign in here (for
	 * example {@code http://localhost:8080}); their callback and signed-out pages are the
	 * registered redirects
	 * @param arguments more settings, as {@code --name=value} (for example
	 * {@code --peersupport.identity.risk-system-jwks-url=...}); not the port, address or
	 * issuer, which the parameters set
	 * @return the running context; {@link #issuer(ConfigurableApplicationContext)} gives
	 * its issuer, closing it stops the server
	 */
	public static ConfigurableApplicationContext start(int port, DemoDirectory directory, Path dataDir,
			List<String> pageBaseUrls, String... arguments) {
		int actualPort = (port != 0) ? port : freePort();
		DemoDirectory staff = (directory != null) ? directory : DemoDirectory.of();
		List<String> args = new ArrayList<>();
		// Read from identity-service.properties only: the services' own settings files
		// are
		// on the same classpath in the standalone.
		args.add("--spring.config.name=identity-service");
		args.add("--spring.main.web-application-type=servlet");
		args.add("--server.address=127.0.0.1");
		args.add("--server.port=" + actualPort);
		args.add("--peersupport.identity.issuer=" + issuer(actualPort));
		if (dataDir != null) {
			args.add("--peersupport.identity.data-dir=" + dataDir.toAbsolutePath());
		}
		if (pageBaseUrls != null) {
			args.add("--peersupport.identity.page-base-urls=" + String.join(",", pageBaseUrls));
		}
		args.addAll(List.of(arguments));
		// Explicitly a servlet application: the same JVM runs WebFlux services, and the
		// classpath alone would not say which this one is.
		return new SpringApplicationBuilder(IdentityApplication.class).main(IdentityApplication.class)
			.web(WebApplicationType.SERVLET)
			.registerShutdownHook(false)
			.initializers((context) -> context.getBeanFactory().registerSingleton("demoDirectory", staff))
			.run(args.toArray(String[]::new));
	}

	/**
	 * The issuer of a server on this port, as the services must be configured with it.
	 */
	public static String issuer(int port) {
		return "http://localhost:" + port;
	}

	/** The issuer of a running server. */
	public static String issuer(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("peersupport.identity.issuer");
	}

	/**
	 * Runs the server on its own: port {@value #DEFAULT_PORT} (or system property
	 * {@code peersupport.identity.port}); the arguments are settings as for
	 * {@link #start(int, DemoDirectory, Path, List, String...)}, for example
	 * {@code --peersupport.identity.data-dir=.peersupport-data}.
	 */
	public static void main(String[] args) {
		start(Integer.getInteger("peersupport.identity.port", DEFAULT_PORT), DemoDirectory.of(), null, null, args);
	}

	/**
	 * A port free now. The issuer names the port, so it must be known before the server
	 * starts; another process could take it in between, which on a test machine is rare.
	 */
	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
