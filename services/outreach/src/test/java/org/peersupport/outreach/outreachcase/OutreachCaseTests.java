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
		OutreachCase worse = open.withEvent(HarmLevel.DEATH, HarmLevel.DEATH, true, "MAIN", "ICU",
				new OfferPlan(T0.plusSeconds(60), T0.plusSeconds(7200)), T0);
		assertThat(worse.harm()).isEqualTo(HarmLevel.DEATH);
		assertThat(worse.highImpact()).isTrue();
		assertThat(worse.dueAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(worse.windowEndsAt()).isEqualTo(T0.plusSeconds(7200));
		OutreachCase milder = worse.withEvent(HarmLevel.NO_HARM, HarmLevel.NO_HARM, false, null, null,
				new OfferPlan(T0.plusSeconds(7200), T0.plusSeconds(86400 * 3)), T0);
		assertThat(milder.harm()).isEqualTo(HarmLevel.DEATH);
		assertThat(milder.highImpact()).isTrue();
		assertThat(milder.dueAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(milder.windowEndsAt()).isEqualTo(T0.plusSeconds(7200));
		assertThat(milder.facility()).isEqualTo("MAIN");
		assertThat(milder.id()).isEqualTo(open.id());
	}

	@Test
	void theFirstOfferTimeIsKeptAcrossReoffers() {
		OutreachCase open = open(HarmLevel.SEVERE, T0, T0);
		OutreachCase offered = open.offeredTo("P-1", T0.plusSeconds(5), T0);
		OutreachCase reoffered = offered.offeredTo("P-2", T0.plusSeconds(50), T0);
		assertThat(reoffered.offeredAt()).isEqualTo(T0.plusSeconds(5));
		assertThat(reoffered.supporterId()).isEqualTo("P-2");
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
		assertThat(done.closeReason()).isEqualTo(CloseReason.COMPLETED);
		OutreachCase reopened = done.reopened(T0.plusSeconds(60));
		assertThat(reopened.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(reopened.closeReason()).isNull();
		assertThat(OutreachCase
			.closedAtOnce("C-1", HarmLevel.MILD, HarmLevel.MILD, false, "MAIN", "ICU", T0, CloseReason.OUT_OF_SCOPE, T0)
			.isOpen()).isFalse();
	}

	@Test
	void aNearMissNeverCountsAsActualHarmHoweverItIsCoalesced() {
		OutreachCase nearMiss = OutreachCase.open("C-1", HarmLevel.SEVERE, null, false, "MAIN", "ICU", T0,
				new OfferPlan(T0, T0), T0);
		OutreachCase withMild = nearMiss.withEvent(HarmLevel.MILD, HarmLevel.MILD, false, null, null,
				new OfferPlan(T0, T0), T0);
		assertThat(withMild.harm()).isEqualTo(HarmLevel.SEVERE);
		assertThat(withMild.actualHarm()).isEqualTo(HarmLevel.MILD);
		OutreachCase withAnotherNearMiss = withMild.withEvent(HarmLevel.DEATH, null, false, null, null,
				new OfferPlan(T0, T0), T0);
		assertThat(withAnotherNearMiss.harm()).isEqualTo(HarmLevel.DEATH);
		assertThat(withAnotherNearMiss.actualHarm()).isEqualTo(HarmLevel.MILD);
	}

	private static OutreachCase open(HarmLevel harm, Instant due, Instant windowEnds) {
		return OutreachCase.open("C-1", harm, harm, false, "MAIN", "ICU", T0, new OfferPlan(due, windowEnds), T0);
	}

}
