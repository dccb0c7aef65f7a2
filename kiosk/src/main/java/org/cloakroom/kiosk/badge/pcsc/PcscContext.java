package org.cloakroom.kiosk.badge.pcsc;

import java.lang.reflect.Field;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * The JVM's connection to pcscd. The JDK establishes one PC/SC context per process, the
 * first time a {@code TerminalFactory} is made, and keeps it (and the terminals made with
 * it) when pcscd restarts, after which every call fails. {@link #forget()} drops both so
 * that the next {@link #terminals()} connects again; it needs the JVM option
 * {@value #OPENS}, and says so when it is missing.
 */
final class PcscContext {

	static final String OPENS = "--add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED";

	private static final String TERMINALS = "sun.security.smartcardio.PCSCTerminals";

	private PcscContext() {
	}

	/** Every reader pcscd lists, through a context it made now or earlier. */
	static CardTerminals terminals() throws NoSuchAlgorithmException {
		return TerminalFactory.getInstance("PC/SC", null).terminals();
	}

	/**
	 * Drops the JDK's context after pcscd went away.
	 * @return false when the JVM does not let us (no {@value #OPENS})
	 */
	static synchronized boolean forget() {
		try {
			Class<?> terminals = Class.forName(TERMINALS, false, TerminalFactory.class.getClassLoader());
			Field context = terminals.getDeclaredField("contextId");
			Field cache = terminals.getDeclaredField("terminals");
			context.setAccessible(true);
			cache.setAccessible(true);
			synchronized (terminals) {
				context.setLong(null, 0);
				((Map<?, ?>) cache.get(null)).clear();
			}
			return true;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return false;
		}
	}

}
