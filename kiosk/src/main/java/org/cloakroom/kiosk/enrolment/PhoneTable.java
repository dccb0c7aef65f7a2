package org.cloakroom.kiosk.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code phone} table. */
@Repository
class PhoneTable {

	private static final String COLUMNS = "SELECT id, employee_id, label, platform FROM phone";

	private static final String WITH_DEVICES = "SELECT id, employee_id, label, platform, serial_number, imei, udid, "
			+ "mdm_id FROM phone";

	/** The device-identifier columns, in the order MDM rows are matched by. */
	static final List<String> DEVICE_COLUMNS = List.of("serial_number", "imei", "udid", "mdm_id");

	private final JdbcClient jdbc;

	PhoneTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PhoneId insert(EmployeeId employeeId, String label, Platform platform, DeviceIds devices, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO phone (employee_id, label, platform, serial_number, imei, udid, mdm_id, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(employeeId.value(), label, platform.name(), devices.serial(), devices.imei(), devices.udid(),
					devices.mdmId(), now.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return PhoneId.of(key.getKeyAs(Long.class));
	}

	/**
	 * Writes central's copy of a phone under central's id: inserted when new, else every
	 * field replaced.
	 */
	void put(PhoneDevices phone, Instant now) {
		PhoneRef ref = phone.phone();
		DeviceIds ids = phone.deviceIds();
		int updated = this.jdbc
			.sql("UPDATE phone SET employee_id = ?, label = ?, platform = ?, serial_number = ?, imei = ?, udid = ?, "
					+ "mdm_id = ? WHERE id = ?")
			.params(ref.employeeId().value(), ref.label(), ref.platform().name(), ids.serial(), ids.imei(), ids.udid(),
					ids.mdmId(), ref.id().value())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO phone (id, employee_id, label, platform, serial_number, imei, udid, mdm_id, "
						+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(ref.id().value(), ref.employeeId().value(), ref.label(), ref.platform().name(), ids.serial(),
						ids.imei(), ids.udid(), ids.mdmId(), now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** Lets go of the phone's device identifiers, so that another phone may take them. */
	void clearDevices(PhoneId id) {
		this.jdbc.sql("UPDATE phone SET serial_number = NULL, imei = NULL, udid = NULL, mdm_id = NULL WHERE id = ?")
			.param(id.value())
			.update();
	}

	Optional<PhoneRef> byId(PhoneId id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = ?").param(id.value()).query(PhoneTable::phone).optional();
	}

	Optional<PhoneDevices> withDevices(PhoneId id) {
		return this.jdbc.sql(WITH_DEVICES + " WHERE id = ?").param(id.value()).query(PhoneTable::devices).optional();
	}

	/** Every phone with its device identifiers, oldest first. */
	List<PhoneDevices> allWithDevices() {
		return this.jdbc.sql(WITH_DEVICES + " ORDER BY id").query(PhoneTable::devices).list();
	}

	/** The phone that already holds this value in a device column, if any. */
	Optional<PhoneId> holderOf(String column, String value) {
		if (!DEVICE_COLUMNS.contains(column)) {
			throw new IllegalArgumentException("Not a device column: " + column);
		}
		return this.jdbc.sql("SELECT id FROM phone WHERE UPPER(" + column + ") = UPPER(?) ORDER BY id")
			.param(value)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.map(PhoneId::of);
	}

	List<PhoneRef> ofEmployee(EmployeeId employeeId) {
		return this.jdbc.sql(COLUMNS + " WHERE employee_id = ? ORDER BY id")
			.param(employeeId.value())
			.query(PhoneTable::phone)
			.list();
	}

	List<PhoneRef> all() {
		return this.jdbc.sql(COLUMNS + " ORDER BY id").query(PhoneTable::phone).list();
	}

	/**
	 * Maps columns by their own names: JdbcClient's record mapping would first ask H2 for
	 * {@code employeeId}, and H2 writes a stack trace to its trace file for every miss.
	 */
	private static PhoneRef phone(ResultSet rs, int row) throws SQLException {
		return new PhoneRef(PhoneId.of(rs.getLong("id")), EmployeeId.of(rs.getLong("employee_id")),
				rs.getString("label"), Platform.valueOf(rs.getString("platform")));
	}

	private static PhoneDevices devices(ResultSet rs, int row) throws SQLException {
		return new PhoneDevices(phone(rs, row), new DeviceIds(rs.getString("serial_number"), rs.getString("imei"),
				rs.getString("udid"), rs.getString("mdm_id")));
	}

}
