package org.pilotops.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pilotops.platform.rest.Problems;

/**
 * Refuses API changes another site's page may have sent ({@link CrossSitePolicy}), before the resource
 * method reads anything or the boundary checks scope, with a problem naming the header: 403 for a foreign
 * {@code Origin}, 415 for a {@code Content-Type} the call does not take. It runs after matching, so it knows
 * the method's {@code @Consumes}; a type the method does not declare at all is refused by JAX-RS itself
 * before this filter (the same 415 problem, from {@code UnexpectedFailureMapper}).
 *
 * <p>The portal's own origins are the one the request was addressed to ({@code Host}, with HTTPS when the
 * request was HTTPS at our server or at a {@linkplain ClientAddress trusted proxy}, or the portal is
 * {@linkplain HttpsOnly HTTPS only}) and that of {@code pilotops.portal.baseUrl} when it is set, for a proxy
 * that passes on another {@code Host}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    static final String BASE_URL = "pilotops.portal.baseUrl";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @Inject
    ClientAddress clientAddress;

    private final boolean httpsOnly = HttpsOnly.configured();
    private final List<WebOrigin> configured = WebOrigin.ofUrl(
            ConfigProvider.getConfig().getOptionalValue(BASE_URL, String.class).orElse(null)).stream().toList();

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CrossSitePolicy.UNSAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        CrossSitePolicy.Call call = new CrossSitePolicy.Call(request.getMethod(),
                request.getHeaderString(CrossSitePolicy.CONTENT_TYPE), request.getHeaderString(CrossSitePolicy.ORIGIN),
                request.getHeaderString(CrossSitePolicy.FETCH_SITE), request.getHeaderString(CrossSitePolicy.REQUESTED_WITH),
                consumes(resource.getResourceMethod(), resource.getResourceClass()));
        CrossSitePolicy.judge(call, ownOrigins(request)).ifPresent(refusal -> request.abortWith(
                Problems.problem(headers, refusal.status(), refusal.problemType(),
                        "problem." + refusal.problemType() + ".detail", List.of(), List.of(refusal.violation()))));
    }

    private Set<WebOrigin> ownOrigins(ContainerRequestContext request) {
        Set<WebOrigin> own = new LinkedHashSet<>(configured);
        boolean https = httpsOnly || clientAddress.https(servletRequest);
        WebOrigin.ofHost(https ? "https" : "http", request.getHeaderString(HttpHeaders.HOST)).ifPresent(own::add);
        return own;
    }

    /** The method's {@code @Consumes}, else its class's; each value may list several types. */
    static List<String> consumes(Method method, Class<?> resourceClass) {
        Consumes declared = method == null ? null : method.getAnnotation(Consumes.class);
        if (declared == null && resourceClass != null) {
            declared = resourceClass.getAnnotation(Consumes.class);
        }
        if (declared == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (String value : declared.value()) {
            Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(types::add);
        }
        return types;
    }
}
