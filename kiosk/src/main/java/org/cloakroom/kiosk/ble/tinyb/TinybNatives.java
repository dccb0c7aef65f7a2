package org.cloakroom.kiosk.ble.tinyb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads TinyB's two native libraries once per process: a system TinyB found on
 * {@code java.library.path} (e.g. built on a 64-bit Pi), else the ones inside the
 * {@code bluetooth-manager-tinyb} jar, extracted into a private temporary directory.
 */
final class TinybNatives {

	/**
	 * {@code readelf -d libjavatinyb.so} from the jar: {@code NEEDED
	 * libtinyb.so.0.5.0-28-gac6d308}, so libtinyb is written under that name.
	 */
	static final String TINYB_SONAME = "libtinyb.so.0.5.0-28-gac6d308";

	private static String loaded;

	private static String failure;

	private TinybNatives() {
	}

	/** Where the natives came from; throws, every time, why they could not load. */
	static synchronized String load() {
		if (loaded != null) {
			return loaded;
		}
		if (failure != null) {
			throw new IllegalStateException(failure);
		}
		try {
			loaded = loadSystemOrJar();
			initialiseQuietly();
			return loaded;
		}
		catch (IOException | LinkageError | RuntimeException ex) {
			failure = "TinyB's native libraries did not load (" + ex.getClass().getSimpleName() + ": " + ex.getMessage()
					+ ")";
			throw new IllegalStateException(failure, ex);
		}
	}

	private static String loadSystemOrJar() throws IOException {
		try {
			System.loadLibrary("tinyb");
			System.loadLibrary("javatinyb");
			return "a system TinyB on java.library.path";
		}
		catch (UnsatisfiedLinkError ex) {
			return extractFromJar();
		}
	}

	private static String extractFromJar() throws IOException {
		String folder = folderFor(System.getProperty("os.name"), System.getProperty("os.arch"));
		Path directory = Files.createTempDirectory("cloakroom-tinyb");
		directory.toFile().deleteOnExit();
		Path tinyb = extract(folder + "/libtinyb.so", directory.resolve(TINYB_SONAME));
		Path javatinyb = extract(folder + "/libjavatinyb.so", directory.resolve("libjavatinyb.so"));
		// libtinyb first: the loader then satisfies libjavatinyb's NEEDED by its soname
		System.load(tinyb.toString());
		System.load(javatinyb.toString());
		return "the natives in the bluetooth-manager-tinyb jar (" + folder + ")";
	}

	/** The folder inside the jar for this machine, or why there is none. */
	static String folderFor(String os, String arch) {
		String system = os.toLowerCase(Locale.ROOT);
		if (!system.contains("linux")) {
			throw new IllegalStateException("TinyB runs only on Linux, this is " + os);
		}
		return switch (arch.toLowerCase(Locale.ROOT)) {
			case "amd64", "x86_64" -> "native/linux/x86_64";
			case "arm", "armv6l", "armv7l", "aarch32" -> "native/arm/armv6";
			default -> throw new IllegalStateException("the TinyB jar has no natives for " + arch
					+ " (only x86_64 and 32-bit ARM); build TinyB and put it on java.library.path");
		};
	}

	private static Path extract(String resource, Path target) throws IOException {
		try (InputStream in = TinybNatives.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("the class path has no " + resource + " (is bluetooth-manager-tinyb there?)");
			}
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		target.toFile().deleteOnExit();
		return target;
	}

	/**
	 * Initialises {@code tinyb.BluetoothManager} and {@code tinyb.BluetoothObject}, whose
	 * static blocks call {@code System.loadLibrary} themselves and print a stack trace to
	 * standard error when the libraries are not on {@code java.library.path}, although
	 * they are loaded.
	 */
	private static void initialiseQuietly() {
		PrintStream err = System.err;
		System.setErr(new PrintStream(OutputStream.nullOutputStream()));
		try {
			for (String name : new String[] { "tinyb.BluetoothManager", "tinyb.BluetoothObject" }) {
				Class.forName(name, true, TinybNatives.class.getClassLoader());
			}
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("tinyb.BluetoothManager is not on the class path", ex);
		}
		finally {
			System.setErr(err);
		}
	}

}
