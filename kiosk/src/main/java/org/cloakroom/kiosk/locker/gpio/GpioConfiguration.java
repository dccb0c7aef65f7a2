package org.cloakroom.kiosk.locker.gpio;

import com.pi4j.context.Context;

import org.cloakroom.kiosk.locker.LockerProperties;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.locker.board.Boards;
import org.cloakroom.kiosk.wiring.BankWiring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Pi4J context and the bank's lines. A provider or a line that fails stops start-up;
 * the context (and with it every lock, driven to its shutdown level: locked) is shut down
 * when the application closes.
 */
@Configuration(proxyBeanMethods = false)
class GpioConfiguration {

	@Bean(destroyMethod = "shutdown")
	Context lockerGpioContext(LockerProperties properties, BankWiring wiring) {
		return Pi4jContexts.open(properties.gpioProvider(), wiring, properties.wiringPath());
	}

	@Bean(destroyMethod = "close")
	ExecutorPulseTimer lockerPulseTimer() {
		return new ExecutorPulseTimer();
	}

	@Bean(destroyMethod = "close")
	Boards lockerBoards(BankWiring wiring) {
		return Boards.open(wiring);
	}

	@Bean
	Pi4jLockerIo lockerIo(Context lockerGpioContext, LockerProperties properties, BankWiring wiring,
			ExecutorPulseTimer lockerPulseTimer, Boards lockerBoards) {
		return new Pi4jLockerIo(lockerGpioContext, properties.gpioProvider(), wiring, properties.wiringPath(),
				lockerPulseTimer, lockerBoards);
	}

	@Bean
	@ConditionalOnProperty(name = "cloakroom.locker.gpio-provider", havingValue = "mock")
	SimulatedDoors simulatedDoors(Pi4jLockerIo lockerIo) {
		return new MockDoors(lockerIo);
	}

	@Bean
	HealthIndicator gpioHealthIndicator(Context lockerGpioContext, LockerProperties properties, Pi4jLockerIo lockerIo,
			Boards lockerBoards) {
		return new GpioHealthIndicator(lockerGpioContext, properties.gpioProvider(), properties.wiringPath(),
				lockerIo.size(), LineFactory.chips(lockerGpioContext), lockerBoards::states);
	}

}
