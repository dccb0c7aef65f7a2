package org.cloakroom.kiosk.badge.wedge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.sun.jna.Native;

/**
 * One record of the kernel's {@code struct input_event}: two native longs of time (not
 * read: the reader's clock says when), then {@code u16 type}, {@code u16 code},
 * {@code s32 value}, in the machine's byte order. 16 bytes on 32-bit ARM, 24 on 64-bit.
 */
record InputEvent(int type, int code, int value) {

	static final int EV_KEY = 0x01;

	/** A key's value when pressed; 0 is released, 2 is the key repeating. */
	static final int PRESSED = 1;

	/** The size of a record on this machine. */
	static final int SIZE = size(Native.LONG_SIZE);

	static int size(int longSize) {
		return 2 * longSize + 8;
	}

	/** The record at the buffer's position, which it moves past the record. */
	static InputEvent read(ByteBuffer record, int longSize) {
		ByteBuffer in = record.order(ByteOrder.nativeOrder());
		in.position(in.position() + 2 * longSize);
		return new InputEvent(Short.toUnsignedInt(in.getShort()), Short.toUnsignedInt(in.getShort()), in.getInt());
	}

	/** The record as the kernel writes it, time zero: what tests write into a stream. */
	static byte[] bytes(int type, int code, int value, int longSize) {
		ByteBuffer out = ByteBuffer.allocate(size(longSize)).order(ByteOrder.nativeOrder());
		out.position(2 * longSize);
		out.putShort((short) type).putShort((short) code).putInt(value);
		return out.array();
	}

	boolean keyPressed() {
		return this.type == EV_KEY && this.value == PRESSED;
	}

	boolean keyReleased() {
		return this.type == EV_KEY && this.value == 0;
	}

}
