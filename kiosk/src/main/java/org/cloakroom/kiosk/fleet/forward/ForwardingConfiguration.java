package org.cloakroom.kiosk.fleet.forward;

import java.time.Clock;

import org.cloakroom.kiosk.fleet.FleetProperties;
import org.cloakroom.kiosk.DoorHome;
import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.audit.ArchiveHold;
import org.cloakroom.kiosk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forwarding to central, wired at a door that has joined one ({@code fleet join} wrote
 * its membership into the secrets directory): without a join there is no forwarder and no
 * {@code fleet} health component.
 */
@Configuration(proxyBeanMethods = false)
@DoorHome
@Conditional(JoinedCentral.class)
class ForwardingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ForwardingConfiguration.class);

	@Bean
	FleetSecrets fleetSecrets(SecretFiles secretFiles) {
		return new FleetSecrets(secretFiles);
	}

	@Bean
	Membership fleetMembership(FleetSecrets secrets) {
		return secrets.membership();
	}

	@Bean
	CentralClient centralClient(Membership membership, FleetSecrets secrets, FleetProperties properties) {
		return new CentralClient(membership.central(), membership.trust(), "trust in fleet.properties",
				properties.connectTimeout(), properties.requestTimeout(), secrets.token());
	}

	@Bean
	ForwardingCursorTable fleetForwardingCursorTable(JdbcClient jdbc) {
		return new ForwardingCursorTable(jdbc);
	}

	@Bean
	Forwarder fleetForwarder(Membership membership, AuditLog auditLog, ForwardingCursorTable cursorTable,
			CentralClient centralClient, ApplicationEventPublisher events, Clock clock, FleetProperties properties) {
		Forwarder forwarder = new Forwarder(membership, auditLog, cursorTable, centralClient, events, clock,
				properties);
		log.info("Forwarding the audit log to central at {} as kiosk {} ({}, site {})", membership.central(),
				membership.kiosk(), membership.name(), membership.site());
		return forwarder;
	}

	@Bean(destroyMethod = "")
	ForwardingSender fleetForwardingSender(Forwarder forwarder) {
		return new ForwardingSender(forwarder);
	}

	/** Retention keeps every entry central has not acknowledged yet. */
	@Bean
	ArchiveHold fleetArchiveHold(Forwarder forwarder) {
		return () -> forwarder.status().acknowledged() + 1;
	}

	@Bean("fleetHealthIndicator")
	FleetHealthIndicator fleetHealthIndicator(Forwarder forwarder, AuditLog auditLog, Clock clock,
			FleetProperties properties, ObjectProvider<FleetHealthContributor> contributors, MessageSource messages) {
		return new FleetHealthIndicator(forwarder, auditLog, clock, properties.unreachableLimit(), contributors,
				messages);
	}

	/**
	 * A bean of this configuration, not a nested configuration, so that it shares this
	 * configuration's conditions.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "cloakroom.scheduling.enabled", matchIfMissing = true)
	Ticking fleetTicking(ForwardingSender sender) {
		return new Ticking(sender);
	}

	/**
	 * Wakes the sender once a second: retries once the backoff has passed, heartbeats
	 * when due. Off with {@code cloakroom.scheduling.enabled=false}: tests wake it
	 * themselves.
	 */
	static class Ticking {

		private final ForwardingSender sender;

		Ticking(ForwardingSender sender) {
			this.sender = sender;
		}

		@Scheduled(fixedDelay = 1000)
		void tick() {
			this.sender.tick();
		}

	}

}
