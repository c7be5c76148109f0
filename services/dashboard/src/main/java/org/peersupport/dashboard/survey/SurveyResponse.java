package org.peersupport.dashboard.survey;

import java.util.Map;

/**
 * One respondent's answers at one phase.
 *
 * @param respondent the pseudonymous respondent code the program handed out
 * @param phase PRE or POST
 * @param answers item code to answer
 */
record SurveyResponse(String respondent, String phase, Map<String, Integer> answers) {
}
