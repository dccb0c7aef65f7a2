package org.cloakroom.kiosk.ble;

import java.util.List;

import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;

/** python3-dbusmock's own interface on every mock object: the calls it received. */
@DBusInterfaceName("org.freedesktop.DBus.Mock")
public interface MockCalls extends DBusInterface {

	List<Call> GetMethodCalls(String method);

	/** One call: when (seconds) and its arguments. */
	final class Call extends Struct {

		@Position(0)
		private final UInt64 time;

		@Position(1)
		private final List<Variant<?>> args;

		public Call(UInt64 time, List<Variant<?>> args) {
			this.time = time;
			this.args = args;
		}

		public UInt64 getTime() {
			return this.time;
		}

		public List<Variant<?>> getArgs() {
			return this.args;
		}

	}

}
