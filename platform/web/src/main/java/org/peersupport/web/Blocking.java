package org.peersupport.web;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs blocking JDBC work off the event loop. Repositories are blocking (Micronaut Data
 * JDBC), so handlers hand their work to the bounded elastic pool rather than stall a
 * Netty thread.
 */
public final class Blocking {

	private Blocking() {
	}

	public static <T> Mono<T> call(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

}
