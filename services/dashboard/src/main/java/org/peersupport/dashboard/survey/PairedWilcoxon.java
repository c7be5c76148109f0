package org.peersupport.dashboard.survey;

import java.util.Map;
import java.util.TreeMap;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.inference.WilcoxonSignedRankTest;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * The paired Wilcoxon signed-rank test, post minus pre, as SciPy's
 * {@code wilcoxon(post, pre, zero_method='wilcox', correction=True, method='approx')}
 * computes it.
 * <p>
 * Hipparchus 4.0.3 gives the statistic W = max(W+, W-) with average ranks for tied
 * |differences| after dropping zero differences, but no Z, and its asymptotic p-value has
 * a continuity correction and no tie correction. So W comes from Hipparchus, ranks from
 * Hipparchus' {@link NaturalRanking}, and Z uses the normal approximation with both
 * corrections: Z = sign(W+ - mu) * max(0, |W+ - mu| - 1/2) / sigma, mu = n(n+1)/4,
 * sigma^2 = n(n+1)(2n+1)/24 - sum(t^3 - t)/48 over groups of t tied |differences|.
 */
final class PairedWilcoxon {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

	private PairedWilcoxon() {
	}

	/**
	 * @param pre each respondent's score before
	 * @param post the same respondents' scores after, in the same order
	 */
	public static Result test(double[] pre, double[] post) {
		if (pre.length != post.length) {
			throw new IllegalArgumentException("pre and post must pair up");
		}
		int nonZero = 0;
		for (int i = 0; i < pre.length; i++) {
			if (pre[i] != post[i]) {
				nonZero++;
			}
		}
		if (nonZero == 0) {
			return new Result(pre.length, pre.length, 0, null, null, null, null, null);
		}
		double[] differences = new double[nonZero];
		int j = 0;
		for (int i = 0; i < pre.length; i++) {
			if (pre[i] != post[i]) {
				differences[j++] = post[i] - pre[i];
			}
		}
		double[] magnitudes = new double[nonZero];
		for (int i = 0; i < nonZero; i++) {
			magnitudes[i] = Math.abs(differences[i]);
		}
		double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(magnitudes);
		double wPlus = 0;
		for (int i = 0; i < nonZero; i++) {
			if (differences[i] > 0) {
				wPlus += ranks[i];
			}
		}
		double w = new WilcoxonSignedRankTest().wilcoxonSignedRank(pre, post);
		int n = nonZero;
		double mean = n * (n + 1) / 4.0;
		double variance = n * (n + 1) * (2.0 * n + 1) / 24.0 - tieCorrection(magnitudes) / 48.0;
		double distance = Math.max(0, Math.abs(wPlus - mean) - 0.5);
		double z = (variance > 0) ? Math.signum(wPlus - mean) * distance / Math.sqrt(variance) : 0;
		double p = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
		return new Result(pre.length, pre.length - n, n, w, wPlus, z, Math.min(1, p), Math.abs(z) / Math.sqrt(n));
	}

	/** Sum of t^3 - t over groups of t equal values. */
	private static double tieCorrection(double[] values) {
		Map<Double, Integer> groups = new TreeMap<>();
		for (double value : values) {
			groups.merge(value, 1, Integer::sum);
		}
		double sum = 0;
		for (int t : groups.values()) {
			sum += (double) t * t * t - t;
		}
		return sum;
	}

	/**
	 * The test's outcome.
	 *
	 * @param pairs respondents with both a pre and a post answer
	 * @param tied pairs dropped for a zero difference
	 * @param n pairs used: {@code pairs - tied}
	 * @param w Hipparchus' statistic, max(W+, W-)
	 * @param wPlus the sum of ranks of positive differences (post above pre)
	 * @param z the normal approximation's Z (positive when post is higher)
	 * @param p the two-sided p-value from Z
	 * @param r the effect size |Z| / sqrt(n)
	 */
	public record Result(int pairs, int tied, int n, Double w, Double wPlus, Double z, Double p, Double r) {
	}

}
