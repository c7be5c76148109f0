package org.peersupport.dashboard.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.peersupport.dashboard.suppression.SmallCellSuppression;

import org.springframework.stereotype.Component;

/**
 * Per scale: descriptive statistics of the pre and post scores (the mean of the scale's
 * items, reverse-scored items turned round) and the paired Wilcoxon signed-rank test over
 * respondents who answered both. The test runs on the item sums, which rank exactly as
 * the means do (same number of items) and avoid rounding in the differences.
 */
@Component
class SurveyAnalysis {

	private final SmallCellSuppression suppression;

	SurveyAnalysis(SmallCellSuppression suppression) {
		this.suppression = suppression;
	}

	Report analyse(SurveyDefinition survey, List<Surveys.StoredResponse> responses) {
		int k = this.suppression.minCellSize();
		Set<String> scales = new LinkedHashSet<>();
		survey.items().forEach((item) -> scales.add(item.scale()));
		List<ScaleReport> reports = new ArrayList<>();
		for (String scale : scales) {
			List<SurveyDefinition.Item> items = survey.items().stream().filter((i) -> i.scale().equals(scale)).toList();
			Map<String, Integer> pre = sums(responses, items, "PRE");
			Map<String, Integer> post = sums(responses, items, "POST");
			Set<String> paired = new TreeSet<>(pre.keySet());
			paired.retainAll(post.keySet());
			double[] x = new double[paired.size()];
			double[] y = new double[paired.size()];
			int i = 0;
			for (String respondent : paired) {
				x[i] = pre.get(respondent);
				y[i++] = post.get(respondent);
			}
			PairedWilcoxon.Result result = PairedWilcoxon.test(x, y);
			int unpaired = pre.size() + post.size() - 2 * paired.size();
			boolean hidden = result.n() < k;
			Test test = hidden ? new Test(true, null, null, null, null, null, null, null, null)
					: new Test(false, result.pairs(), unpaired, result.tied(), result.n(), result.w(), result.z(),
							result.p(), result.r());
			reports.add(new ScaleReport(scale, items.size(), Descriptives.of(means(pre, items.size()), k),
					Descriptives.of(means(post, items.size()), k), test));
		}
		int min = survey.items().stream().mapToInt(SurveyDefinition.Item::min).min().orElse(0);
		int max = survey.items().stream().mapToInt(SurveyDefinition.Item::max).max().orElse(0);
		return new Report(survey.code(), survey.title(), survey.population(), k, min, max, reports);
	}

	private static Map<String, Integer> sums(List<Surveys.StoredResponse> responses, List<SurveyDefinition.Item> items,
			String phase) {
		Map<String, Integer> sums = new LinkedHashMap<>();
		for (Surveys.StoredResponse response : responses) {
			if (!phase.equals(response.phase())) {
				continue;
			}
			int sum = 0;
			for (SurveyDefinition.Item item : items) {
				sum += item.score(response.answers().get(item.code()));
			}
			sums.put(response.respondent(), sum);
		}
		return sums;
	}

	private static double[] means(Map<String, Integer> sums, int items) {
		return sums.values().stream().mapToDouble((sum) -> sum / (double) items).toArray();
	}

	/**
	 * The analysis of one survey.
	 *
	 * @param survey the survey code
	 * @param title its title
	 * @param population who answers it
	 * @param minCellSize k: descriptives of fewer respondents, and tests with N below k,
	 * are suppressed
	 * @param scaleMin the lowest possible item answer
	 * @param scaleMax the highest possible item answer
	 * @param scales one report per scale
	 */
	record Report(String survey, String title, String population, int minCellSize, int scaleMin, int scaleMax,
			List<ScaleReport> scales) {
	}

	/**
	 * One scale.
	 *
	 * @param scale the scale code
	 * @param items how many items it has
	 * @param pre descriptives of every pre response (mean item score)
	 * @param post descriptives of every post response
	 * @param test the paired test
	 */
	record ScaleReport(String scale, int items, Descriptives pre, Descriptives post, Test test) {
	}

	/**
	 * The paired Wilcoxon signed-rank test (see {@link PairedWilcoxon}).
	 *
	 * @param suppressed whether N is below k (then every number is null)
	 * @param pairs respondents with a pre and a post answer
	 * @param unpaired respondents with only one of them (dropped)
	 * @param tied pairs with no change (dropped)
	 * @param n pairs in the test
	 * @param w max(W+, W-) from Hipparchus
	 * @param z Z, positive when scores rose
	 * @param p two-sided p-value
	 * @param r effect size |Z| / sqrt(N)
	 */
	record Test(boolean suppressed, Integer pairs, Integer unpaired, Integer tied, Integer n, Double w, Double z,
			Double p, Double r) {
	}

}
