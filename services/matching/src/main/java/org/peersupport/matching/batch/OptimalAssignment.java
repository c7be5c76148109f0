package org.peersupport.matching.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import org.peersupport.matching.engine.Ranking;
import org.peersupport.matching.engine.Scored;

/**
 * Assigns a batch of cases together, as a minimum-cost flow (JGraphT's capacity scaling
 * algorithm): each case sends one unit to a supporter (cost: the best possible score
 * minus this pair's score) or straight to the sink (cost: more than any number of
 * assigned cases could save, so as many cases as possible get a supporter); each
 * supporter passes at most their free slots to the sink. The flow of least cost places
 * the most cases and, among those, has the greatest total score.
 *
 * <p>
 * A batch of a thousand cases against thousands of supporters has millions of eligible
 * pairs, too many arcs to solve quickly. So the flow is first solved on each case's best
 * few options, and the solver's node potentials (its dual solution) are then checked
 * against every option left out: when none has a negative reduced cost, the flow is
 * optimal for the whole problem (the reduced-cost optimality condition); otherwise the
 * violating cases get more options and the flow is solved again. Should that not settle,
 * the fallback keeps, per case, options until their free slots add up to the batch size,
 * which provably never drops an option an optimal assignment needs.
 */
public final class OptimalAssignment implements AssignmentStrategy {

	private final int firstOptions;

	public OptimalAssignment() {
		this(8);
	}

	/**
	 * @param firstOptions how many options per case the first round keeps
	 */
	OptimalAssignment(int firstOptions) {
		this.firstOptions = firstOptions;
	}

	private static final int MAX_ROUNDS = 10;

	private static final double EPSILON = 1e-6;

	@Override
	public List<Optional<Scored>> assign(List<Ranking> rankings) {
		return solve(rankings).picks();
	}

	/**
	 * The picks, and whether the potentials certified them (false when the exact fallback
	 * decided).
	 */
	record Outcome(List<Optional<Scored>> picks, boolean certified, int rounds) {
	}

	Outcome solve(List<Ranking> rankings) {
		int cases = rankings.size();
		List<List<Scored>> usable = new ArrayList<>(cases);
		for (Ranking ranking : rankings) {
			usable.add(ranking.eligible().stream().filter((s) -> s.candidate().freeSlots() > 0).toList());
		}
		double best = 1 + usable.stream().flatMap(List::stream).mapToDouble(Scored::total).max().orElse(0);
		int[] kept = new int[cases];
		for (int c = 0; c < cases; c++) {
			kept[c] = Math.min(this.firstOptions, usable.get(c).size());
		}
		for (int round = 0; round < MAX_ROUNDS; round++) {
			List<List<Scored>> options = new ArrayList<>(cases);
			for (int c = 0; c < cases; c++) {
				options.add(usable.get(c).subList(0, kept[c]));
			}
			Flow flow = Flow.solve(options, best);
			if (!flow.potentialsHold()) {
				break;
			}
			if (!grewWhereViolated(flow, usable, kept, best)) {
				return new Outcome(flow.picks(), true, round + 1);
			}
		}
		List<List<Scored>> exact = new ArrayList<>(cases);
		for (List<Scored> options : usable) {
			exact.add(prune(options, cases));
		}
		return new Outcome(Flow.solve(exact, best).picks(), false, MAX_ROUNDS + 1);
	}

	/**
	 * Checks every option left out against the potentials; a case with a violating option
	 * gets more options.
	 * @return whether any case grew
	 */
	private static boolean grewWhereViolated(Flow flow, List<List<Scored>> usable, int[] kept, double best) {
		boolean grew = false;
		for (int c = 0; c < usable.size(); c++) {
			List<Scored> options = usable.get(c);
			int lastViolation = -1;
			for (int j = kept[c]; j < options.size(); j++) {
				if (flow.reducedCost(c, options.get(j), best) < -EPSILON) {
					lastViolation = j;
				}
			}
			if (lastViolation >= 0) {
				kept[c] = Math.min(options.size(), Math.max(2 * kept[c], lastViolation + 1));
				grew = true;
			}
		}
		return grew;
	}

	/**
	 * The best options whose free slots add up to the batch size (see the class note).
	 */
	static List<Scored> prune(List<Scored> eligibleBestFirst, int cases) {
		List<Scored> kept = new ArrayList<>();
		long slots = 0;
		for (Scored option : eligibleBestFirst) {
			if (slots >= cases) {
				break;
			}
			if (option.candidate().freeSlots() > 0) {
				kept.add(option);
				slots += option.candidate().freeSlots();
			}
		}
		return kept;
	}

	/** One min-cost flow over given options: vertices 0..n-1 are cases, n the sink. */
	private record Flow(Graph<Integer, DefaultWeightedEdge> graph, Map<String, Integer> supporterNode,
			Map<DefaultWeightedEdge, Integer> capacity, Map<DefaultWeightedEdge, Scored> choice,
			MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow, Map<Integer, Double> potential,
			int sink) {

		static Flow solve(List<List<Scored>> options, double best) {
			int cases = options.size();
			int sink = cases;
			Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
			Map<String, Integer> supporterNode = new HashMap<>();
			Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
			Map<DefaultWeightedEdge, Scored> choice = new HashMap<>();
			for (int v = 0; v <= sink; v++) {
				graph.addVertex(v);
			}
			double unassigned = (cases + 1) * (best + 1);
			for (int c = 0; c < cases; c++) {
				capacity.put(arc(graph, c, sink, unassigned), 1);
				for (Scored option : options.get(c)) {
					Integer node = supporterNode.get(option.staffId());
					if (node == null) {
						node = sink + 1 + supporterNode.size();
						supporterNode.put(option.staffId(), node);
						graph.addVertex(node);
						capacity.put(arc(graph, node, sink, 0), option.candidate().freeSlots());
					}
					DefaultWeightedEdge edge = arc(graph, c, node, best - option.total());
					capacity.put(edge, 1);
					choice.put(edge, option);
				}
			}
			MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
					graph, (v) -> (v == sink) ? -cases : ((v < sink) ? 1 : 0), capacity::get);
			CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge> solver = new CapacityScalingMinimumCostFlow<>();
			MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow = solver.getMinimumCostFlow(problem);
			return new Flow(graph, supporterNode, capacity, choice, flow, solver.getDualSolution(), sink);
		}

		List<Optional<Scored>> picks() {
			List<Optional<Scored>> picks = new ArrayList<>(this.sink);
			for (int c = 0; c < this.sink; c++) {
				Scored chosen = null;
				for (DefaultWeightedEdge edge : this.graph.outgoingEdgesOf(c)) {
					if (this.flow.getFlow(edge) > 0.5 && this.choice.containsKey(edge)) {
						chosen = this.choice.get(edge);
					}
				}
				picks.add(Optional.ofNullable(chosen));
			}
			return picks;
		}

		/**
		 * The reduced cost {@code cost(a, b) + potential(b) - potential(a)} of a case's
		 * option. A supporter outside the graph has the sink's potential, which keeps
		 * their (empty) arc to the sink at a reduced cost of zero.
		 */
		double reducedCost(int caseNode, Scored option, double best) {
			Integer node = this.supporterNode.get(option.staffId());
			double supporter = this.potential.get((node != null) ? node : this.sink);
			return (best - option.total()) + supporter - this.potential.get(caseNode);
		}

		/**
		 * Whether the potentials certify this flow on its own graph: arcs with room left
		 * have a non-negative reduced cost, full arcs a non-positive one. If not, the
		 * potentials cannot be used to check the options left out.
		 */
		boolean potentialsHold() {
			for (DefaultWeightedEdge edge : this.graph.edgeSet()) {
				double reduced = this.graph.getEdgeWeight(edge) + this.potential.get(this.graph.getEdgeTarget(edge))
						- this.potential.get(this.graph.getEdgeSource(edge));
				double used = this.flow.getFlow(edge);
				boolean roomLeft = used < this.capacity.get(edge) - 0.5;
				if ((roomLeft && reduced < -EPSILON) || (used > 0.5 && reduced > EPSILON)) {
					return false;
				}
			}
			return true;
		}

		private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> graph, int from, int to,
				double cost) {
			DefaultWeightedEdge edge = graph.addEdge(from, to);
			graph.setEdgeWeight(edge, cost);
			return edge;
		}

	}

}
