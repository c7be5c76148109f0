package org.peersupport.outreach.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsoleProperties;
import org.peersupport.console.ConsoleService;
import org.peersupport.outreach.debrief.TeamDebriefView;
import org.peersupport.outreach.escalation.EscalationEntry;
import org.peersupport.outreach.outreachcase.AdministratorClosure;
import org.peersupport.outreach.outreachcase.CaseActionEntry;
import org.peersupport.outreach.outreachcase.CaseFile;
import org.peersupport.outreach.outreachcase.CaseStatus;
import org.peersupport.outreach.outreachcase.OutreachCaseView;
import org.peersupport.outreach.outreachcase.OutsideContact;

import org.springframework.stereotype.Component;

/**
 * What the worklist and case pages show of a case, in words: its reasons, how long it has
 * waited and by when it must be handled, its history, and the forms of the actions on it.
 */
@Component
class CaseModels {

	private final Clock clock;

	private final ConsoleTimes times;

	private final ConsoleProperties console;

	CaseModels(Clock clock, ConsoleProperties console) {
		this.clock = clock;
		this.times = new ConsoleTimes(ZoneId.systemDefault());
		this.console = console;
	}

	ConsoleTimes times() {
		return this.times;
	}

	/** A row of the worklist, its clinician named from {@code people}. */
	Map<String, Object> row(CaseFile file, Map<String, DirectoryPeople.Person> people) {
		Map<String, Object> row = summary(file, people.get(file.view().staffId()));
		row.put("href", "/console/cases/" + file.view().id());
		return row;
	}

	/**
	 * The case page, its forms showing what {@code form} refused; its clinician and
	 * supporter named from {@code people}, with what outreach knows to reach them by.
	 */
	Map<String, Object> page(CaseFile file, Map<String, DirectoryPeople.Person> people, List<TeamDebriefView> debriefs,
			ConsoleForm form, Map<String, String> sent) {
		OutreachCaseView view = file.view();
		DirectoryPeople.Person clinician = people.get(view.staffId());
		Map<String, Object> model = summary(file, clinician);
		model.put("clinicianWork", clinician.work());
		model.put("title", clinician.named() ? "Case of " + clinician.name() : "Case of staff ID " + view.staffId());
		boolean open = view.status() != CaseStatus.CLOSED;
		model.put("form", form);
		model.put("open", open);
		model.put("status", CaseWords.status(view.status(), view.closeReason()));
		String source = CaseWords.source(view.source());
		model.put("source", Character.toUpperCase(source.charAt(0)) + source.substring(1));
		if (view.supporterId() != null) {
			DirectoryPeople.Person supporter = people.get(view.supporterId());
			model.put("supporter", Map.of("name", supporter.name(), "staffId", supporter.staffId()));
		}
		model.put("opened", this.times.at(file.openedAt()));
		model.put("assignHref",
				this.console.origin(ConsoleService.MATCHING) + "/console/cases/" + view.id() + "/assign");
		model.put("how", field(form, sent, "how", "How you reached them"));
		model.put("howOptions", options(OutsideContact.values(), (how) -> CaseWords.contact((OutsideContact) how)));
		model.put("reason", field(form, sent, "reason", "Why you are closing it"));
		model.put("reasonOptions",
				options(AdministratorClosure.values(), (reason) -> CaseWords.closure((AdministratorClosure) reason)));
		debriefs.stream().filter((d) -> d.status().schedulable()).findFirst().ifPresent((debrief) -> {
			Map<String, Object> schedule = new HashMap<>();
			schedule.put("action", "/console/cases/" + view.id() + "/team-debrief/" + debrief.debriefId());
			schedule.put("involved", debrief.involved());
			schedule.put("startsAt", field(form, sent, "startsAt", "When it starts"));
			schedule.put("place", field(form, sent, "place", "Room"));
			schedule.put("videoLink", field(form, sent, "videoLink", "Or a video link (https)"));
			schedule.put("facilitators", field(form, sent, "facilitators", "How many facilitators"));
			model.put("debrief", schedule);
		});
		model.put("timeline", timeline(file));
		model.put("debriefsSet",
				debriefs.stream()
					.filter((d) -> d.startsAt() != null)
					.map((d) -> Map.of("text",
							"Team debrief on " + this.times.at(d.startsAt()) + ", "
									+ ((d.place() != null) ? "in " + d.place() : "by video link")))
					.toList());
		return model;
	}

	private static ConsoleForm.FormField field(ConsoleForm form, Map<String, String> sent, String name, String label) {
		return form.field(name, label, sent.get(name));
	}

	private Map<String, Object> summary(CaseFile file, DirectoryPeople.Person clinician) {
		OutreachCaseView view = file.view();
		Instant now = this.clock.instant();
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", view.id());
		model.put("staffId", view.staffId());
		model.put("clinicianName", clinician.name());
		model.put("facility", (file.facility() != null) ? file.facility() : "No facility named");
		model.put("harm", CaseWords.harm(file.harm()));
		List<Map<String, String>> reasons = new ArrayList<>();
		file.escalations()
			.stream()
			.filter(EscalationEntry::isOpen)
			.map(EscalationEntry::reason)
			.distinct()
			.forEach((reason) -> reasons.add(Map.of("text", CaseWords.reason(reason))));
		if (reasons.isEmpty() && view.status() == CaseStatus.NEEDS_ATTENTION) {
			reasons.add(Map.of("text", CaseWords.reason(view.attentionReason())));
		}
		model.put("reasons", reasons);
		model.put("hasReasons", !reasons.isEmpty());
		model.put("waited", ConsoleTimes.length(Duration.between(file.waitingSince(), now)));
		model.put("waitingSince", this.times.at(file.waitingSince()));
		boolean awaitsAcceptance = view.status() != CaseStatus.ACCEPTED && view.status() != CaseStatus.CLOSED;
		if (awaitsAcceptance && view.windowEndsAt() != null && view.windowEndsAt().isAfter(now)) {
			model.put("deadline", "Handle by " + this.times.at(view.windowEndsAt()));
			model.put("deadlineClass", "warn");
		}
		else if (awaitsAcceptance && view.windowEndsAt() != null) {
			model.put("deadline", "Overdue since " + this.times.at(view.windowEndsAt()));
			model.put("deadlineClass", "alert");
		}
		else {
			model.put("deadline", "Due since " + this.times.at(file.waitingSince()));
			model.put("deadlineClass", "alert");
		}
		return model;
	}

	private List<Map<String, String>> timeline(CaseFile file) {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry(file.openedAt(), "Case opened: " + CaseWords.source(file.view().source())));
		for (CaseFile.EventEntry event : file.events()) {
			String others = (event.othersInvolved() == 0) ? "nobody else involved" : (event.othersInvolved() == 1)
					? "1 other person involved" : event.othersInvolved() + " other people involved";
			entries.add(new Entry(event.addedAt(),
					"An event was added: the clinician was " + CaseWords.role(event.role()) + ", " + others));
		}
		if (file.view().offeredAt() != null) {
			entries.add(new Entry(file.view().offeredAt(), "First offered to a supporter"));
		}
		for (EscalationEntry escalation : file.escalations()) {
			entries
				.add(new Entry(escalation.escalatedAt(), "Needed attention: " + CaseWords.reason(escalation.reason())));
			if (escalation.resolvedAt() != null) {
				entries.add(new Entry(escalation.resolvedAt(), "Resolved: " + CaseWords.reason(escalation.reason())));
			}
		}
		for (CaseActionEntry action : file.actions()) {
			entries.add(new Entry(action.at(), action(action)));
		}
		if (file.closedAt() != null) {
			entries.add(new Entry(file.closedAt(), "Case closed" + CaseWords.closed(file.view().closeReason())));
		}
		entries.sort(Comparator.comparing(Entry::at));
		return entries.stream().map((e) -> Map.of("at", this.times.at(e.at()), "what", e.what())).toList();
	}

	private static String action(CaseActionEntry action) {
		if (CaseActionEntry.OUTSIDE_CONTACT.equals(action.action())) {
			String how = (action.detail() != null)
					? " (" + CaseWords.contact(OutsideContact.valueOf(action.detail())).toLowerCase() + ")" : "";
			return action.actor() + " recorded contact outside the platform" + how;
		}
		String why = (action.detail() != null)
				? ": " + CaseWords.closure(AdministratorClosure.valueOf(action.detail())).toLowerCase() : "";
		return action.actor() + " closed the case" + why;
	}

	private static List<Map<String, String>> options(Enum<?>[] values,
			java.util.function.Function<Enum<?>, String> label) {
		List<Map<String, String>> options = new ArrayList<>();
		for (Enum<?> value : values) {
			options.add(Map.of("value", value.name(), "label", label.apply(value)));
		}
		return options;
	}

	private record Entry(Instant at, String what) {
	}

}
