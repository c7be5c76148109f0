package org.peersupport.matching.training;

import java.time.LocalDate;

import org.peersupport.web.FieldReader;

/**
 * A training to record, as the API's JSON body and the console's form both give it: read
 * by one reader, so both refuse the same input with the same problems.
 *
 * @param kind what training
 * @param completedOn the day it was completed
 * @param expiresOn the last day it counts, or null when it does not expire
 */
public record TrainingEntry(TrainingKind kind, LocalDate completedOn, LocalDate expiresOn) {

	/** The field names, as problems name them. */
	public static final String KIND = "kind";

	public static final String COMPLETED_ON = "completedOn";

	public static final String EXPIRES_ON = "expiresOn";

	/**
	 * Reads {@code kind}, {@code completedOn} and {@code expiresOn}.
	 * @throws org.peersupport.web.InvalidInputException naming every bad field
	 */
	public static TrainingEntry read(FieldReader in) {
		TrainingKind kind = in.field(KIND).choice(TrainingKind.class).required();
		LocalDate completedOn = in.field(COMPLETED_ON).date().required();
		LocalDate expiresOn = in.field(EXPIRES_ON).date().optional();
		if (completedOn != null && expiresOn != null && expiresOn.isBefore(completedOn)) {
			in.field(EXPIRES_ON).problem("must not be before completedOn");
		}
		in.check();
		return new TrainingEntry(kind, completedOn, expiresOn);
	}

}
