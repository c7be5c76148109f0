package org.peersupport.testkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every thread's stack, with the locks it holds and waits for, when a test fails. An
 * integration test that times out waiting for a timer or a consumer usually failed
 * because some thread was stuck; the dump taken at that moment shows which and on what.
 */
public final class ThreadDumpOnFailure implements TestWatcher {

	private static final Logger log = LoggerFactory.getLogger(ThreadDumpOnFailure.class);

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		StringBuilder dump = new StringBuilder("Threads when ").append(context.getDisplayName()).append(" failed:\n");
		for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true, 64)) {
			dump.append(thread);
		}
		log.error(dump.toString());
	}

}
