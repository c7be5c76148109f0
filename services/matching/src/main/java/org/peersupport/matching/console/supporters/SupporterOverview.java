package org.peersupport.matching.console.supporters;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.matching.directory.TrainingLedger;
import org.peersupport.matching.directory.TrainingStatus;
import org.peersupport.matching.engine.MatchingPolicy;
import org.peersupport.matching.wellbeing.SupporterLoadView;
import org.peersupport.matching.wellbeing.SupporterWellbeing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supporters list and a supporter's standing, put together from what the features
 * already compute: the training ledger's status, and the load, pause and fatigue signal
 * of {@link SupporterWellbeing} (the logic of {@code /api/v1/supporters/fatigue}). Names
 * are opened here, where the page uses them.
 */
@Service
class SupporterOverview {

	private final StaffMemberRepository staff;

	private final StaffDirectory directory;

	private final TrainingLedger training;

	private final SupporterWellbeing wellbeing;

	private final Contacts contacts;

	private final MatchingPolicy policy;

	private final Clock clock;

	SupporterOverview(StaffMemberRepository staff, StaffDirectory directory, TrainingLedger training,
			SupporterWellbeing wellbeing, Contacts contacts, MatchingPolicy policy, Clock clock) {
		this.staff = staff;
		this.directory = directory;
		this.training = training;
		this.wellbeing = wellbeing;
		this.contacts = contacts;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Every supporter on the roster, those needing attention first (past a limit, then
	 * near one), then by name.
	 */
	@Transactional(readOnly = true)
	List<SupporterStanding> everyone() {
		List<StaffMember> supporters = this.staff.findByVolunteeringSupporterTrue();
		Map<String, StaffMember> byId = supporters.stream()
			.collect(Collectors.toMap(StaffMember::staffId, Function.identity()));
		Map<String, TrainingStatus> statuses = this.training.statuses(supporters);
		LocalDate today = today();
		return this.wellbeing.everyone()
			.stream()
			.map((load) -> standing(byId.get(load.staffId()), statuses.get(load.staffId()), load, today))
			.sorted(Comparator.comparingInt(SupporterStanding::urgency)
				.reversed()
				.thenComparing(SupporterStanding::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(SupporterStanding::staffId))
			.toList();
	}

	/** One supporter's standing, or a 404 when they are not a supporter on the roster. */
	@Transactional(readOnly = true)
	SupporterStanding of(String staffId) {
		StaffMember supporter = this.directory.supporter(staffId);
		return standing(supporter, this.training.status(supporter), this.wellbeing.load(staffId), today());
	}

	private SupporterStanding standing(StaffMember member, TrainingStatus status, SupporterLoadView load,
			LocalDate today) {
		String name = this.contacts.name(member).orElse(SupporterStanding.NAME_REMOVED);
		return SupporterStanding.of(name, status, load, window(this.policy.recentWindow()), today);
	}

	private static String window(Duration window) {
		return PlainWords.days(window.toDays());
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
	}

}
