package org.peersupport.intake.fhir;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peersupport.contracts.events.HarmLevel;

/**
 * How bad it was, from the most specific source a sender gave: the AHRQ Harm Scale, then
 * the NCC MERP category, then seriousness, then outcome, then R4 severity. A fatal
 * outcome anywhere means death whatever the other sources say: it is the one fact raters
 * do not disagree on.
 */
final class HarmRules {

	private HarmRules() {
	}

	static HarmLevel harm(FhirFacts.Harm codes) {
		if (codes.outcome().stream().anyMatch(HarmRules::isFatal)) {
			return HarmLevel.DEATH;
		}
		return ahrq(codes.harmScale()).or(() -> nccMerp(codes.nccMerp()))
			.or(() -> seriousness(codes.seriousness()))
			.or(() -> severity(codes.severity()))
			.orElse(HarmLevel.UNKNOWN);
	}

	/**
	 * R4 {@code fatal}; R5 SNOMED 405535005 "Adverse incident resulting in death"; or
	 * words that say so.
	 */
	static boolean isFatal(FhirCode code) {
		return code.means("fatal", "405535005", "died") || code.mentions("resulting-in-death");
	}

	static Optional<HarmLevel> ahrq(List<FhirCode> codes) {
		for (FhirCode code : codes) {
			if (code.means("death")) {
				return Optional.of(HarmLevel.DEATH);
			}
			if (code.means("severe", "severe-harm")) {
				return Optional.of(HarmLevel.SEVERE);
			}
			if (code.means("moderate", "moderate-harm")) {
				return Optional.of(HarmLevel.MODERATE);
			}
			if (code.means("mild", "mild-harm")) {
				return Optional.of(HarmLevel.MILD);
			}
			if (code.means("no-harm", "none")) {
				return Optional.of(HarmLevel.NO_HARM);
			}
		}
		return Optional.empty();
	}

	/**
	 * A–D reached no harm; E–F temporary harm; G–H permanent or life-sustaining; I death.
	 */
	static Optional<HarmLevel> nccMerp(List<FhirCode> codes) {
		for (FhirCode code : codes) {
			String category = (code.code() != null) ? code.code().strip().toUpperCase(Locale.ROOT) : "";
			switch (category) {
				case "A", "B", "C", "D" -> {
					return Optional.of(HarmLevel.NO_HARM);
				}
				case "E" -> {
					return Optional.of(HarmLevel.MILD);
				}
				case "F" -> {
					return Optional.of(HarmLevel.MODERATE);
				}
				case "G", "H" -> {
					return Optional.of(HarmLevel.SEVERE);
				}
				case "I" -> {
					return Optional.of(HarmLevel.DEATH);
				}
				default -> {
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * FHIR seriousness; R4 senders write {@code Serious}, R5 {@code serious}: both are
	 * accepted.
	 */
	static Optional<HarmLevel> seriousness(List<FhirCode> codes) {
		for (FhirCode code : codes) {
			if (code.means("serious")) {
				return Optional.of(HarmLevel.SEVERE);
			}
			if (code.means("non-serious", "nonserious")) {
				return Optional.of(HarmLevel.MILD);
			}
		}
		return Optional.empty();
	}

	static Optional<HarmLevel> severity(List<FhirCode> codes) {
		for (FhirCode code : codes) {
			if (code.means("severe")) {
				return Optional.of(HarmLevel.SEVERE);
			}
			if (code.means("moderate")) {
				return Optional.of(HarmLevel.MODERATE);
			}
			if (code.means("mild")) {
				return Optional.of(HarmLevel.MILD);
			}
		}
		return Optional.empty();
	}

}
