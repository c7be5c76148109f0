package org.peersupport.messaging.inbox;

import org.peersupport.contracts.envelope.EventEnvelope;

/**
 * An event taken off a topic, with its envelope for the id and time.
 *
 * @param envelope the CloudEvent envelope
 * @param data the typed data
 * @param <T> the data record
 */
public record ReceivedEvent<T>(EventEnvelope envelope, T data) {
}
