package org.returneeregistry.it.support;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Sources a toolkit generated from a published contract, compiled as an integrator's build would compile
 * them and loaded in a class loader of their own, so that a test can call the client they make up.
 */
public final class GeneratedClient {

    private final ClassLoader loader;

    private GeneratedClient(ClassLoader loader) {
        this.loader = loader;
    }

    /** Compiles every .java file under sources against the test class path; fails with javac's messages. */
    public static GeneratedClient compile(Path sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null);
             Stream<Path> walk = Files.walk(sources)) {
            Files.createDirectories(classes);
            List<java.io.File> javaFiles = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
            if (javaFiles.isEmpty()) {
                throw new AssertionError("the toolkit generated no Java source under " + sources);
            }
            StringWriter out = new StringWriter();
            boolean compiled = javac.getTask(out, files, diagnostics,
                    List.of("-classpath", testClassPath(), "-d", classes.toString(), "-proc:none", "-nowarn",
                            "-encoding", "UTF-8", "--release", "17"),
                    null, files.getJavaFileObjectsFromFiles(javaFiles)).call();
            if (!compiled) {
                throw new AssertionError("the generated client does not compile: " + out + diagnostics.getDiagnostics());
            }
            return new GeneratedClient(new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    GeneratedClient.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class path the tests run with (Failsafe starts the JVM through a manifest-only jar). */
    public static String testClassPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null ? path : System.getProperty("java.class.path");
    }

    public Class<?> type(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the toolkit generated no class " + name, e);
        }
    }

    public Object create(String name, Object... arguments) {
        try {
            for (var constructor : type(name).getConstructors()) {
                if (constructor.getParameterCount() == arguments.length) {
                    return constructor.newInstance(arguments);
                }
            }
            throw new AssertionError(name + " has no public constructor of " + arguments.length + " parameters");
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Calls the one public method of this name and number of parameters; what the method throws is thrown
     * as it is (wrapped only when checked, as the cause of a {@link Thrown}).
     */
    public static Object call(Object target, String method, Object... arguments) {
        Method m = Arrays.stream(target.getClass().getMethods())
                .filter(candidate -> candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length)
                .findFirst().orElseThrow(() -> new AssertionError(target.getClass().getName() + " has no method " + method
                        + " of " + arguments.length + " parameters"));
        try {
            return m.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new Thrown(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** A checked exception of the generated client (its API or fault exception). */
    public static final class Thrown extends RuntimeException {
        public Thrown(Throwable cause) {
            super(cause.toString(), cause);
        }
    }

    static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
