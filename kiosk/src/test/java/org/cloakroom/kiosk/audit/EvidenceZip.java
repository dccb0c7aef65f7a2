package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An evidence bundle's files in memory, in their order, for a test to alter and write
 * back as a zip, and to re-sign as someone holding a signing key would.
 */
final class EvidenceZip {

	final Map<String, byte[]> files;

	private EvidenceZip(Map<String, byte[]> files) {
		this.files = files;
	}

	static EvidenceZip read(Path zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				files.put(entry.getName(), entries.readAllBytes());
			}
		}
		return new EvidenceZip(files);
	}

	EvidenceZip copy() {
		Map<String, byte[]> copied = new LinkedHashMap<>();
		this.files.forEach((name, bytes) -> copied.put(name, bytes.clone()));
		return new EvidenceZip(copied);
	}

	String text(String name) {
		return new String(this.files.get(name), StandardCharsets.UTF_8);
	}

	EvidenceZip text(String name, String text) {
		this.files.put(name, text.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** The manifest recomputed over the files and signed anew by {@code signer}. */
	EvidenceZip resigned(UnaryOperator<byte[]> signer) {
		StringBuilder manifest = new StringBuilder();
		this.files.forEach((name, bytes) -> {
			if (!name.equals("manifest.txt") && !name.equals("manifest.sig")) {
				manifest.append(HexFormat.of().formatHex(sha256(bytes))).append("  ").append(name).append('\n');
			}
		});
		text("manifest.txt", manifest.toString());
		this.files.put("manifest.sig", signer.apply(this.files.get("manifest.txt")));
		return this;
	}

	Path write(Path zip) throws IOException {
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : this.files.entrySet()) {
				entries.putNextEntry(new ZipEntry(file.getKey()));
				entries.write(file.getValue());
				entries.closeEntry();
			}
		}
		return zip;
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
