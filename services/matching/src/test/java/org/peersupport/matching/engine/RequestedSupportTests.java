package org.peersupport.matching.engine;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.matching.engine.Fixtures.NOW;
import static org.peersupport.matching.engine.Fixtures.a;

/**
 * What a clinician asked for when they requested a check-in ranks supporters first, and
 * never leaves the clinician unmatched: a supporter who meets none of it still takes the
 * case when nobody else can.
 */
class RequestedSupportTests {

	private final MatchEngine engine = new MatchEngine(MatchingPolicy.defaults());

	/** The clinician (an ICU nurse) and what they asked for. */
	private static CaseToMatch asking(Requested requested) {
		return new CaseToMatch("case-1", Fixtures.clinician(), Set.of(), Set.of(), "FAC", false, requested);
	}

	@Test
	void aSupporterWhoMeetsTheRequestRanksFirstEvenAgainstOneWhoScoresBetterOtherwise() {
		// P-1 is the better match by every routine preference: same role, similar
		// specialty, rested.
		Candidate routineBest = a("P-1").department("ICU").role("RN", "Critical Care", 20).build();
		// P-2 is from another department and speaks Spanish, as asked, but is busier.
		Candidate asked = a("P-2").department("ED")
			.role("MD", "Emergency", 2)
			.speaks(Set.of("en", "es"), Set.of())
			.load(2, 1, 3)
			.build();
		Requested otherDepartmentInSpanish = new Requested(DepartmentChoice.OTHER_DEPARTMENT, false, "es-MX");
		assertThat(this.engine.rank(asking(Requested.NOTHING), List.of(routineBest, asked), NOW).eligible())
			.extracting(Scored::staffId)
			.containsExactly("P-1", "P-2");
		assertThat(this.engine.rank(asking(otherDepartmentInSpanish), List.of(routineBest, asked), NOW).eligible())
			.extracting(Scored::staffId)
			.containsExactly("P-2", "P-1");
	}

	@Test
	void theRequestIsSoftNobodyWhoMeetsItStillLeavesTheClinicianMatched() {
		Candidate onlyOne = a("P-1").department("ICU").role("MD", "Surgery", 2).build();
		Requested unmet = new Requested(DepartmentChoice.OTHER_DEPARTMENT, true, "pt");
		Ranking ranking = this.engine.rank(asking(unmet), List.of(onlyOne), NOW);
		assertThat(ranking.eligible()).extracting(Scored::staffId).containsExactly("P-1");
		assertThat(this.engine.score(asking(unmet), onlyOne).terms())
			.filteredOn((term) -> term.preference().equals("requestedSupport"))
			.singleElement()
			.satisfies((term) -> assertThat(term.value()).isZero());
	}

	@Test
	void theValueIsTheShareOfTheChoicesMetAndNothingAskedCountsForNobody() {
		Candidate sameDepartmentSameRole = a("P-1").department("icu").role("rn", null, null).build();
		Requested three = new Requested(DepartmentChoice.SAME_DEPARTMENT, true, "fr");
		assertThat(termValue(asking(three), sameDepartmentSameRole)).isEqualTo(2.0 / 3);
		assertThat(termValue(asking(Requested.NOTHING), sameDepartmentSameRole)).isZero();
		assertThat(termValue(asking(new Requested(DepartmentChoice.SAME_DEPARTMENT, false, null)),
				a("P-2").department("ED").build()))
			.isZero();
	}

	private double termValue(CaseToMatch matchCase, Candidate supporter) {
		return this.engine.score(matchCase, supporter)
			.terms()
			.stream()
			.filter((term) -> term.preference().equals("requestedSupport"))
			.findFirst()
			.orElseThrow()
			.value();
	}

}
