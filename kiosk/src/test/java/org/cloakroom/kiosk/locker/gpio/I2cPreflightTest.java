package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.util.List;

import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.Board;
import org.cloakroom.kiosk.wiring.Expander;
import org.cloakroom.kiosk.wiring.ExpanderType;
import org.cloakroom.kiosk.wiring.KioskInputs;
import org.cloakroom.kiosk.wiring.KioskOutputs;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stands in for /dev with predicates: which I2C buses exist and are open to the user. */
class I2cPreflightTest {

	private static final Path FILE = Path.of("/etc/cloakroom/lockers.yaml");

	private final BankWiring wiring = WiringReader.read(Path.of("../firmware-config/lockers/east-wing-24.yaml"));

	@Test
	void stopsStartUpWithTheConfigTxtLineWhenTheBusIsMissing() {
		I2cPreflight preflight = new I2cPreflight((bus) -> false, (bus) -> true);

		assertThat(preflight.problem(this.wiring, FILE)).hasValueSatisfying((problem) -> assertThat(problem)
			.startsWith("there is no /dev/i2c-1 for expander doors-a (wiring file /etc/cloakroom/lockers.yaml): "
					+ "I2C is not enabled; add dtparam=i2c_arm=on to config.txt"));
	}

	@Test
	void namesTheUdevRuleWhenTheBusIsNotOpenToTheUser() {
		I2cPreflight preflight = new I2cPreflight((bus) -> true, (bus) -> false);

		assertThat(preflight.problem(this.wiring, FILE))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("permission denied on /dev/i2c-1")
				.contains("99-cloakroom-i2c.rules"));
	}

	@Test
	void checksEachBusTheExpandersAreOn() {
		BankWiring twoBuses = new BankWiring(Board.PI4, "b",
				List.of(new Expander("a", ExpanderType.MCP23017, 0x20, 1, null, null),
						new Expander("b", ExpanderType.MCP23017, 0x20, 3, null, null)),
				KioskOutputs.NONE, KioskInputs.NONE, List.of(), this.wiring.lockers());
		I2cPreflight preflight = new I2cPreflight((bus) -> bus.equals(Path.of("/dev/i2c-1")), (bus) -> true);

		assertThat(preflight.problem(twoBuses, FILE))
			.hasValueSatisfying((problem) -> assertThat(problem).startsWith("there is no /dev/i2c-3 for expander b"));
		assertThat(new I2cPreflight((bus) -> true, (bus) -> true).problem(twoBuses, FILE)).isEmpty();
	}

}
