package org.peersupport.referral.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.referral.api.OverrideRequest;
import org.peersupport.referral.api.ProgramWide;
import org.peersupport.referral.api.ResourceRequest;
import org.peersupport.referral.catalog.FacilityOverride;
import org.peersupport.referral.catalog.ResourceCatalog;
import org.peersupport.referral.catalog.StaleVersionException;
import org.peersupport.referral.catalog.SupportResource;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.ConflictException;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

/**
 * The console's Resources section: the catalog in plain words, a form to add or change a
 * resource, and each facility's own details for a resource (its own phone number, web
 * page, hours or cost, or not offered there). The rules are the API's: only an
 * administrator for the whole program changes the catalog (every facility sees it); a
 * facility-limited administrator changes their own facilities' details and no other's.
 * Every form is read by the API's own reader, so a page refuses what the API refuses.
 */
@Controller
class ConsoleResourcesController {

	/** {@code ConsoleSection.RESOURCES.path()}, as a constant for the mappings. */
	private static final String SECTION_PATH = "/console/resources";

	private static final Set<String> FLAGS = Set.of("crisis", "confidential", "hidden");

	private static final Set<String> NUMBERS = Set.of("sortOrder", "version");

	private static final Map<String, String> NOTICES = Map.of("added", "Resource added to the catalog.", "saved",
			"Resource saved.", "removed", "Resource removed from the catalog.", "facility-saved",
			"The facility's own details are saved.", "facility-removed",
			"The facility's own details are removed: it shows the catalog's details again.");

	private final ResourceCatalog catalog;

	private final ConsolePages pages;

	private static String notice(String done) {
		return (done != null) ? NOTICES.get(done) : null;
	}

	ConsoleResourcesController(ResourceCatalog catalog, ConsolePages pages) {
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping(SECTION_PATH)
	Mono<ResponseEntity<String>> list(@RequestParam(required = false) String done, Actor administrator,
			ServerWebExchange exchange) {
		return Blocking.call(() -> listModel(administrator)).flatMap((model) -> {
			model.put("notice", notice(done));
			return this.pages.page(exchange, ConsoleSection.RESOURCES, HttpStatus.OK, "Resources",
					ConsoleTemplates.body("resources"), model);
		});
	}

	@GetMapping(SECTION_PATH + "/new")
	Mono<ResponseEntity<String>> newResource(Actor administrator, ServerWebExchange exchange) {
		ProgramWide.requireWholeProgram(administrator, "the resource catalog");
		return resourcePage(exchange, administrator, null, null, ConsoleForm.empty(), HttpStatus.OK, null);
	}

	@PostMapping(path = SECTION_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<ResponseEntity<String>> create(Actor administrator, ServerWebExchange exchange) {
		ProgramWide.requireWholeProgram(administrator, "the resource catalog");
		return FormJson.posted(exchange).flatMap((form) -> {
			ObjectNode body = FormJson.of(form, FLAGS, NUMBERS);
			ResourceRequest request;
			try {
				request = ResourceRequest.read(body, null);
			}
			catch (InvalidInputException ex) {
				return resourcePage(exchange, administrator, null, body, ConsoleForm.refused(ex.problems()),
						HttpStatus.BAD_REQUEST, null);
			}
			return Blocking.call(() -> this.catalog.create(request.draft()))
				.map((created) -> ConsolePages.seeOther(SECTION_PATH + "/" + created.code() + "?done=added"))
				.onErrorResume(ConflictException.class,
						(ex) -> resourcePage(exchange, administrator, null, body,
								ConsoleForm
									.refused(List.of(new FieldProblem("code", "is already used by another resource"))),
								HttpStatus.CONFLICT, null));
		});
	}

	@GetMapping(SECTION_PATH + "/{code}")
	Mono<ResponseEntity<String>> resource(@PathVariable String code, @RequestParam(required = false) String done,
			Actor administrator, ServerWebExchange exchange) {
		return Blocking.call(() -> this.catalog.get(code, null))
			.flatMap((resource) -> resourcePage(exchange, administrator, resource, null, ConsoleForm.empty(),
					HttpStatus.OK, notice(done)));
	}

	@PostMapping(path = SECTION_PATH + "/{code}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<ResponseEntity<String>> update(@PathVariable String code, Actor administrator, ServerWebExchange exchange) {
		ProgramWide.requireWholeProgram(administrator, "the resource catalog");
		return Blocking.call(() -> this.catalog.get(code, null)).zipWith(FormJson.posted(exchange)).flatMap((found) -> {
			SupportResource current = found.getT1();
			ObjectNode body = FormJson.of(found.getT2(), FLAGS, NUMBERS);
			ResourceRequest request;
			try {
				request = ResourceRequest.read(body, code);
			}
			catch (InvalidInputException ex) {
				return resourcePage(exchange, administrator, current, body, ConsoleForm.refused(ex.problems()),
						HttpStatus.BAD_REQUEST, null);
			}
			return Blocking.call(() -> this.catalog.update(request.draft(), request.version()))
				.map((saved) -> ConsolePages.seeOther(SECTION_PATH + "/" + code + "?done=saved"))
				.onErrorResume(StaleVersionException.class,
						(ex) -> Blocking.call(() -> this.catalog.get(code, null))
							.flatMap((now) -> resourcePage(exchange, administrator, now, null, ConsoleForm.empty(),
									HttpStatus.CONFLICT, null, CHANGED_MEANWHILE)));
		});
	}

	@PostMapping(path = SECTION_PATH + "/{code}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<ResponseEntity<String>> delete(@PathVariable String code, Actor administrator, ServerWebExchange exchange) {
		ProgramWide.requireWholeProgram(administrator, "the resource catalog");
		return FormJson.posted(exchange).flatMap((form) -> {
			Long version;
			try {
				version = ResourceRequest.version(FormJson.of(form, FLAGS, NUMBERS));
			}
			catch (InvalidInputException ex) {
				return Blocking.call(() -> this.catalog.get(code, null))
					.flatMap((now) -> resourcePage(exchange, administrator, now, null,
							ConsoleForm.refused(ex.problems()), HttpStatus.BAD_REQUEST, null));
			}
			return Blocking.call(() -> {
				this.catalog.delete(code, version);
				return ConsolePages.seeOther(SECTION_PATH + "?done=removed");
			})
				.onErrorResume(StaleVersionException.class,
						(ex) -> Blocking.call(() -> this.catalog.get(code, null))
							.flatMap((now) -> resourcePage(exchange, administrator, now, null, ConsoleForm.empty(),
									HttpStatus.CONFLICT, null, CHANGED_MEANWHILE)));
		});
	}

	/**
	 * A facility's own details for a resource. The facility is asked for on the
	 * resource's page; one outside the administrator's facilities is refused.
	 */
	@GetMapping(SECTION_PATH + "/{code}/facility")
	Mono<ResponseEntity<String>> facility(@PathVariable String code, @RequestParam(required = false) String facility,
			Actor administrator, ServerWebExchange exchange) {
		String checked;
		try {
			checked = OverrideRequest.facility(facility);
		}
		catch (InvalidInputException ex) {
			return Blocking.call(() -> this.catalog.get(code, null))
				.flatMap((resource) -> resourcePage(exchange, administrator, resource, null,
						ConsoleForm.refused(ex.problems()), HttpStatus.BAD_REQUEST, null));
		}
		administrator.requireFacility(checked);
		return Blocking.call(() -> {
			SupportResource resource = this.catalog.get(code, null);
			FacilityOverride current = overrideAt(code, checked);
			return Map.entry(resource,
					(current != null) ? current : new FacilityOverride(code, checked, false, null, null, null, null));
		})
			.flatMap((found) -> facilityPage(exchange, found.getKey(), found.getValue(), ConsoleForm.empty(),
					HttpStatus.OK));
	}

	@PostMapping(path = SECTION_PATH + "/{code}/facility", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<ResponseEntity<String>> saveFacility(@PathVariable String code, Actor administrator,
			ServerWebExchange exchange) {
		return FormJson.posted(exchange).flatMap((form) -> {
			String facility = facilityOf(form, administrator);
			ObjectNode body = FormJson.of(form, FLAGS, NUMBERS);
			body.remove("facility");
			return Blocking.call(() -> this.catalog.get(code, null)).flatMap((resource) -> {
				FacilityOverride override;
				try {
					override = OverrideRequest.read(body, code, facility);
				}
				catch (InvalidInputException ex) {
					FacilityOverride sent = new FacilityOverride(code, facility, body.path("hidden").asBoolean(false),
							text(body, "phone"), text(body, "url"), text(body, "hours"), text(body, "cost"));
					return facilityPage(exchange, resource, sent, ConsoleForm.refused(ex.problems()),
							HttpStatus.BAD_REQUEST);
				}
				return Blocking.call(() -> this.catalog.override(override))
					.map((saved) -> ConsolePages.seeOther(SECTION_PATH + "/" + code + "?done=facility-saved"));
			});
		});
	}

	@PostMapping(path = SECTION_PATH + "/{code}/facility/remove",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<ResponseEntity<String>> removeFacility(@PathVariable String code, Actor administrator,
			ServerWebExchange exchange) {
		return FormJson.posted(exchange).flatMap((form) -> {
			String facility = OverrideRequest.facility(facilityOf(form, administrator));
			return Blocking.call(() -> {
				this.catalog.removeOverride(code, facility);
				return ConsolePages.seeOther(SECTION_PATH + "/" + code + "?done=facility-removed");
			});
		});
	}

	private static final String CHANGED_MEANWHILE = "Someone else changed this resource after you opened it, so "
			+ "nothing was saved. It is shown below as it is now: make your change again.";

	/** The facility a form names, refused (403) when it is not the administrator's. */
	private static String facilityOf(MultiValueMap<String, String> form, Actor administrator) {
		String facility = form.getFirst("facility");
		facility = (facility != null && !facility.isBlank()) ? facility.strip() : null;
		if (facility != null) {
			administrator.requireFacility(facility);
		}
		return facility;
	}

	private Map<String, Object> listModel(Actor administrator) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (SupportResource resource : this.catalog.list(null, null)) {
			Map<String, Object> row = describe(resource);
			row.put("facilities",
					this.catalog.overridesOf(resource.code())
						.stream()
						.filter((override) -> administrator.covers(override.facility()))
						.map(ConsoleResourcesController::summary)
						.toList());
			rows.add(row);
		}
		Map<String, Object> model = new HashMap<>();
		model.put("resources", rows);
		model.put("empty", rows.isEmpty());
		model.put("wholeProgram", ProgramWide.coversWholeProgram(administrator));
		model.put("yourFacilities", String.join(", ", administrator.facilities().stream().sorted().toList()));
		return model;
	}

	/**
	 * The resource's page: its form (or, for a facility-limited administrator, its
	 * details) and its facilities' own details. {@code sent} is what a refused form held.
	 */
	private Mono<ResponseEntity<String>> resourcePage(ServerWebExchange exchange, Actor administrator,
			SupportResource resource, ObjectNode sent, ConsoleForm form, HttpStatus status, String notice) {
		return resourcePage(exchange, administrator, resource, sent, form, status, notice, null);
	}

	private Mono<ResponseEntity<String>> resourcePage(ServerWebExchange exchange, Actor administrator,
			SupportResource resource, ObjectNode sent, ConsoleForm form, HttpStatus status, String notice,
			String warning) {
		return Blocking.call(() -> {
			Map<String, Object> model = new HashMap<>();
			model.put("form", form);
			model.put("notice", notice);
			model.put("warning", warning);
			model.put("wholeProgram", ProgramWide.coversWholeProgram(administrator));
			model.put("isNew", resource == null);
			model.put("inputs", ResourceFormInputs.of(form, resource, sent).html());
			if (resource != null) {
				model.put("resource", describe(resource));
				model.put("version", resource.version());
				List<Map<String, Object>> facilities = new ArrayList<>();
				for (FacilityOverride override : this.catalog.overridesOf(resource.code())) {
					if (administrator.covers(override.facility())) {
						facilities.add(summary(override));
					}
				}
				model.put("facilities", facilities);
				model.put("hasFacilities", !facilities.isEmpty());
				model.put("facilityInput",
						new FormInputs(form)
							.text("facility", "Facility code", null,
									administrator.facilities().isEmpty() ? "For example NORTH." : "Yours: "
											+ String.join(", ", administrator.facilities().stream().sorted().toList()))
							.html());
			}
			return model;
		})
			.flatMap((model) -> this.pages.page(exchange, ConsoleSection.RESOURCES, status,
					(resource == null) ? "Add a resource" : resource.name(), ConsoleTemplates.body("resource"), model));
	}

	private Mono<ResponseEntity<String>> facilityPage(ServerWebExchange exchange, SupportResource resource,
			FacilityOverride override, ConsoleForm form, HttpStatus status) {
		Map<String, Object> model = new HashMap<>();
		model.put("form", form);
		model.put("resource", describe(resource));
		model.put("facility", override.facility());
		model.put("inputs",
				new FormInputs(form)
					.checkbox("hidden", "Not offered at " + override.facility(), override.hidden(),
							"Supporters at this facility will not see this resource.")
					.phone("phone", "Phone number at " + override.facility(), override.phone(),
							blankAs(resource.phone(), "The catalog's: ", "The catalog has none."))
					.link("url", "Web page at " + override.facility(), override.url(),
							blankAs(resource.url(), "The catalog's: ", "The catalog has none."))
					.text("hours", "Hours at " + override.facility(), override.hours(),
							blankAs(resource.hours(), "The catalog's: ", "The catalog has none."))
					.text("cost", "Cost at " + override.facility(), override.cost(),
							blankAs(resource.cost(), "The catalog's: ", "The catalog has none."))
					.html());
		return this.pages.page(exchange, ConsoleSection.RESOURCES, status,
				resource.name() + " at " + override.facility(), ConsoleTemplates.body("facility"), model);
	}

	private FacilityOverride overrideAt(String code, String facility) {
		return this.catalog.overridesOf(code)
			.stream()
			.filter((override) -> override.facility().equals(facility))
			.findFirst()
			.orElse(null);
	}

	/** A resource in words, for the list and its page. */
	static Map<String, Object> describe(SupportResource resource) {
		Map<String, Object> row = new HashMap<>();
		row.put("code", resource.code());
		row.put("href", SECTION_PATH + "/" + resource.code());
		row.put("name", resource.name());
		row.put("kind", PlainWords.kind(resource.kind()));
		row.put("phone", resource.phone());
		row.put("url", resource.url());
		row.put("hours", resource.hours());
		row.put("cost", resource.cost());
		row.put("description", resource.description());
		row.put("crisis", resource.crisis());
		row.put("confidential", resource.confidential() ? "Confidential" : "Not confidential");
		row.put("confidentialPill", resource.confidential() ? "ok" : "warn");
		row.put("order", resource.sortOrder());
		return row;
	}

	/** A facility's own details in words: "Not offered", "Own phone 555 0101". */
	private static Map<String, Object> summary(FacilityOverride override) {
		List<String> changes = new ArrayList<>();
		if (override.hidden()) {
			changes.add("not offered there");
		}
		if (override.phone() != null) {
			changes.add("own phone " + override.phone());
		}
		if (override.url() != null) {
			changes.add("own web page " + override.url());
		}
		if (override.hours() != null) {
			changes.add("own hours: " + override.hours());
		}
		if (override.cost() != null) {
			changes.add("own cost: " + override.cost());
		}
		Map<String, Object> summary = new HashMap<>();
		summary.put("facility", override.facility());
		summary.put("changes", String.join("; ", changes));
		summary.put("href", SECTION_PATH + "/" + override.resourceCode() + "/facility?facility=" + override.facility());
		return summary;
	}

	private static String blankAs(String value, String prefix, String none) {
		return (value == null || value.isBlank()) ? none : prefix + value;
	}

	private static String text(ObjectNode body, String field) {
		return body.hasNonNull(field) ? body.get(field).asString() : null;
	}

}
