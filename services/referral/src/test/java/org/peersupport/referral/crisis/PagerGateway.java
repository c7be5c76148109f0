package org.peersupport.referral.crisis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

import org.peersupport.contracts.envelope.EventJson;

/**
 * A real HTTP pager gateway on 127.0.0.1: it records every page it receives and can be
 * told to fail the next few.
 */
final class PagerGateway implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresToCome = new AtomicInteger();

	/**
	 * One request as the gateway saw it.
	 *
	 * @param page the JSON body
	 * @param status what the gateway answered
	 */
	record Received(JsonNode page, int status) {

		String leadId() {
			return this.page.get("leadId").asString();
		}

		String crisisId() {
			return this.page.get("crisisId").asString();
		}

	}

	PagerGateway() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/page", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/page";
	}

	void failNext(int count) {
		this.failuresToCome.set(count);
	}

	/** Every request for one crisis, in arrival order. */
	List<Received> requestsFor(String crisisId) {
		return this.received.stream().filter((request) -> crisisId.equals(request.crisisId())).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		int status = (this.failuresToCome.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) ? 503 : 202;
		this.received.add(new Received(EventJson.mapper().readTree(body), status));
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
