package org.cloakroom.kiosk.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.ImportLimits;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RequestSizeLimitsTest {

	private final RequestSizeLimits limits = new RequestSizeLimits(
			new ImportLimits(DataSize.ofKilobytes(4), DataSize.ofKilobytes(8), DataSize.ofKilobytes(1), 1000, 100,
					DataSize.ofMegabytes(1), 100, DataSize.ofKilobytes(16)),
			JsonMapper.shared(), new RefusalWords(ApiErrorsTest.messages()));

	@Test
	void refusesADeclaredLengthPastTheLimitWithoutReadingOrPassingItOn() throws Exception {
		MockHttpServletRequest request = post("/api/v1/mdm/inventories", new byte[8 * 1024 + 1]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		boolean[] passedOn = { false };

		this.limits.doFilter(request, response, (req, res) -> passedOn[0] = true);

		assertThat(passedOn[0]).isFalse();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"limit\":8192")
			.contains("\"property\":\"cloakroom.imports.mdm-max-size\"")
			.contains(
					"An MDM import is larger than 8 KB (8,192 bytes), the limit set by cloakroom.imports.mdm-max-size");
	}

	@Test
	void stopsABodyOfUnknownLengthAsSoonAsItIsReadPastTheLimit() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/catalogue/import") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		request.setContent(new byte[64 * 1024]);
		long[] read = { 0 };
		FilterChain chain = (req, res) -> {
			InputStream body = req.getInputStream();
			byte[] buffer = new byte[1000];
			for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
				read[0] += n;
			}
		};

		assertThatExceptionOfType(RequestTooLargeException.class)
			.isThrownBy(() -> this.limits.doFilter(request, new MockHttpServletResponse(), chain))
			.satisfies((ex) -> assertThat(ex.limit().property()).isEqualTo("cloakroom.imports.catalogue-max-size"));
		assertThat(read[0]).isEqualTo(4000);
	}

	@Test
	void everyOtherRequestHasTheGeneralLimitAndABodyWithinItPasses() throws IOException, Exception {
		MockHttpServletRequest request = post("/api/v1/employees", new byte[1024]);
		long[] read = { 0 };

		this.limits.doFilter(request, new MockHttpServletResponse(),
				(req, res) -> read[0] = req.getInputStream().readAllBytes().length);

		assertThat(read[0]).isEqualTo(1024);
		assertThat(this.limits.limitFor(post("/api/v1/employees", new byte[0])).property())
			.isEqualTo("cloakroom.imports.request-max-size");
	}

	private static MockHttpServletRequest post(String path, byte[] body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContent(body);
		return request;
	}

}
