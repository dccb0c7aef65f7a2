package org.cloakroom.kiosk.locker.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.cloakroom.kiosk.locker.gpio.Controller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board's polled readings against a hand-written board (beside the emulator's tests,
 * not instead): a change counts once it has lasted the channel's debounce across polls.
 */
class BoardWatchTest {

	private final boolean[] switches = { true, true };

	private boolean silent;

	private final AtomicLong nanos = new AtomicLong();

	private final List<String> told = new ArrayList<>();

	private final BoardWatch watch = new BoardWatch(new Fake(), new Controller("bank-a", "board", Set.of(1), List.of()),
			2, (controller, answering, reason) -> this.told.add(answering + " " + reason), this.nanos::get);

	@Test
	void countsAChangeOnceItHasLastedTheDebounce() {
		List<Boolean> changes = new ArrayList<>();
		this.watch.debounce(1, 25);
		this.watch.start();
		this.watch.onChange(1, changes::add);

		this.switches[0] = false;
		this.watch.poll();
		at(10);
		this.watch.poll();
		assertThat(changes).as("10 ms into a 25 ms debounce").isEmpty();
		assertThat(this.watch.closed(1)).isTrue();

		at(30);
		this.watch.poll();

		assertThat(changes).containsExactly(false);
		assertThat(this.watch.closed(1)).isFalse();
	}

	@Test
	void aBounceBackBeforeTheDebounceEndsIsNoChange() {
		List<Boolean> changes = new ArrayList<>();
		this.watch.debounce(1, 25);
		this.watch.start();
		this.watch.onChange(1, changes::add);

		this.switches[0] = false;
		this.watch.poll();
		at(10);
		this.switches[0] = true;
		this.watch.poll();
		at(40);
		this.watch.poll();

		assertThat(changes).isEmpty();
		assertThat(this.told).isEmpty();
	}

	@Test
	void aBoardSilentAtStartTellsItsAnswerThenOnlyTheDoorsItFindsOpen() {
		this.silent = true;
		this.watch.start();
		this.watch.onChange(1, (closed) -> this.told.add("door 1 " + (closed ? "shut" : "open")));
		this.watch.onChange(2, (closed) -> this.told.add("door 2 " + (closed ? "shut" : "open")));
		assertThat(this.watch.closed(2)).as("read open while silent").isFalse();

		this.switches[0] = false;
		this.silent = false;
		this.watch.poll();

		assertThat(this.told).containsExactly("true ", "door 1 open");
		assertThat(this.watch.closed(2)).isTrue();
	}

	private void at(long millis) {
		this.nanos.set(millis * 1_000_000L);
	}

	private final class Fake implements BoardProtocol {

		@Override
		public boolean[] readClosed() {
			if (BoardWatchTest.this.silent) {
				throw new BoardException("no reply");
			}
			return BoardWatchTest.this.switches.clone();
		}

		@Override
		public void open(int channel) {
		}

		@Override
		public void release(int channel) {
		}

		@Override
		public String where() {
			return "a fake board";
		}

	}

}
