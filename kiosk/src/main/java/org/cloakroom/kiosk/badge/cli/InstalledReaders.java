package org.cloakroom.kiosk.badge.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

import org.cloakroom.kiosk.badge.pcsc.PcscLibrary;

/**
 * The badge side of {@code doctor}: what a kiosk's PC/SC readers need on this machine,
 * found where the kiosk itself looks for it.
 */
public final class InstalledReaders {

	private InstalledReaders() {
	}

	/**
	 * Why the kiosk would find no libpcsclite on this machine (empty: it would), judged
	 * by {@code exists}.
	 */
	public static Optional<String> pcscLibraryMissing(Predicate<Path> exists) {
		String arch = System.getProperty("os.arch");
		return PcscLibrary.find(arch, exists).isPresent() ? Optional.empty() : Optional.of(PcscLibrary.missing(arch));
	}

}
