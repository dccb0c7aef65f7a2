package org.cloakroom.kiosk.locker.board;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.locker.gpio.Controller;
import org.cloakroom.kiosk.locker.gpio.LockDrive;
import org.cloakroom.kiosk.locker.gpio.LockerIo.ControllerListener;
import org.cloakroom.kiosk.locker.gpio.SwitchSensor;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.BoardChannel;
import org.cloakroom.kiosk.wiring.LockOutput;
import org.cloakroom.kiosk.wiring.LockerBoard;
import org.cloakroom.kiosk.wiring.LockerWiring;
import org.cloakroom.kiosk.wiring.SensorInput;

/**
 * The bank's locker boards: one bus per serial port, each board read once at start and
 * then polled at its period on one daemon thread, which also ends coil pulses. A bank
 * without boards opens nothing.
 */
public final class Boards implements AutoCloseable {

	/** How long a board has to answer one request before it is tried again. */
	static final Duration REPLY_TIMEOUT = Duration.ofMillis(100);

	private final Map<String, BoardWatch> watches = new LinkedHashMap<>();

	private final Buses buses;

	private final List<BoardLock> locks = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "locker-boards");
		thread.setDaemon(true);
		return thread;
	});

	private volatile ControllerListener listener = (controller, answering, reason) -> {
	};

	private Boards(BankWiring wiring) {
		this.buses = new Buses(REPLY_TIMEOUT);
		try {
			for (LockerBoard board : wiring.boards()) {
				BoardWatch watch = new BoardWatch(
						this.buses.protocol(board), controller(board, wiring), board.type().channels(), (controller,
								answering, reason) -> this.listener.controllerChanged(controller, answering, reason),
						System::nanoTime);
				this.watches.put(board.name(), watch);
			}
			for (LockerWiring locker : wiring.lockers()) {
				locker.door()
					.onBoard()
					.ifPresent((channel) -> watch(channel).debounce(channel.channel(), locker.door().debounceMs()));
			}
			this.watches.values().forEach(BoardWatch::start);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * Opens the ports of the wiring's boards and reads each board once; polling starts
	 * with {@link #startPolling}.
	 * @throws org.cloakroom.kiosk.locker.gpio.GpioException when a port cannot be opened
	 */
	public static Boards open(BankWiring wiring) {
		return new Boards(wiring);
	}

	/** Polls every board at its wired period from now on. */
	public void startPolling(BankWiring wiring) {
		for (LockerBoard board : wiring.boards()) {
			BoardWatch watch = this.watches.get(board.name());
			long period = board.poll().toNanos();
			this.executor.scheduleWithFixedDelay(watch::poll, period, period, TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * Reads one board now and tells its changes before returning (the field tools and the
	 * tests, which move a door and then want it seen).
	 */
	public void pollNow(String board) {
		this.watches.get(board).poll();
	}

	public LockDrive lock(LockOutput lock) {
		BoardChannel channel = lock.onBoard().orElseThrow();
		BoardWatch watch = watch(channel);
		BoardLock drive = new BoardLock(watch, channel.channel(), board(channel).type().canHold(), lock.mode(),
				lock.pulse(), this.executor);
		this.locks.add(drive);
		return drive;
	}

	public SwitchSensor door(SensorInput door) {
		BoardChannel channel = door.onBoard().orElseThrow();
		return new BoardDoor(watch(channel), channel.channel());
	}

	/** Sets the one listener; a board that was silent at start is told to it at once. */
	public void onControllerChange(ControllerListener listener) {
		this.listener = listener;
		for (BoardWatch watch : this.watches.values()) {
			if (!watch.answering()) {
				listener.controllerChanged(watch.controller(), false, watch.silence());
			}
		}
	}

	/**
	 * Each board's state by name, in wiring order: "answering: kr-cu16 at address 0 on
	 * /dev/cloakroom-rs485", or "silent: " and why (the health component shows these).
	 */
	public Map<String, String> states() {
		Map<String, String> states = new LinkedHashMap<>();
		this.watches.forEach((name, watch) -> states.put(name, watch.state()));
		return states;
	}

	/** The boards that do not answer, with why. */
	public Map<String, String> silent() {
		Map<String, String> silent = new LinkedHashMap<>();
		this.watches.forEach((name, watch) -> {
			if (!watch.answering()) {
				silent.put(name, watch.silence());
			}
		});
		return silent;
	}

	/**
	 * Stops polling, switches off every coil the kiosk still holds (a lock left locked,
	 * as a line's shutdown level does) and closes the ports.
	 */
	@Override
	public void close() {
		this.executor.shutdownNow();
		for (BoardLock lock : this.locks) {
			try {
				lock.lock();
			}
			catch (RuntimeException ex) {
				// a silent board keeps its coils; it was told as silent already
			}
		}
		this.buses.close();
	}

	private BoardWatch watch(BoardChannel channel) {
		return this.watches.get(channel.board());
	}

	private LockerBoard board(BoardChannel channel) {
		return this.buses.wiring(channel.board());
	}

	private static Controller controller(LockerBoard board, BankWiring wiring) {
		Set<Integer> lockers = new TreeSet<>();
		for (LockerWiring locker : wiring.lockers()) {
			List<BoardChannel> channels = new ArrayList<>();
			locker.lock().onBoard().ifPresent(channels::add);
			locker.door().onBoard().ifPresent(channels::add);
			if (channels.stream().anyMatch((channel) -> channel.board().equals(board.name()))) {
				lockers.add(locker.id());
			}
		}
		return new Controller(board.name(), "board", lockers, List.of());
	}

}
