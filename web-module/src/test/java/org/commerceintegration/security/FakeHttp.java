package org.commerceintegration.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-data stand-ins for the servlet objects the security classes read: a request is its method, path, headers,
 * parameters and client address on https://localhost:9443; a response records what was set. Only the methods these
 * classes call are answered; any other call fails the test, so a new dependency is noticed.
 */
final class FakeHttp {

    private FakeHttp() {}

    static final class Request {
        String method = "GET";
        String servletPath = "/api";
        String pathInfo;
        String remoteAddr = "192.0.2.10";
        boolean secure = true;
        final Map<String, String> headers = new HashMap<>();
        final Map<String, String> parameters = new HashMap<>();
        final Map<String, Object> attributes = new HashMap<>();
        Map<String, Object> session;
        int sessionIdChanges;

        Request method(String value) {
            method = value;
            return this;
        }

        Request path(String servlet, String info) {
            servletPath = servlet;
            pathInfo = info;
            return this;
        }

        Request header(String name, String value) {
            headers.put(name.toLowerCase(), value);
            return this;
        }

        Request parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        Request from(String address) {
            remoteAddr = address;
            return this;
        }

        Request withSession() {
            session = new HashMap<>();
            return this;
        }

        HttpServletRequest servlet() {
            return (HttpServletRequest) Proxy.newProxyInstance(
                    FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class},
                    (p, m, a) -> switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getHeader" -> headers.get(((String) a[0]).toLowerCase());
                        case "getParameter" -> parameters.get((String) a[0]);
                        case "getRemoteAddr" -> remoteAddr;
                        case "getAttribute" -> attributes.get((String) a[0]);
                        case "setAttribute" -> attributes.put((String) a[0], a[1]);
                        case "getServerName" -> "localhost";
                        case "getServerPort" -> 9443;
                        case "getServletPath" -> servletPath;
                        case "getPathInfo" -> pathInfo;
                        case "getContextPath" -> "/integration";
                        case "isSecure" -> secure;
                        case "getSession" ->
                            session == null && (a == null || !(Boolean) a[0])
                                    ? null
                                    : session(session == null ? (session = new HashMap<>()) : session);
                        case "changeSessionId" -> {
                            sessionIdChanges++;
                            yield "changed-" + sessionIdChanges;
                        }
                        case "toString" -> method + " " + servletPath;
                        default -> throw new UnsupportedOperationException("request." + m.getName());
                    });
        }

        private HttpSession session(Map<String, Object> attributes) {
            return (HttpSession) Proxy.newProxyInstance(
                    FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpSession.class},
                    (p, m, a) -> switch (m.getName()) {
                        case "getAttribute" -> attributes.get((String) a[0]);
                        case "setAttribute" -> attributes.put((String) a[0], a[1]);
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == a[0];
                        default -> throw new UnsupportedOperationException("session." + m.getName());
                    });
        }
    }

    static final class Response {
        final Map<String, String> headers = new HashMap<>();
        int status = 200;
        String redirect;
        final StringWriter body = new StringWriter();

        HttpServletResponse servlet() {
            return (HttpServletResponse) Proxy.newProxyInstance(
                    FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (p, m, a) -> switch (m.getName()) {
                        case "setHeader" -> headers.put((String) a[0], (String) a[1]);
                        case "setStatus" -> status = (Integer) a[0];
                        case "setContentType" -> headers.put("Content-Type", (String) a[0]);
                        case "sendRedirect" -> {
                            status = 302;
                            redirect = (String) a[0];
                            yield null;
                        }
                        case "getWriter" -> new PrintWriter(body, true);
                        default -> throw new UnsupportedOperationException("response." + m.getName());
                    });
        }
    }

    /** What the mechanism told the container. */
    static final class Context {
        boolean protectedResource = true;
        final List<String> calls = new ArrayList<>();
        CredentialValidationResult loggedIn;

        HttpMessageContext servlet() {
            return (HttpMessageContext) Proxy.newProxyInstance(
                    FakeHttp.class.getClassLoader(), new Class<?>[] {HttpMessageContext.class}, (p, m, a) -> {
                        calls.add(m.getName());
                        return switch (m.getName()) {
                            case "isProtected" -> protectedResource;
                            case "responseUnauthorized" -> AuthenticationStatus.SEND_FAILURE;
                            case "doNothing" -> AuthenticationStatus.NOT_DONE;
                            case "notifyContainerAboutLogin" -> {
                                loggedIn = (CredentialValidationResult) a[0];
                                yield AuthenticationStatus.SUCCESS;
                            }
                            default -> throw new UnsupportedOperationException("context." + m.getName());
                        };
                    });
        }
    }
}
