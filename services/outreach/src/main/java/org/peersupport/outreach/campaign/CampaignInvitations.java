package org.peersupport.outreach.campaign;

import java.util.Optional;
import java.util.UUID;

import org.peersupport.outreach.clinician.Channel;
import org.peersupport.outreach.invitation.CaseWording;
import org.peersupport.outreach.invitation.InvitationTemplate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation of a case a campaign opened: the campaign's own wording, else a built-in
 * routine one. The facility's templates speak of "events like the one you were part of",
 * which no campaign case had. A case the campaign only joined keeps the wording of what
 * opened it. Neither says what the campaign is about beyond what its wording chose to.
 */
@Component
class CampaignInvitations implements CaseWording {

	private static final CampaignDefinition.Wording ROUTINE = new CampaignDefinition.Wording("Checking in",
			"Hi {{name}}, {{programName}} checks in with colleagues at times many find hard, as routine: "
					+ "we do it for everyone, and it says nothing about anyone. A trained peer is glad to talk, "
					+ "in confidence. Reply if you would like to, or simply ignore this.");

	private final CampaignMembers members;

	private final CampaignStore campaigns;

	CampaignInvitations(CampaignMembers members, CampaignStore campaigns) {
		this.members = members;
		this.campaigns = campaigns;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InvitationTemplate> forCase(UUID caseId, Channel channel) {
		return this.members.campaignOfOpenedCase(caseId).flatMap(this.campaigns::find).map((campaign) -> {
			CampaignDefinition.Wording wording = (campaign.definition().invitation() != null)
					? campaign.definition().invitation() : ROUTINE;
			return new InvitationTemplate(campaign.facility(), channel, wording.subject(), wording.body());
		});
	}

}
