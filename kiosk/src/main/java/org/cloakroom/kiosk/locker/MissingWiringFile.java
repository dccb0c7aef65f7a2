package org.cloakroom.kiosk.locker;

import java.nio.file.Path;

import org.cloakroom.kiosk.SettingOrigin;

/**
 * What an installer reads when the wiring file is not there: one sentence naming the
 * setting, where it was set, the path and the tool that checks the file, and what to do.
 * The kiosk home says it before the long start; any home says it when the bank is read.
 */
public record MissingWiringFile(Path file, SettingOrigin origin) {

	public static final String SETTING = "cloakroom.locker.wiring-file";

	public String sentence() {
		return "The wiring file " + this.file + " (" + SETTING + ", " + this.origin.where() + ") does not exist: put "
				+ "this door's wiring there (firmware-config/lockers/ has examples) and check it with `cloakroom gpio "
				+ "check " + this.file + "`.";
	}

	public String action() {
		return "Create " + this.file + ", then run: cloakroom gpio check " + this.file + "\nOr correct the setting: "
				+ this.origin.change();
	}

}
