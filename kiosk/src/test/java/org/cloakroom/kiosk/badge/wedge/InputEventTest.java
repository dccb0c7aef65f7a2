package org.cloakroom.kiosk.badge.wedge;

import java.nio.ByteBuffer;

import com.sun.jna.Native;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kernel's input_event layout on 32- and 64-bit ARM. */
class InputEventTest {

	@Test
	void aRecordIsSixteenBytesOnThirtyTwoBitArmAndTwentyFourOnSixtyFour() {
		assertThat(InputEvent.size(4)).isEqualTo(16);
		assertThat(InputEvent.size(8)).isEqualTo(24);
		assertThat(InputEvent.SIZE).as("this JVM's native long").isEqualTo(InputEvent.size(Native.LONG_SIZE));
	}

	@Test
	void readsTypeCodeAndValueAfterTheTimeInEitherLayout() {
		for (int longSize : new int[] { 4, 8 }) {
			ByteBuffer two = ByteBuffer.allocate(2 * InputEvent.size(longSize));
			two.put(InputEvent.bytes(InputEvent.EV_KEY, 96, 1, longSize));
			two.put(InputEvent.bytes(0x04, 0xFFFF, -7, longSize)).flip();

			assertThat(InputEvent.read(two, longSize)).isEqualTo(new InputEvent(InputEvent.EV_KEY, 96, 1));
			assertThat(InputEvent.read(two, longSize)).as("u16 code, s32 value")
				.isEqualTo(new InputEvent(4, 65535, -7));
			assertThat(two.remaining()).isZero();
		}
	}

}
