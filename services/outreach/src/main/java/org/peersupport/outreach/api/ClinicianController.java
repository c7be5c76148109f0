package org.peersupport.outreach.api;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.outreach.clinician.Channel;
import org.peersupport.outreach.clinician.ClinicianPreferences;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.Shift;
import org.peersupport.outreach.optout.PreferenceChanges;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldReader;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clinician's own preferences (contact window, channel, opt-out), which nobody else
 * reads or changes, and the shift feed that tells outreach who just came off a night
 * shift.
 */
@RestController
@RequestMapping("/api/v1/clinicians/{staffId}")
class ClinicianController {

	private final Clinicians clinicians;

	private final PreferenceChanges changes;

	ClinicianController(Clinicians clinicians, PreferenceChanges changes) {
		this.clinicians = clinicians;
		this.changes = changes;
	}

	@GetMapping("/preferences")
	Mono<PreferencesView> preferences(Actor clinician, @PathVariable String staffId) {
		String own = own(clinician, staffId);
		return Blocking.call(() -> PreferencesView.of(this.clinicians.preferences(own)));
	}

	/**
	 * The clinician changes their own preferences, and the change is recorded as theirs:
	 * the actor is the token's staff id, so an opt-out is only ever reversed by the
	 * clinician who opted out.
	 */
	@PutMapping("/preferences")
	Mono<PreferencesView> change(Actor clinician, @PathVariable String staffId, @RequestBody JsonNode body) {
		ClinicianPreferences wanted = preferences(body, own(clinician, staffId));
		return Blocking.call(() -> PreferencesView.of(this.changes.change(wanted, clinician.staffId())));
	}

	@PutMapping("/shifts")
	Mono<Shift> shift(Actor caller, @PathVariable String staffId, @RequestBody JsonNode body) {
		String checked = staffId(staffId);
		ShiftReporters.require(caller, checked);
		Shift shift = shift(body, checked);
		return Blocking.call(() -> this.clinicians.saveShift(shift));
	}

	@GetMapping("/shifts")
	Mono<Shift> lastShift(Actor caller, @PathVariable String staffId) {
		String checked = staffId(staffId);
		ShiftReporters.require(caller, checked);
		return Blocking.call(() -> this.clinicians.shift(checked).orElse(null));
	}

	static String own(Actor clinician, String staffId) {
		String checked = staffId(staffId);
		clinician.requireSelf(checked);
		return checked;
	}

	private static String staffId(String staffId) {
		FieldReader path = FieldReader.parameters();
		String checked = path.parameter("staffId", staffId).text(100).required();
		path.check();
		return checked;
	}

	/**
	 * The preferences: {@code contactWindow} ({@code from} and {@code until}, when the
	 * clinician may be contacted, or null for any time), {@code timeZone} (the zone of
	 * the contact window, or null for the facility's), {@code channel} (EMAIL, SMS or
	 * PHONE) and {@code optedOut}, whether they opt out of outreach.
	 */
	private static ClinicianPreferences preferences(JsonNode body, String staffId) {
		FieldReader in = FieldReader.ofObject(body);
		LocalTime from = null;
		LocalTime until = null;
		FieldReader window = in.field("contactWindow");
		if (window.object().optional() != null) {
			from = window.field("from").time().required();
			until = window.field("until").time().required();
			if (from != null && from.equals(until)) {
				window.field("until").problem("must differ from contactWindow.from");
			}
		}
		ZoneId zone = in.field("timeZone").zone().optional();
		Channel channel = in.field("channel").choice(Channel.class).required();
		Boolean optedOut = in.field("optedOut").flag().required();
		in.check();
		return new ClinicianPreferences(staffId, from, until, zone, channel, optedOut, null);
	}

	/**
	 * A shift: when the last one ended ({@code lastShiftEnd}, ISO-8601 with offset) and
	 * whether it was a {@code nightShift}.
	 */
	private static Shift shift(JsonNode body, String staffId) {
		FieldReader in = FieldReader.ofObject(body);
		Instant end = in.field("lastShiftEnd").instant().required();
		Boolean night = in.field("nightShift").flag().required();
		in.check();
		return new Shift(staffId, end, night);
	}

	record ContactWindow(String from, String until) {
	}

	record PreferencesView(String staffId, ContactWindow contactWindow, String timeZone, Channel channel,
			boolean optedOut, Instant updatedAt) {

		static PreferencesView of(ClinicianPreferences p) {
			return new PreferencesView(p.staffId(),
					p.hasContactWindow() ? new ContactWindow(p.contactFrom().toString(), p.contactUntil().toString())
							: null,
					(p.timeZone() != null) ? p.timeZone().getId() : null, p.channel(), p.optedOut(), p.updatedAt());
		}

	}

}
