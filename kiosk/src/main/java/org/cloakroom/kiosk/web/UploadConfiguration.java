package org.cloakroom.kiosk.web;

import jakarta.servlet.MultipartConfigElement;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.ImportLimits;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Request size limits: {@link RequestSizeLimits} first of all filters, and the
 * container's multipart limits (only the catalogue import takes multipart) from the same
 * {@code cloakroom.imports.catalogue-max-size}, so that one property sets both.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	FilterRegistrationBean<RequestSizeLimits> requestSizeLimits(ImportLimits limits, JsonMapper json,
			RefusalWords words) {
		FilterRegistrationBean<RequestSizeLimits> registration = new FilterRegistrationBean<>(
				new RequestSizeLimits(limits, json, words));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	MultipartConfigElement multipartConfigElement(ImportLimits limits) {
		MultipartConfigFactory multipart = new MultipartConfigFactory();
		multipart.setMaxFileSize(limits.catalogueMaxSize());
		multipart.setMaxRequestSize(limits.catalogueMaxSize());
		return multipart.createMultipartConfig();
	}

}
