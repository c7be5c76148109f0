package org.peersupport.outreach.invitation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.peersupport.contracts.events.SupportPreferences;
import org.peersupport.outreach.clinician.Channel;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.StaffProfile;
import org.peersupport.outreach.colleague.NamedReferrers;
import org.peersupport.outreach.outreachcase.CasePreferences;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Renders the invitation a clinician receives for a case. */
@Service
public class Invitations {

	/** The name in a preview: plainly a sample, nobody on any roster. */
	public static final String SAMPLE_NAME = "Sam Sample (example)";

	/** The facility in a preview of the default template. */
	public static final String SAMPLE_FACILITY = "Example Hospital";

	private final OutreachCaseQueries cases;

	private final Clinicians clinicians;

	private final InvitationTemplates templates;

	private final List<CaseWording> caseWordings;

	private final CasePreferences casePreferences;

	private final NamedReferrers referrers;

	private final String programName;

	Invitations(OutreachCaseQueries cases, Clinicians clinicians, InvitationTemplates templates,
			List<CaseWording> caseWordings, CasePreferences casePreferences, NamedReferrers referrers,
			@Value("${peersupport.outreach.program-name:the Peer Support Program}") String programName) {
		this.cases = cases;
		this.clinicians = clinicians;
		this.templates = templates;
		this.caseWordings = caseWordings;
		this.casePreferences = casePreferences;
		this.referrers = referrers;
		this.programName = programName;
	}

	/**
	 * @param channel the channel, or null for the one the clinician chose when they
	 * asked, else their preferred one
	 * @param coveredFacility whether the caller covers a case's facility (null when the
	 * case names none); a case of another facility is answered as if it did not exist
	 */
	@Transactional(readOnly = true)
	public Invitation render(UUID caseId, Channel channel, Predicate<String> coveredFacility) {
		OutreachCase outreachCase = this.cases.find(caseId)
			.filter((found) -> coveredFacility.test(found.facility()))
			.orElseThrow(() -> new NotFoundException("No outreach case " + caseId));
		Channel wanted = (channel != null) ? channel : chosenChannel(outreachCase);
		InvitationTemplate template = this.caseWordings.stream()
			.flatMap((wording) -> wording.forCase(caseId, wanted).stream())
			.findFirst()
			.orElseGet(() -> this.templates.forFacility(outreachCase.facility(), wanted));
		String name = nameOf(outreachCase.staffId());
		Map<String, String> values = Map.of("name", name, "facility",
				(outreachCase.facility() != null) ? outreachCase.facility() : "", "programName", this.programName);
		return new Invitation(caseId.toString(), wanted, InvitationWording.render(template.subject(), values),
				InvitationWording.render(template.body(), values) + namedReferrers(outreachCase));
	}

	/**
	 * A template rendered as a clinician would receive it, from sample values that are
	 * obviously nobody's, after the same checks as saving it: for the administrator to
	 * see before saving.
	 * @param facility the facility, or null for the default
	 * @throws org.peersupport.web.InvalidInputException naming {@code subject} or
	 * {@code body}
	 */
	public Invitation preview(String facility, Channel channel, String subject, String body) {
		InvitationWording.validate(subject, body);
		Map<String, String> values = Map.of("name", SAMPLE_NAME, "facility",
				(facility != null) ? facility : SAMPLE_FACILITY, "programName", this.programName);
		return new Invitation(null, channel, InvitationWording.render(subject, values),
				InvitationWording.render(body, values));
	}

	private Channel chosenChannel(OutreachCase outreachCase) {
		SupportPreferences chosen = this.casePreferences.of(outreachCase.id());
		return (chosen != null && chosen.channel() != null) ? Channel.valueOf(chosen.channel().name())
				: this.clinicians.preferences(outreachCase.staffId()).channel();
	}

	/**
	 * A colleague who referred the clinician and chose to be named is named; nobody else
	 * is, and nothing is said of a referral otherwise.
	 */
	private String namedReferrers(OutreachCase outreachCase) {
		StringBuilder lines = new StringBuilder();
		for (String referrer : this.referrers.of(outreachCase.id())) {
			lines.append("\n\n")
				.append(InvitationWording.render("{{referrer}}, a colleague, asked us to reach out to you.",
						Map.of("referrer",
								this.clinicians.profile(referrer)
									.map(StaffProfile::name)
									.filter((n) -> n != null && !n.isBlank())
									.orElse(referrer))));
		}
		return lines.toString();
	}

	private String nameOf(String staffId) {
		return this.clinicians.profile(staffId)
			.map(StaffProfile::name)
			.filter((n) -> n != null && !n.isBlank())
			.orElse("colleague");
	}

}
