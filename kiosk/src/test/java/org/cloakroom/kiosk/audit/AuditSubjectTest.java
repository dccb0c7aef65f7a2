package org.cloakroom.kiosk.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.audit.AuditSubject.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class AuditSubjectTest {

	@Test
	void rendersEachKindAsLogsHaveAlwaysRecordedIt() {
		assertThat(AuditSubject.locker(3).text()).isEqualTo("locker:3");
		assertThat(AuditSubject.storage(12).text()).isEqualTo("storage:12");
		assertThat(AuditSubject.employee(1).text()).isEqualTo("employee:1");
		assertThat(AuditSubject.phone(7).text()).isEqualTo("phone:7");
		assertThat(AuditSubject.badge("0042").text()).isEqualTo("badge:0042");
		assertThat(AuditSubject.device("k3x9").text()).isEqualTo("device:k3x9");
		assertThat(AuditSubject.flaggedApp("wechat").text()).isEqualTo("flagged-app:wechat");
		assertThat(AuditSubject.flaggedAppCatalogue().text()).isEqualTo("flagged-app-catalogue");
		assertThat(AuditSubject.mdm("intune").text()).isEqualTo("mdm:intune");
		assertThat(AuditSubject.kiosk().text()).isEqualTo("kiosk");
		assertThat(AuditSubject.fleetPartition("fleet_event_2026_01").text())
			.isEqualTo("fleet-partition:fleet_event_2026_01");
		assertThat(AuditSubject.registeredKiosk("east-wing-1").text()).isEqualTo("registered-kiosk:east-wing-1");
		assertThat(AuditSubject.locker(3)).hasToString("locker:3").isEqualTo(AuditSubject.locker(3));
	}

	@Test
	void pinsTheWordOfEveryKindLogsHold() {
		Map<Kind, String> words = Arrays.stream(Kind.values()).collect(Collectors.toMap((kind) -> kind, Kind::word));

		// Logs are searched by these words: a kind is added here, never renamed.
		assertThat(words).containsOnly(entry(Kind.LOCKER, "locker"), entry(Kind.STORAGE, "storage"),
				entry(Kind.EMPLOYEE, "employee"), entry(Kind.PHONE, "phone"), entry(Kind.BADGE, "badge"),
				entry(Kind.DEVICE, "device"), entry(Kind.FLAGGED_APP, "flagged-app"),
				entry(Kind.FLAGGED_APP_CATALOGUE, "flagged-app-catalogue"), entry(Kind.MDM, "mdm"),
				entry(Kind.KIOSK, "kiosk"), entry(Kind.CONSOLE_USER, "console-user"),
				entry(Kind.FLEET_PARTITION, "fleet-partition"), entry(Kind.REGISTERED_KIOSK, "registered-kiosk"));
	}

	@Test
	void isWrittenAsItsTextInAnEventsDetails() {
		assertThat(CanonicalForm.details(new About(AuditSubject.locker(3)))).isEqualTo("{\"subject\":\"locker:3\"}");
	}

	@Test
	void refusesAnIdThatIsNotOneLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditSubject.badge("7\nlocker:8"))
			.withMessageContaining("badge")
			.withMessageContaining("one line");
		assertThatIllegalArgumentException().isThrownBy(() -> AuditSubject.mdm("x".repeat(AuditSubject.MAX_LENGTH)))
			.withMessageContaining("mdm")
			.withMessageContaining(Integer.toString(AuditSubject.MAX_LENGTH));
	}

	@Test
	void refusesAMissingIdOrAnIdWhereTheKindHasNone() {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditSubject.badge(" "))
			.withMessageContaining("badge needs an id");
		assertThatIllegalArgumentException().isThrownBy(() -> AuditSubject.device(null))
			.withMessageContaining("device needs an id");
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditSubject(Kind.KIOSK, "1"))
			.withMessageContaining("kiosk has no id");
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditSubject(null, "1"))
			.withMessageContaining("kind");
	}

	@Test
	void keepsASubjectAtTheLongestTheLogTakes() {
		String id = "x".repeat(AuditSubject.MAX_LENGTH - "mdm:".length());

		assertThat(AuditSubject.mdm(id).text()).hasSize(AuditSubject.MAX_LENGTH);
	}

	record About(AuditSubject subject) {
	}

}
