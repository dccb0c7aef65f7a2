/**
 * The {@code tinyb} transport: Intel's TinyB (C++ over GDBus) through its Java API, with
 * the natives from the jar or a system TinyB on {@code java.library.path}.
 */
package org.cloakroom.kiosk.ble.tinyb;
