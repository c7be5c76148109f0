package org.peersupport.dashboard.survey;

import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Descriptive statistics of one phase of one scale. Quartiles use R's default (type 7,
 * numpy's "linear"), so they match what an analyst re-running the numbers would get.
 *
 * @param n respondents
 * @param suppressed whether fewer than k respondents answered (then every number is null)
 * @param median the median
 * @param q1 the first quartile
 * @param q3 the third quartile
 * @param min the smallest score
 * @param max the largest score
 * @param mean the mean
 * @param sd the sample standard deviation
 */
record Descriptives(Integer n, boolean suppressed, Double median, Double q1, Double q3, Double min, Double max,
		Double mean, Double sd) {

	static Descriptives of(double[] scores, int minCellSize) {
		if (scores.length < minCellSize) {
			return new Descriptives(null, true, null, null, null, null, null, null, null);
		}
		DescriptiveStatistics statistics = new DescriptiveStatistics(scores);
		Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
		percentile.setData(scores);
		return new Descriptives(scores.length, false, percentile.evaluate(50), percentile.evaluate(25),
				percentile.evaluate(75), statistics.getMin(), statistics.getMax(), statistics.getMean(),
				(scores.length > 1) ? statistics.getStandardDeviation() : null);
	}

}
