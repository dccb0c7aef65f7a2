package org.cloakroom.kiosk.web.kiosk;

import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops start-up where the kiosk's loopback allowance could be forged. The allowance
 * trusts the request's remote address; with forwarded headers honoured, a client can
 * write that address itself: Spring's {@code framework} strategy believes every client,
 * and Tomcat's {@code native} one believes every host on a private network unless
 * {@code server.tomcat.remoteip.internal-proxies} names the proxy. Either set
 * {@code cloakroom.kiosk.loopback=false} (and give the kiosk's own screen the token), or
 * name the proxy.
 */
@Component
class ForwardedLoopbackCheck {

	ForwardedLoopbackCheck(KioskAccessProperties kiosk, Environment environment) {
		check(kiosk.loopback(), environment);
	}

	static void check(boolean loopback, Environment environment) {
		if (!loopback) {
			return;
		}
		String strategy = environment.getProperty("server.forward-headers-strategy", "none").toLowerCase(Locale.ROOT);
		if (strategy.equals("framework")) {
			throw new IllegalStateException("server.forward-headers-strategy=framework lets any client set its own "
					+ "remote address, so cloakroom.kiosk.loopback=true would let it pass as the kiosk: "
					+ "set cloakroom.kiosk.loopback=false, or use the native strategy with "
					+ "server.tomcat.remoteip.internal-proxies naming the proxy");
		}
		if (strategy.equals("native") && !environment.containsProperty("server.tomcat.remoteip.internal-proxies")) {
			throw new IllegalStateException("server.forward-headers-strategy=native trusts every private address as "
					+ "a proxy unless server.tomcat.remoteip.internal-proxies names yours, so cloakroom.kiosk.loopback="
					+ "true would let a host on the network pass as the kiosk: name the proxy, or set "
					+ "cloakroom.kiosk.loopback=false");
		}
	}

}
