package org.cloakroom.kiosk.locker.board;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import org.cloakroom.kiosk.locker.gpio.GpioException;
import org.cloakroom.kiosk.locker.gpio.LockDrive;
import org.cloakroom.kiosk.locker.gpio.SwitchSensor;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The Modbus-RTU board provider through j2mod's serial master against j2mod's own serial
 * slave with a process image (8 coils, 8 discrete inputs at unit 1) on the other end of a
 * socat pseudo-terminal pair, which stands in for the RS-485 bus.
 */
class ModbusIoBoardIT {

	@TempDir
	static Path dir;

	static SocatPair bus;

	static ModbusSlave slave;

	static SimpleProcessImage image;

	private Boards boards;

	private BankWiring wiring;

	private final List<String> told = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void startBus() throws Exception {
		bus = SocatPair.start(dir);
		SerialParameters parameters = new SerialParameters();
		parameters.setPortName(SerialBus.device(bus.board().toString()));
		parameters.setBaudRate(9600);
		parameters.setDatabits(8);
		parameters.setParity("None");
		parameters.setStopbits(1);
		parameters.setEncoding(Modbus.SERIAL_ENCODING_RTU);
		parameters.setEcho(false);
		image = new SimpleProcessImage(1);
		for (int i = 0; i < 8; i++) {
			image.addDigitalOut(new SimpleDigitalOut(false));
			image.addDigitalIn(new SimpleDigitalIn(true));
		}
		slave = ModbusSlaveFactory.createSerialSlave(parameters);
		slave.addProcessImage(1, image);
		slave.open();
	}

	@AfterAll
	static void stopBus() throws InterruptedException {
		ModbusSlaveFactory.close(slave);
		bus.close();
	}

	@BeforeEach
	void open() {
		slave.addProcessImage(1, image);
		for (int i = 0; i < 8; i++) {
			((SimpleDigitalIn) image.getDigitalIn(i)).set(true);
			image.getDigitalOut(i).set(false);
		}
		this.wiring = WiringReader.read(BoardWiringFiles.modbus(dir, bus.kiosk(), 4));
		this.boards = Boards.open(this.wiring);
		this.boards.onControllerChange((controller, answering, reason) -> this.told
			.add(controller.name() + " " + (answering ? "answering" : "silent: " + reason)));
	}

	@AfterEach
	void close() {
		this.boards.close();
	}

	@Test
	void pulsesACoilForTheWiredTime() {
		LockDrive lock = lock(2);
		lock.unlock();

		assertThat(image.getDigitalOut(1).isSet()).as("coil 1 on").isTrue();
		assertThat(lock.isUnlocked()).isTrue();
		await().until(() -> !image.getDigitalOut(1).isSet());
		await().until(() -> !lock.isUnlocked());
	}

	@Test
	void readsTheDiscreteInputsAsDoors() {
		List<String> changes = new CopyOnWriteArrayList<>();
		door(3).onChange((closed) -> changes.add("door 3 " + (closed ? "shut" : "open")));
		assertThat(door(3).closed()).isTrue();

		((SimpleDigitalIn) image.getDigitalIn(2)).set(false);
		this.boards.pollNow("bank-a");

		assertThat(changes).containsExactly("door 3 open");
		assertThat(door(3).closed()).isFalse();
	}

	@Test
	void tellsTheBoardGoneAndBack() {
		slave.removeProcessImage(1);

		this.boards.pollNow("bank-a");

		assertThat(this.told).singleElement()
			.asString()
			.startsWith("bank-a silent: board bank-a (modbus-io-8ch at address 1 on " + bus.kiosk()
					+ ") gave no valid reply to read door states after 3 tries");
		assertThatExceptionOfType(GpioException.class).isThrownBy(() -> lock(1).unlock());

		slave.addProcessImage(1, image);
		this.boards.pollNow("bank-a");

		assertThat(this.told).hasSize(2).last().isEqualTo("bank-a answering");
	}

	private LockDrive lock(int locker) {
		return this.boards.lock(this.wiring.locker(locker).orElseThrow().lock());
	}

	private SwitchSensor door(int locker) {
		return this.boards.door(this.wiring.locker(locker).orElseThrow().door());
	}

}
