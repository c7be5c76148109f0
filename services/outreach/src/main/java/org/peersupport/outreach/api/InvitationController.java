package org.peersupport.outreach.api;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;

import org.peersupport.outreach.clinician.Channel;
import org.peersupport.outreach.invitation.Invitation;
import org.peersupport.outreach.invitation.InvitationTemplate;
import org.peersupport.outreach.invitation.InvitationTemplates;
import org.peersupport.outreach.invitation.Invitations;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invitation for a case, and the templates it is rendered from: the program's, for
 * administrators of the facility (the case's, or the template's).
 */
@RestController
class InvitationController {

	private final Invitations invitations;

	private final InvitationTemplates templates;

	InvitationController(Invitations invitations, InvitationTemplates templates) {
		this.invitations = invitations;
		this.templates = templates;
	}

	@GetMapping({ "/api/v1/cases/{caseId}/invitation", "/api/v1/outreach-cases/{caseId}/invitation" })
	Mono<Invitation> invitation(Actor administrator, @PathVariable String caseId,
			@RequestParam(required = false) String channel) {
		UUID id = caseId(caseId);
		Channel wanted = (channel != null) ? channel(channel) : null;
		Predicate<String> covered = AdministratorScope.facilities(administrator);
		return Blocking.call(() -> this.invitations.render(id, wanted, covered));
	}

	@GetMapping("/api/v1/invitation-templates")
	Mono<InvitationTemplate> template(Actor administrator, @RequestParam(required = false) String facility,
			@RequestParam String channel) {
		String where = AdministratorScope.facility(administrator, facility);
		Channel wanted = channel(channel);
		return Blocking.call(() -> this.templates.forFacility(where, wanted));
	}

	@PutMapping("/api/v1/invitation-templates")
	Mono<InvitationTemplate> replace(Actor administrator, @RequestParam(required = false) String facility,
			@RequestParam String channel, @RequestBody TemplateRequest request) {
		String where = AdministratorScope.facility(administrator, facility);
		Channel wanted = channel(channel);
		return Blocking.call(() -> this.templates.replace(where, wanted, request.subject(), request.body(),
				administrator.auditName()));
	}

	private static UUID caseId(String caseId) {
		try {
			return UUID.fromString(caseId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("caseId", "must be a case id (UUID)");
		}
	}

	private static Channel channel(String channel) {
		try {
			return Channel.valueOf(channel.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("channel", "must be one of EMAIL, SMS, PHONE");
		}
	}

	record TemplateRequest(String subject, String body) {
	}

}
