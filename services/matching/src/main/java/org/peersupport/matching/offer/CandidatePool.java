package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peersupport.matching.availability.Availability;
import org.peersupport.matching.availability.AvailabilityBook;
import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.matching.directory.TrainingLedger;
import org.peersupport.matching.directory.TrainingStatus;
import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.Clinician;
import org.peersupport.matching.engine.MatchingPolicy;
import org.peersupport.matching.engine.Work;
import org.peersupport.matching.preference.ClinicianPreferences;
import org.peersupport.matching.preference.MatchPreferences;

import org.springframework.stereotype.Component;

/**
 * Gathers what the engine needs from storage, once per decision: every supporter with
 * training, pause, availability and load, and the clinician with their preferences.
 */
@Component
public class CandidatePool {

	private final StaffMemberRepository staff;

	private final StaffDirectory directory;

	private final TrainingLedger training;

	private final AvailabilityBook availability;

	private final ClinicianPreferences preferences;

	private final OfferRepository offers;

	private final CaseHistory history;

	private final MatchingPolicy policy;

	private final List<SupporterCommitments> commitments;

	CandidatePool(StaffMemberRepository staff, StaffDirectory directory, TrainingLedger training,
			AvailabilityBook availability, ClinicianPreferences preferences, OfferRepository offers,
			CaseHistory history, MatchingPolicy policy, List<SupporterCommitments> commitments) {
		this.staff = staff;
		this.directory = directory;
		this.training = training;
		this.availability = availability;
		this.preferences = preferences;
		this.offers = offers;
		this.history = history;
		this.policy = policy;
		this.commitments = commitments;
	}

	/** Every supporter, with what they carry now: offers, cases and other commitments. */
	public List<Candidate> supporters(Instant now) {
		List<StaffMember> supporters = this.staff.findByVolunteeringSupporterTrue();
		Map<String, TrainingStatus> trainings = this.training.statuses(supporters);
		Set<String> paused = this.directory.paused();
		Map<String, Availability> windows = this.availability.all();
		Map<String, SupporterHistory> histories = this.history.since(now.minus(this.policy.recentWindow()));
		Map<String, Integer> load = new HashMap<>();
		for (SupporterLoad supporter : this.offers.activeLoads()) {
			load.put(supporter.supporterId(), (int) supporter.active());
		}
		for (SupporterCommitments more : this.commitments) {
			more.bySupporter().forEach((supporter, count) -> load.merge(supporter, count, Integer::sum));
		}
		List<Candidate> pool = new ArrayList<>(supporters.size());
		for (StaffMember member : supporters) {
			TrainingStatus status = trainings.get(member.staffId());
			SupporterHistory past = histories.getOrDefault(member.staffId(), SupporterHistory.none(member.staffId()));
			pool.add(new Candidate(member.staffId(), work(member), member.profile().languageSet(),
					member.profile().identityTagSet(),
					new Candidate.Readiness(status.trained(), status.expiresOn(), paused.contains(member.staffId())),
					new Candidate.Workload(member.volunteering().maxActive(), load.getOrDefault(member.staffId(), 0),
							past.recentCases(), past.lastHighImpactAt()),
					windows.getOrDefault(member.staffId(), Availability.NONE)));
		}
		return pool;
	}

	Optional<Clinician> clinician(String staffId) {
		return this.staff.findById(staffId).map((member) -> {
			MatchPreferences stated = this.preferences.of(staffId);
			Set<String> languages = new HashSet<>(stated.languages());
			if (languages.isEmpty()) {
				// Without a stated choice, the languages the clinician speaks will do.
				languages.addAll(member.profile().languageSet());
			}
			return new Clinician(member.staffId(), work(member), languages, Set.copyOf(stated.identityPreferences()),
					stated.departmentChoice());
		});
	}

	private static Work work(StaffMember member) {
		StaffMember.Profile profile = member.profile();
		return new Work(profile.department(), profile.role(), profile.specialty(), profile.seniority(),
				profile.supervisorId());
	}

}
