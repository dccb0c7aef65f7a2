package org.cloakroom.kiosk.systemd;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the database answers a trivial query within a bound. The query runs on a thread
 * of its own, so a connection pool that hangs or a lock that is never released counts as
 * "does not answer" after the bound instead of stalling the watchdog with it.
 */
final class DatabaseAnswers implements AutoCloseable {

	private final Callable<?> query;

	private final Duration bound;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "systemd-database-check");
		thread.setDaemon(true);
		return thread;
	});

	DatabaseAnswers(Callable<?> query, Duration bound) {
		this.query = query;
		this.bound = bound;
	}

	static DatabaseAnswers selectOne(JdbcClient jdbc, Duration bound) {
		return new DatabaseAnswers(() -> jdbc.sql("SELECT 1").query(Integer.class).single(), bound);
	}

	/** Empty when the database answered in time; else why not, in a few words. */
	Optional<String> problem() {
		Future<?> answer = this.executor.submit(this.query);
		try {
			answer.get(this.bound.toMillis(), TimeUnit.MILLISECONDS);
			return Optional.empty();
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			return Optional.of("the database did not answer within " + this.bound.toMillis() + " ms");
		}
		catch (ExecutionException ex) {
			return Optional.of("the database failed: " + ex.getCause().getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.of("interrupted while asking the database");
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
