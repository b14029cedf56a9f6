package no.farvel.templates.internal.freemarker;

import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.farvel.templates.spi.RenderException;

/**
 * Read access to a parsed FreeMarker template: each node's type symbol ({@code #list}, {@code ?interpret},
 * {@code ${...}}), its parameters (expressions and values) and its child elements. FreeMarker keeps the first two
 * package-private, so they are read by reflection; when that fails (another FreeMarker version), every template is
 * refused rather than run unchecked.
 */
final class TemplateTree {
    private TemplateTree() {
    }

    /** A node's type symbol as FreeMarker's own error messages show it. */
    static String symbol(TemplateObject node) {
        return (String) call(Access.SYMBOL, node);
    }

    /** A node's parameters in order: nested expressions, and plain values such as names. */
    static List<Object> parameters(TemplateObject node) {
        int count = (Integer) call(Access.COUNT, node);
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(call(Access.VALUE, node, i));
        }
        return values;
    }

    /** The role of parameter {@code index}, such as {@code list source} or {@code callee}. */
    static String role(TemplateObject node, int index) {
        return String.valueOf(call(Access.ROLE, node, index));
    }

    /** The nested template objects of a node: its expression parameters and, for an element, its children. */
    static List<Child> children(TemplateObject node) {
        List<Child> children = new ArrayList<>();
        List<Object> parameters = parameters(node);
        for (int i = 0; i < parameters.size(); i++) {
            addObjects(parameters.get(i), role(node, i), children);
        }
        if (node instanceof TemplateElement element) {
            for (int i = 0; i < element.getChildCount(); i++) {
                children.add(new Child((TemplateObject) element.getChildAt(i), "child"));
            }
        }
        return children;
    }

    private static void addObjects(Object value, String role, List<Child> into) {
        if (value instanceof TemplateObject object) {
            into.add(new Child(object, role));
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> addObjects(v, role, into));
        } else if (value instanceof Object[] values) {
            for (Object v : values) {
                addObjects(v, role, into);
            }
        }
    }

    /** True when the node is one of FreeMarker's built-ins ({@code x?name}). */
    static boolean isBuiltIn(TemplateObject node) {
        try {
            return Access.BUILT_IN.isInstance(node);
        } catch (LinkageError e) {
            throw new RenderException("Farvel cannot inspect templates parsed by this FreeMarker version ("
                    + e + "), so it runs none; use FreeMarker 2.3.34", e);
        }
    }

    /** A nested template object and the role it plays in its parent. */
    record Child(TemplateObject node, String role) {
    }

    private static Object call(Method method, TemplateObject node, Object... arguments) {
        try {
            return method.invoke(node, arguments);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new RenderException("Farvel cannot inspect templates parsed by this FreeMarker version ("
                    + e + "), so it runs none; use FreeMarker 2.3.34", e);
        }
    }

    private static final class Access {
        static final Method SYMBOL = method("getNodeTypeSymbol");
        static final Method COUNT = method("getParameterCount");
        static final Method VALUE = method("getParameterValue", int.class);
        static final Method ROLE = method("getParameterRole", int.class);
        static final Class<?> BUILT_IN = builtIn();

        private static Method method(String name, Class<?>... parameters) {
            try {
                Method method = TemplateObject.class.getDeclaredMethod(name, parameters);
                method.setAccessible(true);
                return method;
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("FreeMarker's TemplateObject." + name + " cannot be read", e);
            }
        }

        private static Class<?> builtIn() {
            try {
                return Class.forName("freemarker.core.BuiltIn", false, TemplateObject.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("FreeMarker's BuiltIn class is not there", e);
            }
        }
    }
}
