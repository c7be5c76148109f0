package org.peersupport.matching.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.matching.availability.Availability;
import org.peersupport.matching.availability.AvailabilityBook;
import org.peersupport.matching.offer.SupporterOwnership;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

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
	 * The whole availability, replacing what was there.
	 *
	 * @param zone the zone of the weekly windows, such as America/New_York
	 * @param windows weekly windows
	 * @param onCall on-call slots
	 */
	record AvailabilityBody(String zone, List<Window> windows, List<Slot> onCall) {
	}

	/**
	 * A weekly window.
	 *
	 * @param day MONDAY to SUNDAY
	 * @param start local start, such as 08:00
	 * @param end local end, after the start
	 */
	record Window(String day, String start, String end) {
	}

	/**
	 * An on-call slot.
	 *
	 * @param start an instant such as 2026-01-31T20:00:00Z
	 * @param end a later instant
	 */
	record Slot(String start, String end) {
	}

	@PutMapping
	Mono<Availability> replace(@PathVariable String staffId, @RequestBody AvailabilityBody body, Actor actor) {
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

	private static Availability parse(AvailabilityBody body) {
		Input input = new Input();
		ZoneId zone = input.zone("zone", body.zone());
		List<Window> windows = (body.windows() != null) ? body.windows() : List.of();
		List<Slot> slots = (body.onCall() != null) ? body.onCall() : List.of();
		if (windows.size() > MAX_ENTRIES || slots.size() > MAX_ENTRIES) {
			input.problem((windows.size() > MAX_ENTRIES) ? "windows" : "onCall",
					"may hold at most " + MAX_ENTRIES + " entries");
			input.check();
		}
		List<Availability.WeeklyWindow> weekly = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			String at = "windows[" + i + "]";
			Window window = (windows.get(i) != null) ? windows.get(i) : new Window(null, null, null);
			DayOfWeek day = input.choice(at + ".day", window.day(), DayOfWeek.class, true);
			LocalTime start = input.time(at + ".start", window.start());
			LocalTime end = input.time(at + ".end", window.end());
			if (start != null && end != null && !end.isAfter(start)) {
				input.problem(at + ".end", "must be after start; split a night shift into two windows");
			}
			weekly.add(new Availability.WeeklyWindow(day, start, end));
		}
		List<Availability.OnCallSlot> onCall = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			String at = "onCall[" + i + "]";
			Slot slot = (slots.get(i) != null) ? slots.get(i) : new Slot(null, null);
			Instant start = input.instant(at + ".start", slot.start());
			Instant end = input.instant(at + ".end", slot.end());
			if (start != null && end != null && !end.isAfter(start)) {
				input.problem(at + ".end", "must be after start");
			}
			onCall.add(new Availability.OnCallSlot(start, end));
		}
		input.check();
		return new Availability(zone, weekly, onCall);
	}

}
