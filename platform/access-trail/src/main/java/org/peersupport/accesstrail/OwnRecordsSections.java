package org.peersupport.accesstrail;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts together a service's section of a person's own copy: every {@link OwnRecords} part
 * of the service and its trail's entries about them, read in one read-only transaction so
 * the parts agree with each other.
 */
public class OwnRecordsSections {

	/** More entries than this are left for a later copy (the section says so). */
	static final int MAX_TRAIL_ENTRIES = 10_000;

	private final String service;

	private final String about;

	private final List<OwnRecords> parts;

	private final TrailRows trail;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	OwnRecordsSections(String service, String about, List<OwnRecords> parts, TrailRows trail,
			TransactionTemplate transactions, Clock clock) {
		this.service = service;
		this.about = about;
		this.parts = OwnRecords.sorted(parts);
		this.trail = trail;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/** The section of {@code staffId}. Blocking. */
	public RecordsSection of(String staffId) {
		return this.readOnly.execute((status) -> {
			Map<String, Object> records = new LinkedHashMap<>();
			Map<String, String> notes = new LinkedHashMap<>();
			for (OwnRecords part : this.parts) {
				records.put(part.part(), part.of(staffId));
				if (part.note() != null) {
					notes.put(part.part(), part.note());
				}
			}
			List<TrailMention> mentions = this.trail.about(staffId, MAX_TRAIL_ENTRIES + 1)
				.stream()
				.map((entry) -> TrailMention.of(entry, staffId))
				.toList();
			boolean complete = mentions.size() <= MAX_TRAIL_ENTRIES;
			return new RecordsSection(this.service, RecordsSection.ANSWERED, staffId, this.clock.instant(), this.about,
					records, notes, complete ? mentions : mentions.subList(0, MAX_TRAIL_ENTRIES), complete, null);
		});
	}

}
