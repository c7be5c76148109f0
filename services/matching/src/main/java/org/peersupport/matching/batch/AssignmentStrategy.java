package org.peersupport.matching.batch;

import java.util.List;
import java.util.Optional;

import org.peersupport.matching.engine.Ranking;
import org.peersupport.matching.engine.Scored;

/**
 * Assigns cases to eligible supporters without exceeding anyone's free slots.
 */
public interface AssignmentStrategy {

	/**
	 * @param rankings one per case, each listing its eligible supporters best first
	 * @return per case, in the same order, the supporter chosen, or empty
	 */
	List<Optional<Scored>> assign(List<Ranking> rankings);

}
