package org.peersupport.standalone.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConsoleModeTests {

	@Test
	void autoIsHumanOnATerminalAndJsonOtherwise() {
		assertThat(ConsoleMode.choose("auto", true)).isEqualTo(ConsoleMode.HUMAN);
		assertThat(ConsoleMode.choose("auto", false)).isEqualTo(ConsoleMode.JSON);
		assertThat(ConsoleMode.choose("", true)).isEqualTo(ConsoleMode.HUMAN);
	}

	@Test
	void aChosenModeHoldsWhereverTheOutputGoes() {
		assertThat(ConsoleMode.choose("json", true)).isEqualTo(ConsoleMode.JSON);
		assertThat(ConsoleMode.choose("human", false)).isEqualTo(ConsoleMode.HUMAN);
		assertThat(ConsoleMode.choose(" JSON ", false)).isEqualTo(ConsoleMode.JSON);
	}

	@Test
	void anUnknownModeIsRefusedWithTheChoices() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConsoleMode.choose("pretty", true))
			.withMessageContaining("human, json or auto")
			.withMessageContaining("pretty");
	}

	@Test
	void aTestRunIsNotATerminal() {
		// Surefire's forked JVM has no terminal: the platform started here would log
		// JSON.
		assertThat(ConsoleMode.onTerminal()).isFalse();
	}

}
