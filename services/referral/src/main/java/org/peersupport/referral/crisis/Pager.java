package org.peersupport.referral.crisis;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.peersupport.contracts.envelope.EventJson;

import org.springframework.stereotype.Component;

/**
 * The separate channel to on-call leads: an HTTP pager or SMS-gateway webhook, called
 * through the resilience4j configurations named {@value #RESILIENCE}: a retry around a
 * circuit breaker, so a gateway that is down is not hammered by every open crisis.
 */
@Component
class Pager {

	static final String RESILIENCE = "pager";

	private final CrisisSettings settings;

	private final Retry retry;

	private final CircuitBreaker breaker;

	private final HttpClient http;

	private final JsonMapper json = EventJson.mapper();

	Pager(CrisisSettings settings, RetryRegistry retries, CircuitBreakerRegistry breakers) {
		this.settings = settings;
		this.retry = retries.retry(RESILIENCE);
		this.breaker = breakers.circuitBreaker(RESILIENCE);
		this.http = HttpClient.newBuilder().connectTimeout(settings.pagerTimeout()).build();
	}

	/**
	 * What a lead's pager receives: ids and times only, never anything about the
	 * clinician beyond the crisis id.
	 *
	 * @param crisisId the crisis to acknowledge
	 * @param leadId the lead paged
	 * @param pagerId their pager
	 * @param facility the facility, or null
	 * @param raisedAt when the crisis was raised
	 * @param page the number of this page for the crisis, from 1
	 */
	record Page(String crisisId, String leadId, String pagerId, String facility, Instant raisedAt, int page) {
	}

	/**
	 * Sends a page, with retries.
	 * @return null when delivered, otherwise why not
	 */
	String send(Page page) {
		if (this.settings.pagerUrl() == null || this.settings.pagerUrl().getHost() == null) {
			return "no pager configured (peersupport.referral.crisis.pager-url)";
		}
		try {
			Retry
				.decorateCheckedSupplier(this.retry,
						CircuitBreaker.decorateCheckedSupplier(this.breaker, () -> post(page)))
				.get();
			return null;
		}
		catch (CallNotPermittedException ex) {
			return "pager circuit open";
		}
		catch (Throwable ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

	private int post(Page page) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.settings.pagerUrl())
			.timeout(this.settings.pagerTimeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(page)))
			.build();
		int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		if (status < 200 || status >= 300) {
			throw new PagerUnavailableException("pager answered HTTP " + status);
		}
		return status;
	}

}
