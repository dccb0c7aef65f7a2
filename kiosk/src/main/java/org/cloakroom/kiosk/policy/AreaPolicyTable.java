package org.cloakroom.kiosk.policy;

import org.cloakroom.kiosk.ConsoleSettingTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The area policy's settings changed on the console ({@code area_policy_setting}). */
@Repository
class AreaPolicyTable extends ConsoleSettingTable {

	AreaPolicyTable(JdbcClient jdbc) {
		super(jdbc, "area_policy_setting");
	}

}
