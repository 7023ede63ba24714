package org.pilotops.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.rest.Problems;

/**
 * The one authentication mechanism, with two faces: HTTP Basic for {@code /api/*} (stateless, never a
 * session; but a browser that once answered the Basic challenge sends the credentials again on requests
 * other sites make, which {@link CrossSiteRequestFilter} refuses) and a session login for the portal,
 * started by {@code LoginView} through {@code SecurityContext.authenticate}. Both check the same accounts
 * through the identity store, and both check passwords through {@link PasswordChecks}: throttled by
 * {@link LoginThrottle} per account and {@link ClientAddress client address} (each attempt counted before
 * it is checked), and run at the {@link HashCheckGate}, so a burst of logins cannot stall the server.
 *
 * <p>A session or a remembered credential proves only who signed in earlier. Each protected request
 * therefore reads the account (one query, kept for the request as its {@link CurrentActor}) for its
 * {@link AccountStanding}: a disabled account's session
 * ends and its Basic credential fails at once, and an account signed in with a one-time password is held
 * at the password page (portal) or answered 403 {@code password-change-required} (API) until it chose
 * its own password. The same row carries the stored password hash: a remembered Basic credential and a
 * portal session are both stamped with the hash they were verified against, so a password changed or
 * reset on any node ends every session and credential of the old one at their next request (the session
 * that changed it is stamped anew: {@link PortalSessions}).
 */
@ApplicationScoped
public class PilotOpsAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_LOGIN = PilotOpsAuthentication.class.getName() + ".login";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** The one page an account that must change its password may open. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** The API calls an account that must change its password may make: who am I, and the change itself. */
    static final Set<String> BEFORE_PASSWORD_CHANGE = Set.of("GET /api/v1/me", "PUT /api/v1/me/password");
    /** Request attribute telling the login page why a login was refused. */
    public static final String REFUSAL = PilotOpsAuthentication.class.getName() + ".refusal";
    /** Request attribute with the seconds to wait, when a login was refused for too many failures. */
    public static final String RETRY_AFTER = PilotOpsAuthentication.class.getName() + ".retryAfter";

    /**
     * What the session remembers of a portal login.
     *
     * @param stamp the {@link #passwordStamp} of the account's stored password hash the login was verified
     *              against; a session whose stamp no longer matches the stored hash is ended
     */
    record PortalLogin(String callerName, Set<String> groups, String stamp) implements Serializable {

        boolean verifiedAgainst(String passwordHash) {
            return MessageDigest.isEqual(stamp.getBytes(StandardCharsets.US_ASCII),
                    passwordStamp(passwordHash).getBytes(StandardCharsets.US_ASCII));
        }

        PortalLogin restamped(String passwordHash) {
            return new PortalLogin(callerName, groups, passwordStamp(passwordHash));
        }
    }

    /**
     * A digest of a stored password hash, for a session to hold instead of the hash. It cannot be attacked
     * offline (the salt is inside the hash, not in the digest), and unlike the keyed stamp of
     * {@link VerifiedCredentials} it needs no secret of the node, so a session that moves to another node or
     * survives a restart is still judged right.
     */
    static String passwordStamp(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((passwordHash == null ? "" : passwordHash).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedCredentials verifiedCredentials;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PasswordChecks passwordChecks;

    @Inject
    MetricsScraper metricsScraper;

    @Inject
    ActorDirectory accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (MetricsScraper.isMetrics(path(request)) && metricsScraper.accepts(request.getHeader("Authorization"))) {
            return context.notifyContainerAboutLogin(MetricsScraper.CALLER, Set.of(MetricsScraper.ROLE));
        }
        if (isApi(request) || MetricsScraper.isMetrics(path(request))) {
            return basic(request, response, context);
        }
        return portal(request, response, context);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential == null) {
            return context.isProtected() ? refuse(request, response, 401, "unauthorized") : context.doNothing();
        }
        String address = clientAddress.of(request);
        var remembered = verifiedCredentials.lookup(credential.getCaller(), credential.getPasswordAsString());
        if (remembered.isPresent()) {
            var caller = accounts.caller(remembered.get().callerName());
            if (caller.isEmpty() || verifiedCredentials.stillCurrent(remembered.get(), caller.get().passwordHash())) {
                // The right password, shown again: keeps this address known to the throttle. It forgives no
                // failure: the caller may be guessing at something else, such as a current password.
                throttle.recognised(credential.getCaller(), address);
                return apiCaller(request, response, context, remembered.get().callerName(), caller);
            }
            // The password changed since it was remembered, perhaps on another node: check this one again.
            verifiedCredentials.forget(remembered.get().callerName());
        }
        // Refused without reading anything while the pair waits; PasswordChecks decides (and counts) below.
        var wait = throttle.retryAfter(credential.getCaller(), address);
        if (wait.isPresent()) {
            return tooManyLogins(request, response, LoginThrottle.retryAfterSeconds(wait.get()));
        }
        // Read before the check: the pair is remembered with the hash it could at most have been checked
        // against — were the password changed meanwhile, the next request would find the stamp stale.
        var before = accounts.caller(credential.getCaller());
        var checked = check(credential, address, before);
        switch (checked.verdict()) {
            case THROTTLED -> {
                return tooManyLogins(request, response, checked.retryAfterSeconds());
            }
            case BUSY -> {
                response.setHeader("Retry-After", "1");
                return refuse(request, response, 503, "busy");
            }
            case WRONG -> {
                return refuse(request, response, 401, "unauthorized");
            }
            case RIGHT -> {
                // below
            }
        }
        CredentialValidationResult result = checked.result();
        String callerName = result.getCallerPrincipal().getName();
        before.ifPresent(c -> verifiedCredentials.remember(credential.getCaller(), credential.getPasswordAsString(),
                callerName, c.passwordHash()));
        return apiCaller(request, response, context, callerName, before);
    }

    /** The password of a sign-in, checked by the identity store through the throttle and the gate. */
    private PasswordChecks.Outcome<CredentialValidationResult> check(UsernamePasswordCredential credential,
                                                                     String address,
                                                                     Optional<ActorDirectory.Caller> account) {
        return passwordChecks.check(credential.getCaller(), address, account.isPresent(),
                () -> identityStores.validate(credential),
                result -> result.getStatus() == CredentialValidationResult.Status.VALID);
    }

    private static AuthenticationStatus tooManyLogins(HttpServletRequest request, HttpServletResponse response,
                                                      long seconds) {
        response.setHeader("Retry-After", Long.toString(seconds));
        return refuse(request, response, 429, "too-many-logins", seconds);
    }

    /** Lets a verified API caller in, unless the account was disabled since or must change its password first. */
    private AuthenticationStatus apiCaller(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context, String callerName,
                                           Optional<ActorDirectory.Caller> caller) {
        switch (admit(request, caller)) {
            case GONE -> {
                verifiedCredentials.forget(callerName);
                return refuse(request, response, 401, "unauthorized");
            }
            case PASSWORD_CHANGE_REQUIRED -> {
                if (!allowedBeforePasswordChange(request.getMethod(), path(request))) {
                    return refuse(request, response, 403, "password-change-required");
                }
            }
            case ACTIVE -> {
                // nothing pending
            }
        }
        // The roles as stored now, not as remembered: a role taken away on another node counts at once.
        Set<String> groups = caller.orElseThrow().actor().roles().stream().map(Enum::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(callerName, groups);
    }

    /** The standing of the caller's account, read once for the request; its actor is kept for {@link CurrentActor}. */
    private static AccountStanding admit(HttpServletRequest request, Optional<ActorDirectory.Caller> caller) {
        caller.ifPresent(c -> CurrentActor.keep(request, c.actor()));
        return ActorDirectory.Caller.standing(caller);
    }

    static boolean allowedBeforePasswordChange(String method, String path) {
        return BEFORE_PASSWORD_CHANGE.contains(method + " " + path);
    }

    private AuthenticationStatus portal(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential login) {
            return formLogin(request, context, login);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LOGIN) instanceof PortalLogin login) {
            if (context.isProtected()) {
                // Public pages and static resources need no check; everything else does, on every request.
                // A session verified against a password since changed or reset counts as gone.
                var caller = accounts.caller(login.callerName()).filter(c -> login.verifiedAgainst(c.passwordHash()));
                switch (admit(request, caller)) {
                    case GONE -> {
                        session.invalidate();
                        return redirect(request, response, context, LOGIN_PAGE);
                    }
                    case PASSWORD_CHANGE_REQUIRED -> {
                        if (!PASSWORD_PAGE.equals(path(request))) {
                            return redirect(request, response, context, PASSWORD_PAGE);
                        }
                    }
                    case ACTIVE -> {
                        // nothing pending
                    }
                }
            }
            return context.notifyContainerAboutLogin(login.callerName(), login.groups());
        }
        if (context.isProtected()) {
            return redirect(request, response, context, LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                           UsernamePasswordCredential credential) {
        String address = clientAddress.of(request);
        var wait = throttle.retryAfter(credential.getCaller(), address);
        if (wait.isPresent()) {
            return throttled(request, LoginThrottle.retryAfterSeconds(wait.get()));
        }
        // Read before the check, as for Basic: the session is stamped with the hash it was checked against at most.
        var before = accounts.caller(credential.getCaller());
        var checked = check(credential, address, before);
        switch (checked.verdict()) {
            case THROTTLED -> {
                return throttled(request, checked.retryAfterSeconds());
            }
            case BUSY -> {
                request.setAttribute(REFUSAL, "login.busy");
                return AuthenticationStatus.SEND_FAILURE;
            }
            case WRONG -> {
                request.setAttribute(REFUSAL, "login.failed");
                return AuthenticationStatus.SEND_FAILURE;
            }
            case RIGHT -> {
                // below
            }
        }
        CredentialValidationResult result = checked.result();
        // A new session id at login defeats session fixation.
        request.getSession(true);
        request.changeSessionId();
        String verifiedAgainst = before.map(ActorDirectory.Caller::passwordHash).orElse(null);
        request.getSession().setAttribute(SESSION_LOGIN, new PortalLogin(result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups()), passwordStamp(verifiedAgainst)));
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus throttled(HttpServletRequest request, long seconds) {
        request.setAttribute(REFUSAL, "login.throttled");
        request.setAttribute(RETRY_AFTER, seconds);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context, String page) {
        String url = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request after the session expired or the account changed: tell the Faces client to navigate.
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + url + "\"/></partial-response>");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(url);
    }

    /** Answers an API call with a problem body in the caller's language, never the container's HTML page. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               int status, String type, Object... detailArgs) {
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"PilotOps\", charset=\"UTF-8\"");
        }
        try {
            response.setStatus(status);
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problems.body(Messages.supported(request.getLocale()), status, type,
                    "problem." + type + ".detail", List.of(detailArgs), List.of()).toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The credential of an {@code Authorization: Basic …} header, or null when there is none or it is malformed. */
    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
