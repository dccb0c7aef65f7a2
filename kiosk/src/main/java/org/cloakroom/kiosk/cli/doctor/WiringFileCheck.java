package org.cloakroom.kiosk.cli.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.locker.cli.InstalledWiring;
import org.cloakroom.kiosk.wiring.BankWiring;

/**
 * The wiring file the service reads ({@code cloakroom.locker.wiring-file}), checked as
 * {@code gpio check} checks it: every problem on a line of its own with file, line and
 * field.
 */
final class WiringFileCheck implements Check {

	static final String NAME = "wiring";

	private final String setting;

	private InstalledWiring.Wiring wiring;

	WiringFileCheck(String setting) {
		this.setting = setting;
	}

	/**
	 * What the wiring wires, whose devices the other checks look at (empty until it ran,
	 * or when unusable).
	 */
	Optional<BankWiring> bank() {
		return (this.wiring != null) ? this.wiring.bank() : Optional.empty();
	}

	@Override
	public List<Finding> run() {
		if (this.setting.startsWith("classpath:")) {
			return List.of(Finding.fail(NAME,
					"cloakroom.locker.wiring-file is " + this.setting + ", a demo bank inside the jar",
					"set it to /etc/cloakroom/lockers.yaml in /etc/cloakroom/application.yml"));
		}
		Path file = Path.of(this.setting);
		String check = "cloakroom gpio check " + file;
		if (!Files.exists(file)) {
			return List.of(Finding.fail(NAME, file + " (cloakroom.locker.wiring-file) does not exist",
					"copy a bank from /usr/share/cloakroom/firmware-config/lockers/ there and edit it, then: "
							+ check));
		}
		this.wiring = InstalledWiring.check(file);
		List<Finding> findings = new ArrayList<>();
		this.wiring.problems()
			.forEach((problem) -> findings.add(Finding.fail(NAME, problem, "edit it, then: " + check)));
		this.wiring.warnings()
			.forEach((warning) -> findings.add(Finding.warn(NAME, warning, "edit it, then: " + check)));
		if (this.wiring.usable()) {
			findings.add(0, Finding.ok(NAME, this.wiring.summary()));
		}
		return findings;
	}

}
