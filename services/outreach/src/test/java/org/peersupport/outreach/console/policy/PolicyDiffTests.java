package org.peersupport.outreach.console.policy;

import org.junit.jupiter.api.Test;

import org.peersupport.outreach.policy.OutreachPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyDiffTests {

	@Test
	void onlyTheChangedFieldsAreListedInWordsAndUnits() {
		OutreachPolicy before = Policies.builtIn();
		OutreachPolicy after = Policies
			.builtInWith((json) -> json.replace("\"acceptWithin\": \"PT2H\"", "\"acceptWithin\": \"PT90M\"")
				.replace("\"start\": \"21:00\"", "\"start\": \"22:00\"")
				.replace("[\"P3D\", \"P14D\"]", "[\"P3D\", \"P7D\", \"P14D\"]")
				.replace("\"teamDebriefCategories\": [\"RESUSCITATION\", \"VIOLENCE_AGAINST_STAFF\"]",
						"\"teamDebriefCategories\": [\"RESUSCITATION\"]")
				.replace("\"highImpact\": true", "\"highImpact\": false"));
		assertThat(PolicyDiff.between(before, after)).containsExactly(
				new PolicyDiff.Change("When people may be contacted: Quiet hours begin", "21:00", "22:00"),
				new PolicyDiff.Change(
						"How soon after a report a supporter must have accepted: Time supporters get to accept an offer",
						"2 hours", "90 minutes"),
				new PolicyDiff.Change("Urgent cases: Offer high-impact events at once too", "yes", "no"),
				new PolicyDiff.Change("Follow-ups: Follow-up 2", "14 days", "7 days"),
				new PolicyDiff.Change("Follow-ups: Follow-up 3", "none", "14 days"),
				new PolicyDiff.Change(
						"Team debriefs: Kinds of event that propose a team debrief with two people or more",
						"Resuscitation, Violence against staff", "Resuscitation"));
	}

	@Test
	void theSamePolicyHasNoChanges() {
		assertThat(PolicyDiff.between(Policies.builtIn(), Policies.builtIn())).isEmpty();
	}

	@Test
	void aFirstVersionListsEverySettingAsNew() {
		assertThat(PolicyDiff.between(null, Policies.builtIn()))
			.hasSize(PolicyForm.SECTIONS.stream().mapToInt((section) -> section.fields().size()).sum())
			.allSatisfy((change) -> assertThat(change.before()).isEqualTo("—"))
			.contains(new PolicyDiff.Change("How soon after a report a supporter must have accepted: Moderate harm",
					"—", "24 hours"));
	}

}
