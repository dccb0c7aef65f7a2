package org.cloakroom.kiosk.locker.expander;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.io.i2c.I2CProviderBase;

/**
 * A Pi4J I2C provider whose devices are {@link Mcp23017Model}s, one per bus and address,
 * as Pi4J's mock I2C provider hands out MockI2C devices; the test reaches each model
 * through {@link #chip}; {@link #silentFromStart} makes the chip at an address one that
 * never answered.
 */
public final class Mcp23017Bus extends I2CProviderBase {

	public static final String ID = "test-mcp23017-i2c";

	private final Map<String, Mcp23017Model> chips = new ConcurrentHashMap<>();

	private final Set<String> silent = ConcurrentHashMap.newKeySet();

	private final Map<String, Map<Integer, Boolean>> held = new ConcurrentHashMap<>();

	public Mcp23017Bus() {
		super(ID, "MCP23017 register models on a mock I2C bus");
	}

	@Override
	public I2C create(I2CConfig config) {
		Mcp23017Model chip = new Mcp23017Model(this, config);
		chip.silent(this.silent.contains(key(config.bus(), config.device())));
		this.held.getOrDefault(key(config.bus(), config.device()), Map.of()).forEach(chip::pin);
		this.chips.put(key(config.bus(), config.device()), chip);
		this.context.registry().add(chip);
		return chip;
	}

	/** The model at this bus and address, once the driver opened it. */
	public Mcp23017Model chip(int bus, int address) {
		Mcp23017Model chip = this.chips.get(key(bus, address));
		if (chip == null) {
			throw new IllegalStateException(String.format("No chip opened at 0x%02x on bus %d", address, bus));
		}
		return chip;
	}

	/**
	 * What holds the pins of the chip at this bus and address from the start (doors shut:
	 * {@code false}, their reed switches to ground).
	 */
	public void holdFromStart(int bus, int address, Map<Integer, Boolean> pins) {
		this.held.put(key(bus, address), Map.copyOf(pins));
	}

	/** The chip at this bus and address will not answer from the first transfer. */
	public void silentFromStart(int bus, int address) {
		this.silent.add(key(bus, address));
	}

	private static String key(int bus, int address) {
		return bus + "/" + address;
	}

}
