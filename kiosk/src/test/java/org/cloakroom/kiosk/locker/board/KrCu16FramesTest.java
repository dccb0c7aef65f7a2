package org.cloakroom.kiosk.locker.board;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The KR-CU16's frames: built, read, and refused when they cannot be trusted. */
class KrCu16FramesTest {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void buildsAnOpenRequestWithTheBoardInTheHighNibbleAndTheSumOfTheBytes() {
		assertThat(HEX.formatHex(KrCu16Frames.request(2, 6, KrCu16Frames.OPEN_LOCK))).isEqualTo("022631035c");
		assertThat(HEX.formatHex(KrCu16Frames.request(0, 0, KrCu16Frames.READ_STATUS))).isEqualTo("0200300335");
	}

	@Test
	void readsTheHookSwitchesOfAStatusReply() {
		byte[] reply = HEX.parseHex("020035fe7f000003" + "b7");

		KrCu16Frames.Status status = KrCu16Frames.status(reply, 0);

		assertThat(status.hookEngaged(0)).isFalse();
		assertThat(status.hookEngaged(1)).isTrue();
		assertThat(status.hookEngaged(15)).isFalse();
		assertThat(KrCu16Frames.statusFrame(0, 0, status)).isEqualTo(reply);
	}

	@Test
	void neverTrustsABadChecksumAShortReplyOrAnotherBoardsReply() {
		assertThatExceptionOfType(KrCu16Frames.BadFrame.class)
			.isThrownBy(() -> KrCu16Frames.status(HEX.parseHex("020035fe7f000003b6"), 0))
			.withMessage("a reply with a bad checksum: 020035fe7f000003b6");
		assertThatExceptionOfType(KrCu16Frames.BadFrame.class)
			.isThrownBy(() -> KrCu16Frames.status(HEX.parseHex("020035fe"), 0))
			.withMessage("a short reply of 4 bytes: 020035fe");
		assertThatExceptionOfType(KrCu16Frames.BadFrame.class)
			.isThrownBy(() -> KrCu16Frames.status(KrCu16Frames.statusFrame(1, 0, new KrCu16Frames.Status(0, 0)), 0))
			.withMessageStartingWith("a reply from another board or to another command");
		assertThatExceptionOfType(KrCu16Frames.BadFrame.class).isThrownBy(() -> KrCu16Frames.status(new byte[0], 0))
			.withMessage("no reply");
	}

}
