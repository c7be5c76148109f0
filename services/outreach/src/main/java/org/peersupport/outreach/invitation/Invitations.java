package org.peersupport.outreach.invitation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.peersupport.outreach.clinician.Channel;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.StaffProfile;
import org.peersupport.outreach.outreachcase.OutreachCase;
import org.peersupport.outreach.outreachcase.OutreachCaseQueries;
import org.peersupport.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Renders the invitation a clinician receives for a case. */
@Service
public class Invitations {

	private final OutreachCaseQueries cases;

	private final Clinicians clinicians;

	private final InvitationTemplates templates;

	private final List<CaseWording> caseWordings;

	private final String programName;

	Invitations(OutreachCaseQueries cases, Clinicians clinicians, InvitationTemplates templates,
			List<CaseWording> caseWordings,
			@Value("${peersupport.outreach.program-name:the Peer Support Program}") String programName) {
		this.cases = cases;
		this.clinicians = clinicians;
		this.templates = templates;
		this.caseWordings = caseWordings;
		this.programName = programName;
	}

	/**
	 * @param channel the channel, or null for the clinician's preferred one
	 * @param coveredFacility whether the caller covers a case's facility (null when the
	 * case names none); a case of another facility is answered as if it did not exist
	 */
	@Transactional(readOnly = true)
	public Invitation render(UUID caseId, Channel channel, Predicate<String> coveredFacility) {
		OutreachCase outreachCase = this.cases.find(caseId)
			.filter((found) -> coveredFacility.test(found.facility()))
			.orElseThrow(() -> new NotFoundException("No outreach case " + caseId));
		Channel wanted = (channel != null) ? channel : this.clinicians.preferences(outreachCase.staffId()).channel();
		InvitationTemplate template = this.caseWordings.stream()
			.flatMap((wording) -> wording.forCase(caseId, wanted).stream())
			.findFirst()
			.orElseGet(() -> this.templates.forFacility(outreachCase.facility(), wanted));
		String name = this.clinicians.profile(outreachCase.staffId())
			.map(StaffProfile::name)
			.filter((n) -> n != null && !n.isBlank())
			.orElse("colleague");
		Map<String, String> values = Map.of("name", name, "facility",
				(outreachCase.facility() != null) ? outreachCase.facility() : "", "programName", this.programName);
		return new Invitation(caseId.toString(), wanted, InvitationWording.render(template.subject(), values),
				InvitationWording.render(template.body(), values));
	}

}
