package org.cloakroom.kiosk.badge.pcsc;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * DER encodings for the test certificates: a tag, a length and the parts laid end to end.
 */
final class Der {

	private Der() {
	}

	static byte[] tlv(int tag, byte[]... parts) {
		ByteArrayOutputStream value = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			value.writeBytes(part);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		int length = value.size();
		if (length < 0x80) {
			out.write(length);
		}
		else if (length < 0x100) {
			out.write(0x81);
			out.write(length);
		}
		else {
			out.write(0x82);
			out.write(length >>> 8);
			out.write(length & 0xFF);
		}
		out.writeBytes(value.toByteArray());
		return out.toByteArray();
	}

	static byte[] sequence(byte[]... parts) {
		return tlv(0x30, parts);
	}

	static byte[] oid(String hex) {
		return tlv(0x06, HexFormat.of().parseHex(hex));
	}

	static byte[] hex(String hex) {
		return HexFormat.of().parseHex(hex);
	}

}
