package org.cloakroom.kiosk.locker;

import java.nio.file.Path;

import org.cloakroom.kiosk.SettingOrigin;

/**
 * The wiring file the kiosk is to run on does not exist: start-up stops with one sentence
 * naming the setting, where it was set, the path and the tool that checks the file (see
 * {@link WiringFileMissingAnalyzer}).
 */
class WiringFileMissingException extends IllegalStateException {

	static final String SETTING = "cloakroom.locker.wiring-file";

	private final String action;

	WiringFileMissingException(Path file, SettingOrigin origin) {
		super("The wiring file " + file + " (" + SETTING + ", " + origin.where() + ") does not exist: put this door's "
				+ "wiring there (firmware-config/lockers/ has examples) and check it with `cloakroom gpio check " + file
				+ "`.");
		this.action = "Create " + file + ", then run: cloakroom gpio check " + file + "\nOr correct the setting: "
				+ origin.change();
	}

	String action() {
		return this.action;
	}

}
