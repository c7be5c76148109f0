package org.peersupport.dashboard.api;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.peersupport.dashboard.figures.Dashboard;
import org.peersupport.dashboard.figures.DashboardSettings;
import org.peersupport.dashboard.figures.DashboardView;
import org.peersupport.dashboard.figures.Slice;
import org.peersupport.dashboard.readmodel.ReadModelChanges;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures as JSON, once or as a live stream of server-sent events that pushes the
 * view again whenever the read models change.
 */
@RestController
class DashboardController {

	/**
	 * Bursts of events (a mass-casualty report) are folded into one push per interval.
	 */
	private static final Duration COALESCE = Duration.ofMillis(250);

	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private final Dashboard dashboard;

	private final DashboardSettings settings;

	private final ReadModelChanges changes;

	DashboardController(Dashboard dashboard, DashboardSettings settings, ReadModelChanges changes) {
		this.dashboard = dashboard;
		this.settings = settings;
		this.changes = changes;
	}

	@GetMapping(path = "/api/v1/summary", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<DashboardView> summary(@RequestParam MultiValueMap<String, String> query, Actor director) {
		Slice slice = DirectorFacilities.limit(SliceParameters.parse(query, this.settings), director);
		return Blocking.call(() -> this.dashboard.view(slice));
	}

	/**
	 * Pushes the view at once, then after every change (and every refresh interval, to
	 * pick up changes another dashboard instance consumed); an unchanged view is not sent
	 * again. Comments keep idle connections open through proxies.
	 */
	@GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<DashboardView>> stream(@RequestParam MultiValueMap<String, String> query, Actor director) {
		Slice slice = DirectorFacilities.limit(SliceParameters.parse(query, this.settings), director);
		Flux<Object> triggers = Flux.merge(Flux.just(0L), this.changes.signals().sample(COALESCE),
				Flux.interval(this.settings.refresh()));
		Flux<ServerSentEvent<DashboardView>> views = triggers.onBackpressureLatest()
			.concatMap((trigger) -> Blocking.call(() -> this.dashboard.view(slice)), 1)
			.distinctUntilChanged((view) -> view, (a, b) -> b.sameFiguresAs(a))
			.map((view) -> ServerSentEvent.builder(view).event("summary").build());
		Flux<ServerSentEvent<DashboardView>> heartbeats = Flux.interval(HEARTBEAT)
			.map((tick) -> ServerSentEvent.<DashboardView>builder().comment("keep-alive").build());
		return Flux.merge(views, heartbeats);
	}

}
