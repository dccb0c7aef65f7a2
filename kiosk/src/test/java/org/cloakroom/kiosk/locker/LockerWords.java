package org.cloakroom.kiosk.locker;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cloakroom.kiosk.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words a person reads for the locker module's refusals and start-up reasons,
 * rendered from {@code messages/locker.properties} as the edge renders them.
 */
final class LockerWords {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.locker", Locale.ROOT);

	private LockerWords() {
	}

	static String of(Refusal refusal) {
		return render("refusal." + refusal.code(), refusal.arguments().toArray());
	}

	/** {@code arguments}: the locker, its storage, its fault. */
	static String of(RecoveryReason reason, Object... arguments) {
		return render("recovery." + reason.code(), arguments);
	}

	/** What an officer reads about a locker start-up settled or found still in FAULT. */
	static String of(LockerRecoveredAtStartup event) {
		return of(event.reason(), event.lockerId().value(), number(event.storageId()), event.fault());
	}

	/** What an officer reads about a locker whose sensors disagreed at start-up. */
	static String of(LockerSensorsDisagreedAtStartup event) {
		return of(event.reason(), event.lockerId().value(), number(event.storageId()),
				LockerFault.STARTUP_DISAGREEMENT);
	}

	/** Asserts that {@code call} is refused, and on the words it is refused with. */
	static AbstractStringAssert<?> assertRefused(ThrowingCallable call) {
		try {
			call.call();
		}
		catch (LockerRefusal refusal) {
			return assertThat(of(refusal));
		}
		catch (Throwable other) {
			throw new AssertionError("Expected a locker refusal, but got " + other, other);
		}
		throw new AssertionError("Expected a locker refusal, but nothing was refused");
	}

	/** The storage as the words have it: its number (formatted as before), or null. */
	private static Long number(StorageId storage) {
		return (storage != null) ? storage.value() : null;
	}

	private static String render(String key, Object... arguments) {
		return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(arguments);
	}

}
