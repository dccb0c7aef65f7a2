package org.cloakroom.kiosk.web;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a handler that takes a {@link SignedInUser} the request's signed-in console user.
 * It is no part of what a client sends, so the OpenAPI document leaves it out.
 */
@Configuration(proxyBeanMethods = false)
class SignedInUserArgument implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(SignedInUser.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == SignedInUser.class;
	}

	@Override
	public SignedInUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		return SignedInUser.of(request.getUserPrincipal());
	}

}
