package org.peersupport.matching.directory;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Training lapses without anyone touching the roster, so a recurring timer republishes
 * the directory entries of supporters whose training expired.
 */
@Configuration(proxyBeanMethods = false)
class TrainingLapses {

	private static final Logger log = LoggerFactory.getLogger(TrainingLapses.class);

	@Bean
	RecurringTask<Void> trainingLapseTask(StaffDirectory directory,
			@Value("${peersupport.matching.training.lapse-check:PT1H}") Duration every) {
		return Tasks.recurring("training-lapse", Schedules.fixedDelay(every)).execute((instance, context) -> {
			int lapsed = directory.publishLapsedTraining();
			if (lapsed > 0) {
				log.info("Republished {} supporter(s) whose training lapsed", lapsed);
			}
		});
	}

}
