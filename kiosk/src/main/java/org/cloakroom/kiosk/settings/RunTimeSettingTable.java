package org.cloakroom.kiosk.settings;

import org.cloakroom.kiosk.ConsoleSettingTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The run-time settings an admin set on the console ({@code run_time_setting}). */
@Repository
class RunTimeSettingTable extends ConsoleSettingTable {

	RunTimeSettingTable(JdbcClient jdbc) {
		super(jdbc, "run_time_setting");
	}

}
