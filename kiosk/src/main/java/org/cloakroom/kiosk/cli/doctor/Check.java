package org.cloakroom.kiosk.cli.doctor;

import java.util.List;

/** One of the doctor's checks: what it found, one finding per line of the report. */
interface Check {

	List<Finding> run();

}
