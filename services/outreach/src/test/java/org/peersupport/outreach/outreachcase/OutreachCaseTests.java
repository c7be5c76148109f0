package org.peersupport.outreach.outreachcase;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.contracts.events.EscalationReasons;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.timing.OfferPlan;

import static org.assertj.core.api.Assertions.assertThat;

class OutreachCaseTests {

	private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void aLaterEventCanMakeACaseWorseAndSoonerButNeverMilderOrLater() {
		OutreachCase open = open(HarmLevel.MODERATE, T0.plusSeconds(3600), T0.plusSeconds(86400));
		OutreachCase worse = open.withEvent(reported(HarmLevel.DEATH, HarmLevel.DEATH, true, "MAIN"),
				new OfferPlan(T0.plusSeconds(60), T0.plusSeconds(7200)), T0);
		assertThat(worse.reported().harm()).isEqualTo(HarmLevel.DEATH);
		assertThat(worse.reported().highImpact()).isTrue();
		assertThat(worse.offer().dueAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(worse.windowEndsAt()).isEqualTo(T0.plusSeconds(7200));
		OutreachCase milder = worse.withEvent(reported(HarmLevel.NO_HARM, HarmLevel.NO_HARM, false, null),
				new OfferPlan(T0.plusSeconds(7200), T0.plusSeconds(86400 * 3)), T0);
		assertThat(milder.reported().harm()).isEqualTo(HarmLevel.DEATH);
		assertThat(milder.reported().highImpact()).isTrue();
		assertThat(milder.offer().dueAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(milder.windowEndsAt()).isEqualTo(T0.plusSeconds(7200));
		assertThat(milder.facility()).isEqualTo("MAIN");
		assertThat(milder.id()).isEqualTo(open.id());
	}

	@Test
	void theFirstOfferTimeIsKeptAcrossReoffers() {
		OutreachCase open = open(HarmLevel.SEVERE, T0, T0);
		OutreachCase offered = open.offeredTo("P-1", T0.plusSeconds(5), T0);
		OutreachCase reoffered = offered.offeredTo("P-2", T0.plusSeconds(50), T0);
		assertThat(reoffered.offer().offeredAt()).isEqualTo(T0.plusSeconds(5));
		assertThat(reoffered.offer().supporterId()).isEqualTo("P-2");
		assertThat(reoffered.status()).isEqualTo(CaseStatus.OFFERED);
	}

	@Test
	void onlyScheduledOrEscalatedCasesGoBackToMatching() {
		OutreachCase open = open(HarmLevel.SEVERE, T0, T0);
		assertThat(open.awaitsSupporter()).isTrue();
		assertThat(open.needingAttention("UNKNOWN_STAFF", T0).awaitsSupporter()).isTrue();
		assertThat(open.offeredTo("P-1", T0, T0).awaitsSupporter()).isFalse();
		assertThat(open.acceptedBy("P-1", T0).awaitsSupporter()).isFalse();
	}

	@Test
	void aWindowWarningSurvivesAReofferButNotAnAcceptance() {
		OutreachCase offered = open(HarmLevel.SEVERE, T0, T0).offeredTo("P-1", T0, T0);
		OutreachCase atRisk = offered.flagged(EscalationReasons.WINDOW_AT_RISK, T0);
		assertThat(atRisk.status()).as("the live offer stays live").isEqualTo(CaseStatus.OFFERED);
		assertThat(atRisk.offeredTo("P-2", T0, T0).attentionReason()).isEqualTo(EscalationReasons.WINDOW_AT_RISK);
		assertThat(atRisk.acceptedBy("P-2", T0).attentionReason()).isNull();
		assertThat(atRisk.acceptedBy("P-2", T0).awaitsAcceptance()).isFalse();
	}

	@Test
	void aClosedCaseRemembersWhyAndAReopenedOneReturnsToItsSupporter() {
		OutreachCase done = open(HarmLevel.SEVERE, T0, T0).acceptedBy("P-1", T0).closed(CloseReason.COMPLETED, T0);
		assertThat(done.isOpen()).isFalse();
		assertThat(done.lifetime().closeReason()).isEqualTo(CloseReason.COMPLETED);
		OutreachCase reopened = done.reopened(T0.plusSeconds(60));
		assertThat(reopened.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(reopened.lifetime().closeReason()).isNull();
		assertThat(OutreachCase
			.closedAtOnce("C-1", reported(HarmLevel.MILD, HarmLevel.MILD, false, "MAIN"), CloseReason.OUT_OF_SCOPE, T0)
			.isOpen()).isFalse();
	}

	@Test
	void aNearMissNeverCountsAsActualHarmHoweverItIsCoalesced() {
		OutreachCase nearMiss = OutreachCase.open("C-1", reported(HarmLevel.SEVERE, null, false, "MAIN"),
				new OfferPlan(T0, T0), T0);
		OutreachCase withMild = nearMiss.withEvent(reported(HarmLevel.MILD, HarmLevel.MILD, false, null),
				new OfferPlan(T0, T0), T0);
		assertThat(withMild.reported().harm()).isEqualTo(HarmLevel.SEVERE);
		assertThat(withMild.reported().actualHarm()).isEqualTo(HarmLevel.MILD);
		OutreachCase withAnotherNearMiss = withMild.withEvent(reported(HarmLevel.DEATH, null, false, null),
				new OfferPlan(T0, T0), T0);
		assertThat(withAnotherNearMiss.reported().harm()).isEqualTo(HarmLevel.DEATH);
		assertThat(withAnotherNearMiss.reported().actualHarm()).isEqualTo(HarmLevel.MILD);
	}

	private static OutreachCase open(HarmLevel harm, Instant due, Instant windowEnds) {
		return OutreachCase.open("C-1", reported(harm, harm, false, "MAIN"), new OfferPlan(due, windowEnds), T0);
	}

	private static OutreachCase.Reported reported(HarmLevel harm, HarmLevel actualHarm, boolean highImpact,
			String facility) {
		return new OutreachCase.Reported(harm, actualHarm, highImpact, facility, (facility != null) ? "ICU" : null, T0);
	}

}
