package org.peersupport.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The test identity provider's loopback endpoints: an OpenID discovery document and the
 * JWK set with the public half of its signing key, which services fetch exactly as they
 * would a hospital's.
 */
final class DiscoveryServer {

	private final String issuer;

	private DiscoveryServer(String issuer) {
		this.issuer = issuer;
	}

	/** Starts serving the key on a free loopback port, for the life of the JVM. */
	static DiscoveryServer start(RSAKey signingKey) {
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
		String jwks = new JWKSet(signingKey.toPublicJWK()).toString();
		String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
				+ "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
		server.createContext("/.well-known/openid-configuration", (exchange) -> json(exchange, discovery));
		server.createContext("/jwks", (exchange) -> json(exchange, jwks));
		server.setExecutor(null);
		startAsDaemon(server);
		return new DiscoveryServer(issuer);
	}

	/** The issuer URL: the server's base address. */
	String issuer() {
		return this.issuer;
	}

	/**
	 * The JDK server's dispatcher thread takes its daemon status from the thread that
	 * starts it: started from a daemon thread, it never keeps a benchmark's JVM alive
	 * after {@code main} returns.
	 */
	private static void startAsDaemon(HttpServer server) {
		Thread starter = new Thread(server::start, "test-identity-start");
		starter.setDaemon(true);
		starter.start();
		try {
			starter.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void json(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
