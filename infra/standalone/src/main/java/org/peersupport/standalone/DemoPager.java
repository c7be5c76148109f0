package org.peersupport.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;

import org.peersupport.standalone.logging.DemoLoggers;

/**
 * The demo's pager gateway: a real HTTP webhook on the loopback interface that referral
 * pages the on-call program lead through when a supporter raises the crisis flag. In
 * production this is the hospital's pager or SMS gateway; here each page is logged so the
 * crisis path can be followed, and acknowledged, from the console. A page carries ids and
 * times only.
 */
public final class DemoPager implements AutoCloseable {

	private static final Logger log = DemoLoggers.of(DemoPager.class);

	/** The demo's one-lead on-call rota. */
	static final String LEAD_ID = "LEAD-1";

	static final String PAGER_ID = "DEMO-PAGER";

	private static final String HOST = "127.0.0.1";

	private final HttpServer server;

	private final List<String> pages = new CopyOnWriteArrayList<>();

	private DemoPager(HttpServer server) {
		this.server = server;
	}

	/** Starts the webhook on the loopback interface; port 0 picks a free one. */
	public static DemoPager start(int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(HOST, port), 0);
			DemoPager pager = new DemoPager(server);
			server.createContext("/page", pager::receive);
			server.start();
			log.info("Demo pager: {} (on-call lead {} on pager {})", pager.url(), LEAD_ID, PAGER_ID);
			return pager;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The settings that point referral at this pager with a one-lead rota. */
	List<String> serviceArguments() {
		return List.of("--peersupport.referral.crisis.pager-url=" + url(),
				"--peersupport.referral.crisis.on-call[0].lead-id=" + LEAD_ID,
				"--peersupport.referral.crisis.on-call[0].pager-id=" + PAGER_ID);
	}

	String url() {
		return "http://" + HOST + ":" + this.server.getAddress().getPort() + "/page";
	}

	/** Every page received so far, as the JSON the gateway was sent. */
	public List<String> pages() {
		return List.copyOf(this.pages);
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (InputStream body = exchange.getRequestBody()) {
			String page = new String(body.readAllBytes(), StandardCharsets.UTF_8);
			this.pages.add(page);
			log.warn("CRISIS PAGE for the on-call lead: {} (acknowledge with POST "
					+ "/api/v1/crises/{{crisisId}}/acknowledgement on referral)", page);
		}
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
