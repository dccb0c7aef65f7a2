package org.cloakroom.kiosk.enrolment;

import java.time.Instant;

import org.cloakroom.kiosk.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

/**
 * An admin's changes to an enrolled employee: each is an event naming the admin, the
 * kiosk refuses a deactivated employee (and says so in the log), and the PIN reaches no
 * event.
 */
class EmployeeAdministrationIT extends EnrolmentModuleSupport {

	@Autowired
	Enrolment enrolment;

	@Autowired
	EmployeeAdministration administration;

	@Autowired
	EmployeeDirectory directory;

	EmployeeRef ada;

	@BeforeEach
	void enrolAda() {
		this.ada = this.enrolment.enrolEmployee("Ada", "B-1001", "2468", "zh-CN", "dana");
	}

	@Test
	void enrolsWithAPreferredLanguageAndNamesTheAdmin(PublishedEvents events) {
		EmployeeRef grace = this.enrolment.enrolEmployee("Grace", "B-1002", "1357", "es", "sam");

		assertThat(this.ada.language()).isEqualTo("zh-CN");
		assertThat(this.directory.view(grace.id()).language()).isEqualTo("es");
		assertThat(events.ofType(EmployeeEnrolled.class))
			.containsExactly(new EmployeeEnrolled(grace.id(), "Grace", "B-1002", "sam"));
	}

	@Test
	void editsTheNameAndLanguageRecordingBeforeAndAfter(PublishedEvents events) {
		EmployeeView edited = this.administration.edit(this.ada.id(), "  Ada Lovelace ", "es", "dana");

		assertThat(edited.name()).isEqualTo("Ada Lovelace");
		assertThat(edited.language()).isEqualTo("es");
		assertThat(this.directory.byBadge("B-1001").name()).isEqualTo("Ada Lovelace");
		assertThat(events.ofType(EmployeeEdited.class))
			.containsExactly(new EmployeeEdited(this.ada.id(), "Ada", "Ada Lovelace", "zh-CN", "es", "dana"));
	}

	@Test
	void aBlankLanguageIsTheKiosksDefaultAndAnIllFormedOneIsRefused() {
		assertThat(this.administration.edit(this.ada.id(), "Ada", " ", "dana").language()).isNull();
		assertRefusal(EnrolmentRefusal.class,
				() -> this.administration.edit(this.ada.id(), "Ada", "not a tag!", "dana"))
			.isEqualTo("A preferred language is a BCP 47 tag such as en, zh-CN or es, got 'not a tag!'");
	}

	@Test
	void anEditThatChangesNothingRecordsNothing(PublishedEvents events) {
		this.administration.edit(this.ada.id(), "Ada", "zh-CN", "dana");

		assertThat(events.ofType(EmployeeEdited.class)).isEmpty();
	}

	@Test
	void aDeactivatedEmployeeIsRefusedAtTheKioskByBadgeAndByPinAndTheRefusalIsLogged(PublishedEvents events) {
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		EmployeeView deactivated = this.administration.deactivate(this.ada.id(), "left the company", "dana");

		assertThat(deactivated.active()).isFalse();
		assertThat(deactivated.deactivatedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
		assertRefusal(EmployeeDeactivatedException.class, () -> this.directory.byBadge("B-1001"))
			.isEqualTo("The employee with badge B-1001 is deactivated and cannot check in; see an admin");
		assertThatExceptionOfType(EmployeeDeactivatedException.class)
			.isThrownBy(() -> this.directory.byBadgeAndPin("B-1001", "2468"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("employee-deactivated"));
		assertThat(events.ofType(EmployeeDeactivated.class))
			.containsExactly(new EmployeeDeactivated(this.ada.id(), "left the company", "dana"));
		assertThat(events.ofType(DeactivatedEmployeeRefused.class)).hasSize(2)
			.allSatisfy((refused) -> assertThat(refused)
				.isEqualTo(new DeactivatedEmployeeRefused(this.ada.id(), "B-1001")));
		// history stays: the employee is still listed
		assertThat(this.directory.views()).extracting(EmployeeView::name).containsExactly("Ada");
	}

	@Test
	void aWrongPinOfADeactivatedEmployeeIsAWrongPin() {
		this.administration.deactivate(this.ada.id(), "left", "dana");

		assertThatExceptionOfType(WrongPinException.class)
			.isThrownBy(() -> this.directory.byBadgeAndPin("B-1001", "1357"));
	}

	@Test
	void reactivationLetsTheEmployeeInAgainAndEachStepIsRefusedTwice(PublishedEvents events) {
		assertRefusal(EnrolmentRefusal.class, () -> this.administration.reactivate(this.ada.id(), "dana"))
			.isEqualTo("Employee " + this.ada.id() + " is active");
		this.administration.deactivate(this.ada.id(), "on leave", "dana");
		assertRefusal(EnrolmentRefusal.class, () -> this.administration.deactivate(this.ada.id(), "again", "dana"))
			.isEqualTo("Employee " + this.ada.id() + " is already deactivated");

		assertThat(this.administration.reactivate(this.ada.id(), "sam").active()).isTrue();
		assertThat(this.directory.byBadge("B-1001")).isEqualTo(this.ada);
		assertThat(events.ofType(EmployeeReactivated.class))
			.containsExactly(new EmployeeReactivated(this.ada.id(), "sam"));
	}

	@Test
	void deactivationNeedsAReason() {
		assertRefusal(EnrolmentRefusal.class, () -> this.administration.deactivate(this.ada.id(), " ", "dana"))
			.isEqualTo("The reason must not be blank, got ' '");
	}

	@Test
	void aBadgeResetRetiresTheOldBadge(PublishedEvents events) {
		this.administration.resetBadge(this.ada.id(), "B-2001", "dana");

		assertThat(this.directory.byBadge("B-2001").id()).isEqualTo(this.ada.id());
		assertRefusal(UnknownBadgeException.class, () -> this.directory.byBadge("B-1001"))
			.isEqualTo("Badge B-1001 does not exist");
		assertThat(events.ofType(BadgeReset.class))
			.containsExactly(new BadgeReset(this.ada.id(), "B-1001", "B-2001", "dana"));
	}

	@Test
	void aBadgeResetToABadgeTakenOrTheSameOrMalformedIsRefused() {
		this.enrolment.enrolEmployee("Grace", "B-1002", "1357", "dana");

		assertRefusal(DuplicateBadgeException.class,
				() -> this.administration.resetBadge(this.ada.id(), "B-1002", "dana"))
			.isEqualTo("Badge B-1002 is already enrolled");
		assertRefusal(EnrolmentRefusal.class, () -> this.administration.resetBadge(this.ada.id(), "B-1001", "dana"))
			.isEqualTo("Badge B-1001 is already the employee's badge");
		assertRefusal(EnrolmentRefusal.class, () -> this.administration.resetBadge(this.ada.id(), "x", "dana"))
			.isEqualTo("A badge id is 4 to 32 letters, digits or '-', got 'x'");
	}

	@Test
	void aPinResetTakesTheNewPinAndNoEventCarriesIt(PublishedEvents events) {
		this.administration.resetPin(this.ada.id(), "9753", "dana");

		assertThat(this.directory.byBadgeAndPin("B-1001", "9753")).isEqualTo(this.ada);
		assertThatExceptionOfType(WrongPinException.class)
			.isThrownBy(() -> this.directory.byBadgeAndPin("B-1001", "2468"));
		assertThat(events.ofType(PinReset.class)).containsExactly(new PinReset(this.ada.id(), "dana"));
		assertThat(events.ofType(PinReset.class).toString()).doesNotContain("9753");
	}

	@Test
	void changesToAnUnknownEmployeeAreNotFoundAndEveryChangeNeedsAnAdmin() {
		EmployeeId nobody = EmployeeId.of(-1);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.administration.edit(nobody, "X", null, "dana"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.administration.resetPin(nobody, "9753", "dana"));
		assertRefusal(EnrolmentRefusal.class, () -> this.administration.edit(this.ada.id(), "Ada", null, " "))
			.isEqualTo("The acting user must not be blank, got ' '");
	}

	@Test
	void searchFindsByPartOfTheNameOrBadgeIgnoringCase() {
		this.enrolment.enrolEmployee("Grace Hopper", "C-7000", "1357", "dana");

		assertThat(this.directory.search("HOP")).extracting(EmployeeView::name).containsExactly("Grace Hopper");
		assertThat(this.directory.search("b-10")).extracting(EmployeeView::name).containsExactly("Ada");
		assertThat(this.directory.search("")).hasSize(2);
	}

}
