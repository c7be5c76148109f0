package org.peersupport.web;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * A request's span names its route ({@code /api/v1/supporters/{staffId}/offers}), never
 * its path: a path holds staff and case ids, and a trace exported to a collector must
 * name nobody, as logs and metrics do (docs/privacy.md, "Logs name nobody"). Micrometer
 * puts the full path in the high-cardinality {@value #URL} key; this replaces it with the
 * route the metrics already use.
 */
class RoutesNotPaths implements ObservationFilter {

	static final String URL = "http.url";

	@Override
	public Observation.Context map(Observation.Context context) {
		if (context instanceof ServerRequestObservationContext && context.getHighCardinalityKeyValue(URL) != null) {
			KeyValue route = context.getLowCardinalityKeyValue("uri");
			context.addHighCardinalityKeyValue(KeyValue.of(URL, (route != null) ? route.getValue() : "UNKNOWN"));
		}
		return context;
	}

}
