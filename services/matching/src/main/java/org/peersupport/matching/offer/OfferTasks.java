package org.peersupport.matching.offer;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What matching's timers do when they fire. Failures are retried by db-scheduler. */
@Configuration(proxyBeanMethods = false)
class OfferTasks {

	@Bean
	Task<String> offerExpiryTask(OfferAnswers answers) {
		return Tasks.oneTime(OfferTimers.OFFER_EXPIRY)
			.execute((instance, context) -> answers.expire(UUID.fromString(instance.getData())));
	}

	@Bean
	Task<String> batchWindowTask(Matchmaker matchmaker) {
		return Tasks.oneTime(OfferTimers.BATCH_WINDOW).execute((instance, context) -> matchmaker.assignPending());
	}

}
