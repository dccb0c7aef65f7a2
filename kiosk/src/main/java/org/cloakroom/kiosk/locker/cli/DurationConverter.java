package org.cloakroom.kiosk.locker.cli;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A duration as Spring's configuration spells it: 500ms, 2s, PT1S. */
final class DurationConverter implements ITypeConverter<Duration> {

	@Override
	public Duration convert(String value) {
		try {
			Duration duration = DurationStyle.detectAndParse(value);
			if (duration.isNegative() || duration.compareTo(Duration.ofSeconds(30)) > 0) {
				throw new TypeConversionException("'" + value + "' must be from 0 to 30s");
			}
			return duration;
		}
		catch (IllegalArgumentException ex) {
			throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 500ms or 2s");
		}
	}

}
