package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link RsyslogDaemon} of the test run: started the first time a
 * test asks for it, kept in the root store, and closed (stopped by its PID) when the run
 * ends.
 */
final class RsyslogExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(RsyslogExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == RsyslogDaemon.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(RsyslogDaemon.class, (key) -> startDaemon(), RsyslogDaemon.class);
	}

	private static RsyslogDaemon startDaemon() {
		try {
			return RsyslogDaemon.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start rsyslogd", ex);
		}
	}

}
