package org.cloakroom.kiosk.enrolment;

import java.time.Instant;

import org.cloakroom.kiosk.security.PinEntryLockedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;

class EmployeeDirectoryIT extends EnrolmentModuleSupport {

	@Autowired
	Enrolment enrolment;

	@Autowired
	EmployeeDirectory directory;

	EmployeeRef ada;

	@BeforeEach
	void enrolAda() {
		this.ada = this.enrolment.enrolEmployee("Ada", "B-1001", "2468", "admin");
	}

	@Test
	void theRightPinIdentifiesTheEmployeeAndClearsTheCount() {
		assertThat(this.directory.byBadgeAndPin("B-1001", "2468")).isEqualTo(this.ada);

		then(this.pinAttempts).should().checkAllowed("B-1001");
		then(this.pinAttempts).should().recordSuccess("B-1001");
		then(this.pinAttempts).should(never()).recordFailure(anyString());
	}

	@Test
	void aWrongPinIsCountedAndSaysHowManyAttemptsAreLeft() {
		given(this.pinAttempts.recordFailure("B-1001")).willReturn(2);

		assertThatExceptionOfType(WrongPinException.class)
			.isThrownBy(() -> this.directory.byBadgeAndPin("B-1001", "1357"))
			.satisfies((ex) -> assertThat(ex.attemptsLeft()).isEqualTo(2))
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo("Wrong PIN for badge B-1001; 2 attempts left"));
		then(this.pinAttempts).should(never()).recordSuccess(anyString());
	}

	@Test
	void aLockedBadgeIsRefusedBeforeThePinIsChecked() {
		willThrow(new PinEntryLockedException("B-1001", Instant.parse("2026-03-01T08:05:00Z"))).given(this.pinAttempts)
			.checkAllowed("B-1001");

		assertThatExceptionOfType(PinEntryLockedException.class)
			.isThrownBy(() -> this.directory.byBadgeAndPin("B-1001", "2468"));
		then(this.pinHasher).should(never()).matches(anyString(), anyString());
		then(this.pinAttempts).should(never()).recordSuccess(anyString());
	}

	@Test
	void anUnknownBadgeIsNotFound() {
		assertRefusal(UnknownBadgeException.class, () -> this.directory.byBadgeAndPin("B-9999", "2468"))
			.isEqualTo("Badge B-9999 does not exist");
		assertRefusal(UnknownBadgeException.class, () -> this.directory.byBadge("B-9999"))
			.isEqualTo("Badge B-9999 does not exist");
	}

	@Test
	void findsEmployeesByBadgeAndById() {
		EmployeeRef grace = this.enrolment.enrolEmployee("Grace", "B-1002", "1357", "admin");

		assertThat(this.directory.byBadge("B-1002")).isEqualTo(grace);
		assertThat(this.directory.byId(this.ada.id())).contains(this.ada);
		assertThat(this.directory.byId(EmployeeId.of(-1))).isEmpty();
		assertThat(this.directory.all()).containsExactly(this.ada, grace);
	}

}
