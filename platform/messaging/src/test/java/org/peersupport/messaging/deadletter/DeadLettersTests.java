package org.peersupport.messaging.deadletter;

import org.junit.jupiter.api.Test;

import org.peersupport.messaging.inbox.PoisonMessageException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLettersTests {

	@Test
	void aFailureIsLoggedByItsClassesNeverByAMessageThatQuotesTheRecord() {
		Exception poison = new ListenerExecutionFailedException("listener failed",
				new PoisonMessageException("not a readable event: Unrecognized token 'C-100'", null));
		Exception constraint = new ListenerExecutionFailedException("listener failed",
				new DataIntegrityViolationException("Detail: Key (staff_id)=(C-100) already exists."));

		assertThat(DeadLetters.reasonForLog(poison))
			.isEqualTo("ListenerExecutionFailedException caused by PoisonMessageException");
		assertThat(DeadLetters.reasonForLog(constraint)).doesNotContain("C-100")
			.isEqualTo("ListenerExecutionFailedException caused by DataIntegrityViolationException");
	}

	@Test
	void aFailureWithoutACauseIsItsOwnClass() {
		assertThat(DeadLetters.reasonForLog(new IllegalStateException("C-100"))).isEqualTo("IllegalStateException");
	}

}
