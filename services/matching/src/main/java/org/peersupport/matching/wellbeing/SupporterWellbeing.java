package org.peersupport.matching.wellbeing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.matching.engine.MatchingPolicy;
import org.peersupport.matching.offer.CaseHistory;
import org.peersupport.matching.offer.OfferStatus;
import org.peersupport.matching.offer.SupporterHistory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supporters' own load, their pause, and the administrators' view of who is close to
 * compassion fatigue.
 */
@Service
public class SupporterWellbeing {

	private final StaffDirectory directory;

	private final StaffMemberRepository staff;

	private final CaseHistory history;

	private final MatchingPolicy policy;

	private final Clock clock;

	SupporterWellbeing(StaffDirectory directory, StaffMemberRepository staff, CaseHistory history,
			MatchingPolicy policy, Clock clock) {
		this.directory = directory;
		this.staff = staff;
		this.history = history;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SupporterLoadView load(String staffId) {
		StaffMember supporter = this.directory.supporter(staffId);
		SupporterHistory past = this.history.of(staffId, since());
		return view(supporter, past, this.directory.isPaused(staffId));
	}

	@Transactional
	public SupporterLoadView pause(String staffId) {
		return pause(staffId, null);
	}

	/**
	 * Pauses the supporter through {@code until}, their last day paused, or until they
	 * resume when it is null.
	 */
	@Transactional
	public SupporterLoadView pause(String staffId, LocalDate until) {
		this.directory.setPaused(staffId, true, until);
		return load(staffId);
	}

	@Transactional
	public SupporterLoadView resume(String staffId) {
		this.directory.setPaused(staffId, false);
		return load(staffId);
	}

	/** Supporters at or near a fatigue threshold, the most loaded first. */
	@Transactional(readOnly = true)
	public List<SupporterLoadView> fatigued() {
		List<SupporterLoadView> tired = new ArrayList<>(
				everyone().stream().filter((view) -> view.fatigue() != FatigueLevel.OK).toList());
		tired.sort(Comparator.comparing(SupporterLoadView::fatigue)
			.reversed()
			.thenComparing(Comparator.comparingInt(SupporterLoadView::recentCases).reversed())
			.thenComparing(SupporterLoadView::staffId));
		return tired;
	}

	/** Every supporter on the roster, with their load, in no particular order. */
	@Transactional(readOnly = true)
	public List<SupporterLoadView> everyone() {
		Map<String, SupporterHistory> histories = this.history.since(since());
		Set<String> paused = this.directory.paused();
		List<SupporterLoadView> all = new ArrayList<>();
		for (StaffMember supporter : this.staff.findByVolunteeringSupporterTrue()) {
			SupporterHistory past = histories.getOrDefault(supporter.staffId(),
					SupporterHistory.none(supporter.staffId()));
			all.add(view(supporter, past, paused.contains(supporter.staffId())));
		}
		return all;
	}

	FatigueLevel level(SupporterHistory past) {
		MatchingPolicy.Fatigue limits = this.policy.fatigue();
		if (past.recentCases() >= limits.cases() || past.recentHighImpactCases() >= limits.highImpactCases()) {
			return FatigueLevel.AT;
		}
		if (past.recentCases() >= limits.nearFraction() * limits.cases()
				|| past.recentHighImpactCases() >= limits.nearFraction() * limits.highImpactCases()) {
			return FatigueLevel.NEAR;
		}
		return FatigueLevel.OK;
	}

	private SupporterLoadView view(StaffMember supporter, SupporterHistory past, boolean paused) {
		Map<OfferStatus, Integer> open = this.history.openBy(supporter.staffId());
		Instant coolDownUntil = null;
		if (past.lastHighImpactAt() != null) {
			Instant end = past.lastHighImpactAt().plus(this.policy.coolDown());
			coolDownUntil = end.isAfter(this.clock.instant()) ? end : null;
		}
		LocalDate until = paused ? this.directory.pausedUntil(supporter.staffId()) : null;
		return new SupporterLoadView(supporter.staffId(), paused, until, supporter.volunteering().maxActive(),
				open.getOrDefault(OfferStatus.OFFERED, 0), open.getOrDefault(OfferStatus.ACCEPTED, 0),
				past.recentCases(), past.recentHighImpactCases(), coolDownUntil, level(past));
	}

	private Instant since() {
		return this.clock.instant().minus(this.policy.recentWindow());
	}

}
