package cn.hazardledger.chassis.web;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of this service answers, read from its resources at start-up, so that a 405 can
 * say in {@code Allow} what would have worked (RFC 9110 §15.5.6); the framework's own 405 does not.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private volatile List<Route> routes = List.of();

    void index(@Observes StartupEvent event) {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    found.add(new Route(pattern(root.value() + (sub == null ? "" : "/" + sub.value())), verb));
                }
            }
        }
        routes = List.copyOf(found);
    }

    /** The Allow header for {@code path}: its methods, HEAD where GET is, and OPTIONS; empty when no route matches. */
    public String allowFor(String path) {
        Set<String> methods = new TreeSet<>();
        String normalised = ("/" + path).replaceAll("/+", "/");
        for (Route route : routes) {
            if (route.path.matcher(normalised).matches()) {
                methods.add(route.method);
            }
        }
        if (methods.isEmpty()) {
            return "";
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a regex: {name} is one segment, {name: regex} its own regex (braces nest). */
    static Pattern pattern(String template) {
        String path = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            int open = path.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(path.substring(i)));
                break;
            }
            regex.append(Pattern.quote(path.substring(i, open)));
            int close = open;
            for (int depth = 0; close < path.length(); close++) {
                char c = path.charAt(close);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            String parameter = path.substring(open + 1, Math.min(close, path.length()));
            int colon = parameter.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + parameter.substring(colon + 1).trim() + ")");
            i = close + 1;
        }
        return Pattern.compile(regex + "/?");
    }
}
