package org.cloakroom.kiosk.systemd;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that systemd did not start (no NOTIFY_SOCKET) has no notifier and sends nothing.
 */
class SystemdConfigurationTest {

	@Test
	void hasNoNotifierWithoutNotifySocket() {
		new ApplicationContextRunner().withUserConfiguration(SystemdConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ServiceManagerNotifier.class)
				.doesNotHaveBean(NotifySocket.class));
	}

}
