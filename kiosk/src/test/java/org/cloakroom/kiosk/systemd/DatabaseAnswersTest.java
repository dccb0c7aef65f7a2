package org.cloakroom.kiosk.systemd;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watchdog's database check: an answer in time, a failure, and a query that hangs.
 */
class DatabaseAnswersTest {

	@Test
	void hasNoProblemWhenTheDatabaseAnswers() {
		try (DatabaseAnswers database = new DatabaseAnswers(() -> 1, Duration.ofSeconds(5))) {
			assertThat(database.problem()).isEmpty();
		}
	}

	@Test
	void saysWhyWhenTheQueryFails() {
		try (DatabaseAnswers database = new DatabaseAnswers(() -> {
			throw new IllegalStateException("Database is already closed");
		}, Duration.ofSeconds(5))) {
			assertThat(database.problem()).hasValue("the database failed: Database is already closed");
		}
	}

	@Test
	void aQueryThatHangsDoesNotAnswerWithinTheBound() {
		CountDownLatch never = new CountDownLatch(1);
		try (DatabaseAnswers database = new DatabaseAnswers(() -> {
			never.await();
			return 1;
		}, Duration.ofMillis(100))) {
			assertThat(database.problem()).hasValue("the database did not answer within 100 ms");
			assertThat(database.problem()).as("the next check, while the first still hangs").isPresent();
		}
	}

}
