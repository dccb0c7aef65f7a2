package org.cloakroom.kiosk.badge.pcsc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where libpcsclite is. The JDK looks for {@code libpcsclite.so}, which Debian ships only
 * in the -dev package; the runtime library is
 * {@code /usr/lib/<multiarch>/libpcsclite.so.1} (package libpcsclite1). Its path goes
 * into {@value #PROPERTY} before the first use of {@code TerminalFactory}, which reads it
 * once.
 */
public final class PcscLibrary {

	static final String PROPERTY = "sun.security.smartcardio.library";

	/** {@code os.arch} to Debian's multiarch triplet, for the Pis and this machine. */
	private static final Map<String, String> MULTIARCH = Map.of("amd64", "x86_64-linux-gnu", "x86_64",
			"x86_64-linux-gnu", "aarch64", "aarch64-linux-gnu", "arm", "arm-linux-gnueabihf");

	private PcscLibrary() {
	}

	/**
	 * Points the JDK at the library unless {@value #PROPERTY} already names one.
	 * @return why PC/SC cannot work here, when the library is missing
	 */
	static synchronized Optional<String> configure() {
		if (System.getProperty(PROPERTY) != null) {
			return Optional.empty();
		}
		String arch = System.getProperty("os.arch");
		Optional<Path> library = find(arch, Files::isReadable);
		library.ifPresent((path) -> System.setProperty(PROPERTY, path.toString()));
		return library.isPresent() ? Optional.empty() : Optional.of(missing(arch));
	}

	/** The library for {@code arch}, the first of Debian's places that {@code exists}. */
	public static Optional<Path> find(String arch, Predicate<Path> exists) {
		String triplet = MULTIARCH.get(arch);
		if (triplet == null) {
			return Optional.empty();
		}
		return List
			.of(Path.of("/usr/lib", triplet, "libpcsclite.so.1"), Path.of("/lib", triplet, "libpcsclite.so.1"),
					Path.of("/usr/lib", triplet, "libpcsclite.so"))
			.stream()
			.filter(exists)
			.findFirst();
	}

	public static String missing(String arch) {
		String triplet = MULTIARCH.get(arch);
		if (triplet == null) {
			return "no libpcsclite for architecture " + arch + ": set the Java system property " + PROPERTY
					+ " to the library's path";
		}
		return "/usr/lib/" + triplet + "/libpcsclite.so.1 is missing: install the Debian package libpcsclite1"
				+ " (apt-get install libpcsclite1 pcscd)";
	}

}
