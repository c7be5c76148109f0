package org.peersupport.matching.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.matching.availability.Availability;
import org.peersupport.matching.availability.AvailabilityBook;
import org.peersupport.matching.offer.SupporterOwnership;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Supporters manage their own weekly windows and on-call slots, and nobody else's. */
@RestController
@RequestMapping("/api/v1/supporters/{staffId}/availability")
class AvailabilityController {

	private static final int MAX_ENTRIES = 100;

	private final AvailabilityBook book;

	private final SupporterOwnership ownership;

	AvailabilityController(AvailabilityBook book, SupporterOwnership ownership) {
		this.book = book;
		this.ownership = ownership;
	}

	/**
	 * The whole availability, replacing what was there: {@code zone} (of the weekly
	 * windows, such as America/New_York), {@code windows} (weekly windows of a
	 * {@code day}, MONDAY to SUNDAY, and a local {@code start} and {@code end}, such as
	 * 08:00) and {@code onCall} (slots from a {@code start} to an {@code end} instant,
	 * such as 2026-01-31T20:00:00Z).
	 */
	@PutMapping
	Mono<Availability> replace(@PathVariable String staffId, @RequestBody JsonNode body, Actor actor) {
		// Whose it is comes first: a stranger learns nothing from the validation.
		return Blocking.call(() -> {
			String supporter = this.ownership.ownSupporterRecord(actor, staffId);
			return this.book.replace(supporter, parse(body));
		});
	}

	@GetMapping
	Mono<Availability> get(@PathVariable String staffId, Actor actor) {
		return Blocking.call(() -> this.book.of(this.ownership.ownSupporterRecord(actor, staffId)));
	}

	private static Availability parse(JsonNode body) {
		FieldReader in = FieldReader.ofObject(body);
		ZoneId zone = in.field("zone").zone().required();
		List<Availability.WeeklyWindow> weekly = in.field("windows")
			.listOf(MAX_ENTRIES, AvailabilityController::weeklyWindow);
		List<Availability.OnCallSlot> onCall = in.field("onCall").listOf(MAX_ENTRIES, AvailabilityController::slot);
		in.check();
		return new Availability(zone, weekly, onCall);
	}

	private static Availability.WeeklyWindow weeklyWindow(FieldReader window) {
		DayOfWeek day = window.field("day").choice(DayOfWeek.class).required();
		LocalTime start = window.field("start").time().required();
		LocalTime end = window.field("end").time().required();
		if (start != null && end != null && !end.isAfter(start)) {
			window.field("end").problem("must be after start; split a night shift into two windows");
		}
		return new Availability.WeeklyWindow(day, start, end);
	}

	private static Availability.OnCallSlot slot(FieldReader slot) {
		Instant start = slot.field("start").instant().required();
		Instant end = slot.field("end").instant().required();
		if (start != null && end != null && !end.isAfter(start)) {
			slot.field("end").problem("must be after start");
		}
		return new Availability.OnCallSlot(start, end);
	}

}
