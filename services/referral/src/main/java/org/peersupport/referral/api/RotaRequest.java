package org.peersupport.referral.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.peersupport.referral.crisis.OnCallLead;
import org.peersupport.web.FieldReader;

/**
 * The on-call rota as an administrator sends it: the leads in the order they are paged,
 * each {@code {"leadId": …, "pagerId": …}}, at least one, none twice. The console's form
 * is read by this reader too, so page and API refuse alike.
 */
public final class RotaRequest {

	private RotaRequest() {
	}

	public static List<OnCallLead> read(JsonNode body) {
		FieldReader in = FieldReader.of(body);
		Set<String> seen = new HashSet<>();
		List<OnCallLead> leads = new ArrayList<>();
		for (FieldReader lead : in.list(Integer.MAX_VALUE)
			.must((list) -> !list.isEmpty(), "the rota needs at least one lead")
			.orElse(List.of())) {
			String leadId = ReferralFields.id(lead.field("leadId")).required();
			String pagerId = ReferralFields.id(lead.field("pagerId")).required();
			if (leadId != null && !seen.add(leadId)) {
				lead.field("leadId").problem("appears twice in the rota");
			}
			leads.add(new OnCallLead(leadId, pagerId));
		}
		in.check();
		return leads;
	}

}
