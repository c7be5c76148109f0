package org.peersupport.outreach.outreachcase;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.peersupport.contracts.events.HarmLevel;

import static org.assertj.core.api.Assertions.assertThat;

class OutreachCaseTests {

	private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void aLaterEventCanMakeACaseWorseAndSoonerButNeverMilderOrLater() {
		OutreachCase open = OutreachCase.open("C-1", HarmLevel.MODERATE, T0, T0.plusSeconds(3600), T0);
		OutreachCase worse = open.withEvent(HarmLevel.DEATH, T0.plusSeconds(60), T0);
		assertThat(worse.harm()).isEqualTo(HarmLevel.DEATH);
		assertThat(worse.dueAt()).isEqualTo(T0.plusSeconds(60));
		OutreachCase milder = worse.withEvent(HarmLevel.NO_HARM, T0.plusSeconds(7200), T0);
		assertThat(milder.harm()).isEqualTo(HarmLevel.DEATH);
		assertThat(milder.dueAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(milder.id()).isEqualTo(open.id());
	}

	@Test
	void theFirstOfferTimeIsKeptAcrossReoffers() {
		OutreachCase open = OutreachCase.open("C-1", HarmLevel.SEVERE, T0, T0, T0);
		OutreachCase offered = open.offeredTo("P-1", T0.plusSeconds(5), T0);
		OutreachCase reoffered = offered.offeredTo("P-2", T0.plusSeconds(50), T0);
		assertThat(reoffered.offeredAt()).isEqualTo(T0.plusSeconds(5));
		assertThat(reoffered.supporterId()).isEqualTo("P-2");
		assertThat(reoffered.status()).isEqualTo(CaseStatus.OFFERED);
	}

	@Test
	void onlyScheduledOrEscalatedCasesGoBackToMatching() {
		OutreachCase open = OutreachCase.open("C-1", HarmLevel.SEVERE, T0, T0, T0);
		assertThat(open.awaitsSupporter()).isTrue();
		assertThat(open.needingAttention("UNKNOWN_STAFF", T0).awaitsSupporter()).isTrue();
		assertThat(open.offeredTo("P-1", T0, T0).awaitsSupporter()).isFalse();
		assertThat(open.acceptedBy("P-1", T0).awaitsSupporter()).isFalse();
	}

}
