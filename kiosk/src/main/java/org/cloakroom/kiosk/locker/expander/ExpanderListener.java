package org.cloakroom.kiosk.locker.expander;

/** Told when an expander stops answering or answers again. */
@FunctionalInterface
public interface ExpanderListener {

	/**
	 * @param expander its name in the wiring file
	 * @param reason why it is silent ("no answer at I2C address 0x21 on /dev/i2c-1 after
	 * 3 tries ..."); empty when it answers again
	 */
	void changed(String expander, boolean answering, String reason);

}
