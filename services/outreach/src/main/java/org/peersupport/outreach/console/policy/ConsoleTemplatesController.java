package org.peersupport.outreach.console.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.peersupport.console.ConsoleForm;
import org.peersupport.console.ConsolePages;
import org.peersupport.console.ConsoleSection;
import org.peersupport.console.ConsoleTemplates;
import org.peersupport.outreach.clinician.Channel;
import org.peersupport.outreach.invitation.Invitation;
import org.peersupport.outreach.invitation.InvitationTemplate;
import org.peersupport.outreach.invitation.InvitationTemplates;
import org.peersupport.outreach.invitation.Invitations;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

/**
 * The invitation templates of a facility, one form per channel, each with a preview
 * rendered by the same renderer as a real invitation ({@link Invitations#preview}) from
 * sample values that are plainly nobody's. "Preview" shows unsaved text; "Save" keeps it
 * after the same checks as {@code PUT /api/v1/invitation-templates}, and a refused
 * template leaves the old one in use.
 */
@Controller
class ConsoleTemplatesController {

	static final String PATH = "/console/templates";

	private final InvitationTemplates templates;

	private final Invitations invitations;

	private final ConsoleFacilities facilities;

	private final ConsolePages pages;

	ConsoleTemplatesController(InvitationTemplates templates, Invitations invitations, ConsoleFacilities facilities,
			ConsolePages pages) {
		this.templates = templates;
		this.invitations = invitations;
		this.facilities = facilities;
		this.pages = pages;
	}

	@GetMapping(PATH)
	Mono<ResponseEntity<String>> templates(Actor administrator, ServerWebExchange exchange,
			@RequestParam(required = false) String facility, @RequestParam(required = false) String other,
			@RequestParam(required = false) String done) {
		String where = this.facilities.chosen(administrator, facility, other);
		return Blocking.call(() -> {
			Map<String, Object> model = model(administrator, where, null, null, List.of(), null);
			if (done != null) {
				model.put("notice", "Template saved: new invitations use it from now on.");
			}
			return model;
		}).flatMap((model) -> page(exchange, HttpStatus.OK, model));
	}

	@PostMapping(PATH)
	Mono<ResponseEntity<String>> save(Actor administrator, ServerWebExchange exchange) {
		return ConsoleFacilities.form(exchange).flatMap((form) -> {
			String where = this.facilities.chosen(administrator, form.getFirst("facility"), null);
			Channel channel = channel(form.getFirst("channel"));
			boolean save = "save".equals(form.getFirst("action"));
			return Blocking.call(() -> Optional.ofNullable(post(administrator, where, channel, form, save)))
				.flatMap((shown) -> shown
					.map((model) -> page(exchange,
							(model.containsKey("refused")) ? HttpStatus.BAD_REQUEST : HttpStatus.OK, model))
					.orElseGet(() -> Mono.just(ConsolePages.seeOther(ConsolePolicyController.address(PATH, where)
							+ "&done=" + channel.name().toLowerCase(Locale.ROOT) + "#" + anchor(channel)))));
		});
	}

	/** The page to show, or null after a save. */
	private Map<String, Object> post(Actor administrator, String where, Channel channel,
			MultiValueMap<String, String> form, boolean save) {
		String subject = form.getFirst(name(channel, "subject"));
		String body = form.getFirst(name(channel, "body"));
		try {
			Invitation preview = this.invitations.preview(where, channel, subject, body);
			if (save) {
				// Who changed it comes from the session, never from the form.
				this.templates.replace(where, channel, subject, body, administrator.auditName());
				return null;
			}
			Map<String, Object> model = model(administrator, where, channel,
					new InvitationTemplate(where, channel, subject, body), List.of(), preview);
			model.put("notice", "Preview of your unsaved " + label(channel) + " wording. Nothing is saved yet.");
			return model;
		}
		catch (InvalidInputException ex) {
			List<FieldProblem> problems = new ArrayList<>();
			for (FieldProblem problem : ex.problems()) {
				problems.add(new FieldProblem(name(channel, problem.field()), problem.reason()));
			}
			Map<String, Object> model = model(administrator, where, channel,
					new InvitationTemplate(where, channel, subject, body), problems, null);
			model.put("refused", true);
			return model;
		}
	}

	/**
	 * Every channel's form: the one posted shows what was sent (its preview, or its
	 * problems); the others what is in use.
	 */
	private Map<String, Object> model(Actor administrator, String where, Channel posted, InvitationTemplate sent,
			List<FieldProblem> problems, Invitation sentPreview) {
		ConsoleForm form = problems.isEmpty() ? ConsoleForm.empty() : ConsoleForm.refused(problems);
		List<Map<String, Object>> channels = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			boolean isPosted = channel == posted;
			InvitationTemplate template = isPosted ? sent : this.templates.forFacility(where, channel);
			Invitation preview = isPosted ? sentPreview
					: this.invitations.preview(where, channel, template.subject(), template.body());
			Map<String, Object> model = new HashMap<>();
			model.put("channel", channel.name());
			model.put("heading", PlainWords.capitalised(label(channel)));
			model.put("anchor", anchor(channel));
			model.put("subject", form.field(name(channel, "subject"), subjectLabel(channel), template.subject()));
			model.put("body", form.field(name(channel, "body"), "Message", template.body()));
			model.put("hasPreview", preview != null);
			model.put("previewSubject", (preview != null) ? preview.subject() : "");
			model.put("previewBody", (preview != null) ? preview.body() : "");
			model.put("unsaved", isPosted && preview != null);
			channels.add(model);
		}
		Map<String, Object> model = new HashMap<>();
		model.put("form", form);
		model.put("channels", channels);
		model.put("facility", (where != null) ? where : "");
		model.put("facilityName", ConsoleFacilities.name(where));
		model.put("choices", this.facilities.choices(administrator, where));
		model.put("unlimited", ConsoleFacilities.unlimited(administrator));
		model.put("sampleName", Invitations.SAMPLE_NAME);
		return model;
	}

	/** A form field's name: the API's ({@code subject}) under its channel. */
	private static String name(Channel channel, String field) {
		return channel.name().toLowerCase(Locale.ROOT) + "." + field;
	}

	private static String anchor(Channel channel) {
		return "template-" + channel.name().toLowerCase(Locale.ROOT);
	}

	private static String label(Channel channel) {
		return switch (channel) {
			case EMAIL -> "e-mail";
			case SMS -> "text message";
			case PHONE -> "phone call script";
		};
	}

	private static String subjectLabel(Channel channel) {
		return (channel == Channel.PHONE) ? "Title (for the supporter)" : "Subject";
	}

	private static Channel channel(String channel) {
		try {
			return Channel.valueOf(String.valueOf(channel).trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("channel", "must be one of e-mail, text message or phone call");
		}
	}

	private Mono<ResponseEntity<String>> page(ServerWebExchange exchange, HttpStatus status,
			Map<String, Object> model) {
		return this.pages.page(exchange, ConsoleSection.TEMPLATES, status, "Invitation templates",
				ConsoleTemplates.body("policy/templates"), model);
	}

}
