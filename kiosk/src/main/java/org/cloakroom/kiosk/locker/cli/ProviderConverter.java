package org.cloakroom.kiosk.locker.cli;

import java.util.Locale;

import org.cloakroom.kiosk.locker.gpio.GpioProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code gpiod} or {@code mock}, as the configuration spells them. */
final class ProviderConverter implements ITypeConverter<GpioProvider> {

	@Override
	public GpioProvider convert(String value) {
		try {
			return GpioProvider.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new TypeConversionException("'" + value + "' is not a GPIO provider: use gpiod or mock");
		}
	}

}
