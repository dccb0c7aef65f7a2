package org.cloakroom.kiosk.ble.bluez;

import java.util.HexFormat;

import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;

/**
 * One of a monitor's {@code or_patterns}, {@code (yyay)}: the advertisement matches when
 * an AD structure of {@code adType} holds {@code content} at {@code startPosition} (0 is
 * the first byte after the AD type). BlueZ refuses empty content and anything reaching
 * past the 31 bytes of an advertisement.
 */
public final class MonitorPattern extends Struct {

	@Position(0)
	private final byte startPosition;

	@Position(1)
	private final byte adType;

	@Position(2)
	private final byte[] content;

	public MonitorPattern(byte startPosition, byte adType, byte[] content) {
		if (content == null || content.length == 0 || startPosition < 0 || startPosition + content.length > 31) {
			throw new IllegalArgumentException(
					"A monitor pattern needs 1 to 31 bytes within an advertisement's 31, got "
							+ ((content == null) ? "none" : content.length + " bytes") + " at " + startPosition);
		}
		this.startPosition = startPosition;
		this.adType = adType;
		this.content = content.clone();
	}

	/** {@code content} at the start of an AD structure of {@code adType}. */
	static MonitorPattern of(int adType, String hexContent) {
		return new MonitorPattern((byte) 0, (byte) adType, HexFormat.of().parseHex(hexContent));
	}

	public byte getStartPosition() {
		return this.startPosition;
	}

	public byte getAdType() {
		return this.adType;
	}

	public byte[] getContent() {
		return this.content.clone();
	}

}
