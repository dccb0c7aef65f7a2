package org.cloakroom.kiosk.checkin;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.NoFreeLockerException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of the check-in and of storing has its words in the module's bundle, and
 * they say what the API said before the refusals were typed.
 */
class CheckInRefusalTest {

	private static final CheckInId CHECK_IN = CheckInId.of(UUID.fromString("7b0c1c3e-0000-4000-8000-000000000001"));

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	CheckInRefusalTest() {
		this.messages.setBasenames("messages/checkin", "messages/locker");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		this.messages.setUseCodeAsDefaultMessage(false);
	}

	@Test
	void saysWhatWasRefusedInPlainWords() {
		assertThat(words(new CheckInRefusal.NothingStored("Katherine Johnson")))
			.isEqualTo("Katherine Johnson has no phone in a locker");
		assertThat(words(new CheckInRefusal.NotYourPhone("Ada Lovelace", PhoneId.of(12345))))
			.isEqualTo("Phone 12345 is not one of Ada Lovelace's phones in this check-in");
		assertThat(words(new CheckInRefusal.NothingAsked(PhoneId.of(3), "Pixel 8", CHECK_IN)))
			.isEqualTo("The kiosk asked nothing about phone 3 (Pixel 8) in check-in " + CHECK_IN);
		assertThat(words(new CheckInRefusal.AnswersClosed(CHECK_IN)))
			.isEqualTo("Check-in " + CHECK_IN + " already has a locker; answers are closed");
		assertThat(words(new CheckInRefusal.ReattestationClosed(CHECK_IN)))
			.isEqualTo("Check-in " + CHECK_IN + " already has a locker; it is too late to re-attest");
		assertThat(words(new CheckInRefusal.NoReattestationDue(PhoneId.of(3), "Pixel 8")))
			.isEqualTo("Phone 3 (Pixel 8) has no re-attestation due");
		assertThat(words(new CheckInRefusal.QuestionsOpen(CHECK_IN)))
			.isEqualTo("Check-in " + CHECK_IN + " still has questions to answer");
		assertThat(words(new CheckInRefusal.NothingToStore(CHECK_IN)))
			.isEqualTo("Check-in " + CHECK_IN + " has no phone to store");
		assertThat(words(new CheckInRefusal.Ended(CHECK_IN)))
			.isEqualTo("Check-in " + CHECK_IN + " has ended or never started. Please start again.");
		assertThat(words(new CheckInRefusal.NotShowing("in a check-in", KioskScreen.Kind.IDLE)))
			.isEqualTo("The kiosk is not in a check-in (it shows IDLE)");
		assertThat(words(new CheckInRefusal.NoBadge())).isEqualTo("badgeId is required");
		assertThat(words(new CheckInRefusal.PinRequired("100004"))).isEqualTo(
				"A typed badge number needs its PIN: pin is missing for badge 100004 (only a badge held to the reader needs none)");
		assertThat(words(new NoFreeLockerException())).isEqualTo("No locker is free");
	}

	@Test
	void everyCaseIsARefusalOfItsOwnKind() {
		assertThat(Arrays.stream(CheckInRefusal.class.getDeclaredClasses()))
			.allMatch(CheckInRefusal.class::isAssignableFrom)
			.hasSize(12);
		assertThat(new CheckInRefusal.Ended(CHECK_IN).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
		assertThat(new CheckInRefusal.NothingAsked(PhoneId.of(3), "Pixel 8", CHECK_IN).kind())
			.isEqualTo(Refusal.Kind.INVALID);
		assertThat(new CheckInRefusal.NothingStored("Ada").kind()).isEqualTo(Refusal.Kind.CONFLICT);
		assertThat(new CheckInRefusal.NoBadge().kind()).isEqualTo(Refusal.Kind.INVALID);
		assertThat(new CheckInRefusal.PinRequired("100004").kind()).isEqualTo(Refusal.Kind.INVALID);
	}

	private String words(Refusal refusal) {
		return this.messages.getMessage("refusal." + refusal.code(),
				refusal.arguments().stream().map(String::valueOf).toArray(), Locale.ENGLISH);
	}

}
