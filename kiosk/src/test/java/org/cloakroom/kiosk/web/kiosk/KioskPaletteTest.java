package org.cloakroom.kiosk.web.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk screen's colours, read from kiosk.css's custom properties: every pair of text
 * and background the screen uses has at least WCAG AA's contrast for normal text (4.5:1),
 * by WCAG 2's relative luminance.
 */
class KioskPaletteTest {

	private static final Path CSS = Path.of("src/main/resources/static/css/kiosk.css");

	private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+):\\s*#([0-9a-fA-F]{6})\\b");

	private static final double AA = 4.5;

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource({ "ink, paper", "muted, paper", "go, paper", "stop, paper", "warn, paper", "accent, paper",
			"on-accent, accent", "on-stop, stop", "ink, go-tint", "go, go-tint", "muted, go-tint", "ink, stop-tint",
			"stop, stop-tint", "muted, stop-tint", "warn, stop-tint", "ink, back", "muted, back" })
	void textOnItsBackgroundMeetsAa(String text, String background) throws IOException {
		Map<String, String> palette = palette();
		assertThat(palette).containsKeys(text, background);
		assertThat(contrast(palette.get(text), palette.get(background))).as("%s on %s", text, background)
			.isGreaterThanOrEqualTo(AA);
	}

	/**
	 * The formula against WCAG's own figures: black on white is 21:1, grey #777 4.48:1.
	 */
	@Test
	void theContrastFormulaIsWcags() {
		assertThat(contrast("000000", "ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
		assertThat(contrast("777777", "ffffff")).isLessThan(AA).isGreaterThan(4.4);
	}

	private static Map<String, String> palette() throws IOException {
		String css = Files.readString(CSS);
		String root = css.substring(css.indexOf(":root"), css.indexOf('}', css.indexOf(":root")));
		Map<String, String> palette = new TreeMap<>();
		Matcher property = PROPERTY.matcher(root);
		while (property.find()) {
			palette.put(property.group(1), property.group(2));
		}
		return palette;
	}

	static double contrast(String one, String other) {
		double a = luminance(one);
		double b = luminance(other);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String hex) {
		double r = channel(Integer.parseInt(hex.substring(0, 2), 16));
		double g = channel(Integer.parseInt(hex.substring(2, 4), 16));
		double b = channel(Integer.parseInt(hex.substring(4, 6), 16));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
