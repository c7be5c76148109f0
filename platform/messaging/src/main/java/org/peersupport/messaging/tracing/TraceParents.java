package org.peersupport.messaging.tracing;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The W3C {@value #HEADER} of the work in progress: the HTTP request or Kafka record
 * being handled on this thread. The outbox stores it with each row and the relay sends it
 * as a Kafka header, so the consumer's span continues the writer's trace, however long
 * the row waited.
 */
public interface TraceParents {

	/** The W3C Trace Context header, on HTTP and on Kafka records alike. */
	String HEADER = "traceparent";

	/** The current trace context as a {@value #HEADER} value, or null outside a trace. */
	String current();

	/** No tracing on the class path or no tracer: rows carry no trace context. */
	static TraceParents none() {
		return () -> null;
	}

	/**
	 * The context of Micrometer Tracing's current span, written by the propagator the
	 * service is configured with ({@code management.tracing.propagation.produce}, W3C by
	 * default).
	 */
	static TraceParents of(ObjectProvider<Tracer> tracers, ObjectProvider<Propagator> propagators) {
		return () -> {
			// Looked up at each write: the outbox may be made before tracing is.
			Tracer tracer = tracers.getIfUnique();
			Propagator propagator = propagators.getIfUnique();
			if (tracer == null || propagator == null) {
				return null;
			}
			TraceContext context = tracer.currentTraceContext().context();
			if (context == null) {
				return null;
			}
			Map<String, String> carrier = new HashMap<>();
			propagator.inject(context, carrier, Map::put);
			return carrier.get(HEADER);
		};
	}

}
