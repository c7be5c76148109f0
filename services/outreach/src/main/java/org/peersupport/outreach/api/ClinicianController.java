package org.peersupport.outreach.api;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.peersupport.outreach.clinician.Channel;
import org.peersupport.outreach.clinician.ClinicianPreferences;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.Shift;
import org.peersupport.outreach.optout.PreferenceChanges;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

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
	Mono<PreferencesView> change(Actor clinician, @PathVariable String staffId,
			@RequestBody PreferencesRequest request) {
		ClinicianPreferences wanted = request.toPreferences(own(clinician, staffId));
		return Blocking.call(() -> PreferencesView.of(this.changes.change(wanted, clinician.staffId())));
	}

	@PutMapping("/shifts")
	Mono<Shift> shift(Actor caller, @PathVariable String staffId, @RequestBody ShiftRequest request) {
		String checked = staffId(staffId);
		ShiftReporters.require(caller, checked);
		Shift shift = request.toShift(checked);
		return Blocking.call(() -> this.clinicians.saveShift(shift));
	}

	@GetMapping("/shifts")
	Mono<Shift> lastShift(Actor caller, @PathVariable String staffId) {
		String checked = staffId(staffId);
		ShiftReporters.require(caller, checked);
		return Blocking.call(() -> this.clinicians.shift(checked).orElse(null));
	}

	private static String own(Actor clinician, String staffId) {
		String checked = staffId(staffId);
		clinician.requireSelf(checked);
		return checked;
	}

	private static String staffId(String staffId) {
		if (staffId.isBlank() || staffId.length() > 100) {
			throw new InvalidInputException("staffId", "must be 1 to 100 characters");
		}
		return staffId;
	}

	/**
	 * @param contactWindow when the clinician may be contacted, or null for any time
	 * @param timeZone the zone of the contact window, or null for the facility's
	 * @param channel EMAIL, SMS or PHONE
	 * @param optedOut whether they opt out of outreach
	 */
	record PreferencesRequest(ContactWindow contactWindow, String timeZone, String channel, Boolean optedOut) {

		ClinicianPreferences toPreferences(String staffId) {
			List<FieldProblem> problems = new ArrayList<>();
			LocalTime from = null;
			LocalTime until = null;
			if (this.contactWindow != null) {
				from = time("contactWindow.from", this.contactWindow.from(), problems);
				until = time("contactWindow.until", this.contactWindow.until(), problems);
				if (from != null && from.equals(until)) {
					problems.add(new FieldProblem("contactWindow.until", "must differ from contactWindow.from"));
				}
			}
			ZoneId zone = null;
			if (this.timeZone != null) {
				try {
					zone = ZoneId.of(this.timeZone);
				}
				catch (RuntimeException ex) {
					problems.add(new FieldProblem("timeZone", "must be a time zone id such as America/Chicago"));
				}
			}
			Channel parsedChannel = null;
			try {
				parsedChannel = Channel.valueOf(String.valueOf(this.channel).trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("channel", "must be one of EMAIL, SMS, PHONE"));
			}
			if (this.optedOut == null) {
				problems.add(new FieldProblem("optedOut", "is required"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new ClinicianPreferences(staffId, from, until, zone, parsedChannel, this.optedOut, null);
		}

		private static LocalTime time(String field, String text, List<FieldProblem> problems) {
			try {
				return LocalTime.parse(String.valueOf(text).trim());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem(field, "must be a time of day such as 08:00"));
				return null;
			}
		}

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

	/**
	 * @param lastShiftEnd when the last shift ended (ISO-8601 with offset)
	 * @param nightShift whether it was a night shift
	 */
	record ShiftRequest(String lastShiftEnd, Boolean nightShift) {

		Shift toShift(String staffId) {
			List<FieldProblem> problems = new ArrayList<>();
			Instant end = null;
			try {
				end = OffsetDateTime.parse(String.valueOf(this.lastShiftEnd).trim()).toInstant();
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("lastShiftEnd",
						"must be a date-time with offset such as 2026-11-21T07:00:00Z"));
			}
			if (this.nightShift == null) {
				problems.add(new FieldProblem("nightShift", "is required"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new Shift(staffId, end, this.nightShift);
		}

	}

}
