package org.peersupport.matching.console.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.matching.recognition.SupporterRecognition;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recognition list with names: the counts of those who are listed, each name opened
 * here, where it is shown. Someone whose name is gone (they left and their key was
 * destroyed, or they were erased) is left out: there is nobody to name.
 */
@Service
class RecognitionList {

	private final SupporterRecognition recognition;

	private final StaffMemberRepository staff;

	private final Contacts contacts;

	RecognitionList(SupporterRecognition recognition, StaffMemberRepository staff, Contacts contacts) {
		this.recognition = recognition;
		this.staff = staff;
		this.contacts = contacts;
	}

	/** Most check-ins first, then by name. */
	@Transactional(readOnly = true)
	List<RecognitionRow> of(RecognitionPeriod period) {
		List<RecognitionRow> rows = new ArrayList<>();
		for (SupporterRecognition.Count count : this.recognition.counts(period.start(), period.end())) {
			Optional<String> name = this.staff.findById(count.supporterId()).flatMap(this::name);
			name.ifPresent((plain) -> rows.add(new RecognitionRow(plain, count.checkins())));
		}
		rows.sort(Comparator.comparingLong(RecognitionRow::checkins)
			.reversed()
			.thenComparing(RecognitionRow::name, String.CASE_INSENSITIVE_ORDER));
		return rows;
	}

	private Optional<String> name(StaffMember member) {
		return this.contacts.name(member);
	}

}
