package org.peersupport.matching.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.peersupport.matching.directory.StaffDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators record supporters' training. A qualifying record can make a supporter
 * trained (or extend their training), so each record republishes their directory entry.
 */
@Service
public class TrainingRecords {

	private final TrainingRecordRepository records;

	private final StaffDirectory directory;

	private final Clock clock;

	TrainingRecords(TrainingRecordRepository records, StaffDirectory directory, Clock clock) {
		this.records = records;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	public TrainingRecord record(String staffId, TrainingKind kind, LocalDate completedOn, LocalDate expiresOn) {
		this.directory.supporter(staffId);
		TrainingRecord saved = this.records
			.save(new TrainingRecord(UUID.randomUUID(), staffId, kind, completedOn, expiresOn, this.clock.instant()));
		this.directory.republish(staffId);
		return saved;
	}

	@Transactional
	public TrainingRecord record(String staffId, TrainingEntry entry) {
		return record(staffId, entry.kind(), entry.completedOn(), entry.expiresOn());
	}

	@Transactional(readOnly = true)
	public List<TrainingRecord> list(String staffId) {
		this.directory.supporter(staffId);
		return this.records.findByStaffIdOrderByCompletedOnDesc(staffId);
	}

}
