package org.peersupport.matching.engine;

/**
 * What one hard constraint says about one supporter for one case.
 *
 * @param rule the rule's name, as explanations show it
 * @param passes whether the supporter passes it
 * @param refusal why it refuses a supporter, in plain words
 * @param overridable whether an administrator may assign the case by hand all the same
 */
public record RuleVerdict(String rule, boolean passes, String refusal, boolean overridable) {
}
