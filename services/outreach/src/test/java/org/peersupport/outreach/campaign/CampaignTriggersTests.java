package org.peersupport.outreach.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.contracts.events.InvolvedClinician;
import org.peersupport.contracts.events.InvolvementRole;
import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.StaffProfile;
import org.peersupport.outreach.outreachcase.OutreachCaseRepository;
import org.peersupport.persistence.timer.DurableTimers;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The triggers run in the transaction of the incident's own cases: campaign bookkeeping
 * must never fail it.
 */
class CampaignTriggersTests {

	private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

	private final CampaignStore store = mock(CampaignStore.class);

	private final CampaignMembers members = mock(CampaignMembers.class);

	private final Clinicians clinicians = mock(Clinicians.class);

	private final DurableTimers timers = mock(DurableTimers.class);

	private final CampaignTriggers triggers = new CampaignTriggers(this.store, this.members, this.clinicians,
			mock(OutreachCaseRepository.class), this.timers, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aCampaignTimerFiringRightNowDoesNotFailTheIncidentAndTheMemberIsStillRecorded() {
		Campaign campaign = new Campaign(UUID.randomUUID(),
				new CampaignDefinition("After a first death", "MAIN", CampaignKind.FIRST_PATIENT_DEATH,
						new Cohort(Set.of("RESIDENT"), Set.of(), null, null, List.of()), NOW.minusSeconds(60),
						Duration.ofDays(7), Pace.perDay(10), null),
				null, CampaignStatus.ACTIVE, NOW.plus(Duration.ofDays(30)), "admin", NOW, NOW);
		when(this.store.findListening(CampaignKind.FIRST_PATIENT_DEATH, "MAIN")).thenReturn(List.of(campaign));
		when(this.clinicians.profile("R-1"))
			.thenReturn(Optional.of(new StaffProfile("R-1", "Name", "RESIDENT", "ICU", true, NOW, null)));
		when(this.store.lockIfFree(campaign.id())).thenReturn(Optional.of(campaign));
		when(this.members.enrol(eq(campaign.id()), eq("R-1"), any(), any())).thenReturn(true);
		doThrow(new TaskInstanceCurrentlyExecutingException(CampaignPaceTimer.TASK.name(), campaign.id().toString()))
			.when(this.timers)
			.reschedule(eq(CampaignPaceTimer.TASK), anyString(), any());

		assertThatCode(() -> this.triggers.onReported(new AdverseEventReported("E-1", NOW.minusSeconds(600), null, NOW,
				HarmLevel.DEATH, Actuality.ACTUAL, EventCategory.PATIENT_DEATH, "MAIN", "ICU",
				List.of(new InvolvedClinician("R-1", InvolvementRole.PRIMARY)))))
			.doesNotThrowAnyException();
		verify(this.members).enrol(campaign.id(), "R-1", NOW.plus(Duration.ofDays(7)), NOW);
		// The campaign keeps the next tick its timer has: that tick picks the member up.
		verify(this.store, never()).update(any(), any(), any(), any());
	}

}
