package org.cloakroom.kiosk.siem;

import java.io.IOException;

/** Opens connections to the SIEM's syslog receiver. */
interface SyslogConnector {

	SyslogConnection open() throws IOException;

	/** Where it connects, for logs and health: {@code tcp://siem.example:6514}. */
	String target();

}
