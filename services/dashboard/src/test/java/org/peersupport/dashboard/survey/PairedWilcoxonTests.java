package org.peersupport.dashboard.survey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The paired Wilcoxon signed-rank test against SciPy 1.17.1, run by hand on this machine:
 *
 * <pre>
 * from scipy.stats import wilcoxon
 * res = wilcoxon(post, pre, zero_method='wilcox', correction=True, method='approx')
 * res.statistic, res.pvalue, res.zstatistic
 * </pre>
 *
 * SciPy reports T = min(W+, W-) and a negative Z for the two-sided test; we report
 * Hipparchus' W = max(W+, W-) (so T = n(n+1)/2 - W) and Z signed by direction, so |Z| is
 * compared.
 */
class PairedWilcoxonTests {

	/** Clinician scale sums: three zero differences and tied |differences| of 1, 2, 3. */
	static final double[] PRE_A = { 12, 15, 9, 14, 11, 13, 10, 16, 12, 14, 9, 13, 15, 11 };

	static final double[] POST_A = { 14, 15, 12, 13, 14, 16, 12, 16, 15, 17, 10, 13, 18, 14 };

	/**
	 * SciPy: statistic=1.5, pvalue=0.004528566009725653, zstatistic=-2.838784988272906.
	 */
	static final double SCIPY_T_A = 1.5;

	static final double SCIPY_P_A = 0.004528566009725653;

	static final double SCIPY_Z_A = -2.838784988272906;

	/** Supporter self-efficacy: one zero difference, many tied |differences|. */
	static final double[] PRE_B = { 3, 4, 2, 5, 3, 4, 2, 3, 4, 3, 2, 4 };

	static final double[] POST_B = { 4, 5, 4, 5, 4, 4, 3, 5, 5, 2, 4, 5 };

	/**
	 * SciPy: statistic=4.0, pvalue=0.01462936573737411, zstatistic=-2.441426505197666.
	 */
	static final double SCIPY_T_B = 4.0;

	static final double SCIPY_P_B = 0.01462936573737411;

	static final double SCIPY_Z_B = -2.441426505197666;

	/** Twenty pairs, no zero differences. */
	static final double[] PRE_C = { 20, 23, 18, 25, 21, 19, 22, 24, 17, 26, 20, 23, 21, 18, 22, 25, 19, 24, 20, 22 };

	static final double[] POST_C = { 23, 22, 24, 26, 25, 22, 21, 29, 23, 25, 27, 28, 22, 26, 20, 31, 26, 23, 29, 30 };

	/**
	 * SciPy: statistic=21.0, pvalue=0.0017539028311694999,
	 * zstatistic=-3.1290201454110074.
	 */
	static final double SCIPY_T_C = 21.0;

	static final double SCIPY_P_C = 0.0017539028311694999;

	static final double SCIPY_Z_C = -3.1290201454110074;

	@Test
	void matchesSciPyWithZeroDifferencesAndTies() {
		PairedWilcoxon.Result result = PairedWilcoxon.test(PRE_A, POST_A);
		assertThat(result.pairs()).isEqualTo(14);
		assertThat(result.tied()).isEqualTo(3);
		assertThat(result.n()).isEqualTo(11);
		assertThat(result.n() * (result.n() + 1) / 2.0 - result.w()).isEqualTo(SCIPY_T_A);
		assertThat(result.z()).isCloseTo(Math.abs(SCIPY_Z_A), within(1e-12));
		assertThat(result.p()).isCloseTo(SCIPY_P_A, within(1e-12));
		assertThat(result.r()).isCloseTo(Math.abs(SCIPY_Z_A) / Math.sqrt(11), within(1e-12));
	}

	@Test
	void matchesSciPyWhenMostDifferencesAreTied() {
		PairedWilcoxon.Result result = PairedWilcoxon.test(PRE_B, POST_B);
		assertThat(result.n()).isEqualTo(10);
		assertThat(result.n() * (result.n() + 1) / 2.0 - result.w()).isEqualTo(SCIPY_T_B);
		assertThat(result.z()).isCloseTo(Math.abs(SCIPY_Z_B), within(1e-12));
		assertThat(result.p()).isCloseTo(SCIPY_P_B, within(1e-12));
		assertThat(result.r()).isCloseTo(0.7720468496329538, within(1e-12));
	}

	@Test
	void matchesSciPyWithoutTies() {
		PairedWilcoxon.Result result = PairedWilcoxon.test(PRE_C, POST_C);
		assertThat(result.n()).isEqualTo(20);
		assertThat(result.n() * (result.n() + 1) / 2.0 - result.w()).isEqualTo(SCIPY_T_C);
		assertThat(result.z()).isCloseTo(Math.abs(SCIPY_Z_C), within(1e-12));
		assertThat(result.p()).isCloseTo(SCIPY_P_C, within(1e-12));
	}

	@Test
	void zIsNegativeWhenScoresFall() {
		PairedWilcoxon.Result result = PairedWilcoxon.test(POST_A, PRE_A);
		assertThat(result.z()).isCloseTo(SCIPY_Z_A, within(1e-12));
		assertThat(result.p()).isCloseTo(SCIPY_P_A, within(1e-12));
	}

	@Test
	void allTiedLeavesNothingToTest() {
		PairedWilcoxon.Result result = PairedWilcoxon.test(new double[] { 3, 4 }, new double[] { 3, 4 });
		assertThat(result.n()).isZero();
		assertThat(result.tied()).isEqualTo(2);
		assertThat(result.z()).isNull();
		assertThat(result.p()).isNull();
	}

	@Test
	void descriptivesMatchNumpy() {
		// numpy: median 12.5, percentile 25/75 (linear) 11.0/14.0, mean
		// 12.428571428571429,
		// std(ddof=1) 2.2434275189912047
		Descriptives pre = Descriptives.of(PRE_A, 5);
		assertThat(pre.median()).isEqualTo(12.5);
		assertThat(pre.q1()).isEqualTo(11.0);
		assertThat(pre.q3()).isEqualTo(14.0);
		assertThat(pre.mean()).isCloseTo(12.428571428571429, within(1e-12));
		assertThat(pre.sd()).isCloseTo(2.2434275189912047, within(1e-12));
		assertThat(pre.min()).isEqualTo(9.0);
		assertThat(pre.max()).isEqualTo(16.0);
		assertThat(Descriptives.of(new double[] { 1, 2, 3, 4 }, 5).suppressed()).isTrue();
	}

}
