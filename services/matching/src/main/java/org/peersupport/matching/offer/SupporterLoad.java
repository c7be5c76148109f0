package org.peersupport.matching.offer;

import io.micronaut.core.annotation.Introspected;

/**
 * How many open offers and assignments a supporter holds.
 *
 * @param supporterId the supporter
 * @param active offers out plus assignments accepted
 */
@Introspected
record SupporterLoad(String supporterId, long active) {
}
