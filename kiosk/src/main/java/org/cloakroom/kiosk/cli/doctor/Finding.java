package org.cloakroom.kiosk.cli.doctor;

/**
 * One line of the doctor's report: how a check went, what it found and, unless OK, the
 * command or file that fixes it.
 */
record Finding(Status status, String check, String found, String fix) {

	enum Status {

		OK, WARN, FAIL

	}

	static Finding ok(String check, String found) {
		return new Finding(Status.OK, check, found, null);
	}

	static Finding warn(String check, String found, String fix) {
		return new Finding(Status.WARN, check, found, fix);
	}

	static Finding fail(String check, String found, String fix) {
		return new Finding(Status.FAIL, check, found, fix);
	}

}
