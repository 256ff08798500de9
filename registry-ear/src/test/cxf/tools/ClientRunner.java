import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs the CXF service clients one after another in one JVM, each in a class loader of its own (its generated
 * classes and its main, as its own build would load them, over CXF's class path), so the JVM's and CXF's start
 * are paid once rather than once per client. Each line of the standard input is one run, fields separated by tabs:
 * the file for the client's standard output, the file for its standard error, its classes directory, its main
 * class, the access token, then the main's arguments. For each run one line is answered on the standard output:
 * {@code done\t0} when the main returned, {@code done\t1} when it threw (the trace goes to its standard error).
 * Run from its source by the java launcher, on CXF's class path alone; ends at the end of its input.
 */
public final class ClientRunner {

    public static void main(String[] arguments) throws Exception {
        PrintStream answers = System.out;
        PrintStream errors = System.err;
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            String[] mainArguments = Arrays.copyOfRange(fields, 5, fields.length);
            int status;
            try (PrintStream out = new PrintStream(new FileOutputStream(fields[0]), true, StandardCharsets.UTF_8);
                    PrintStream err = new PrintStream(new FileOutputStream(fields[1]), true, StandardCharsets.UTF_8);
                    URLClassLoader loader = new URLClassLoader(
                            new URL[] {Path.of(fields[2]).toUri().toURL()}, ClassLoader.getSystemClassLoader())) {
                System.setOut(out);
                System.setErr(err);
                System.setProperty("registry.token", fields[4]);
                Thread.currentThread().setContextClassLoader(loader);
                try {
                    Class.forName(fields[3], true, loader)
                            .getMethod("main", String[].class)
                            .invoke(null, (Object) mainArguments);
                    status = 0;
                } catch (InvocationTargetException e) {
                    e.getCause().printStackTrace(err);
                    status = 1;
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    e.printStackTrace(err);
                    status = 1;
                } finally {
                    System.setOut(answers);
                    System.setErr(errors);
                    System.clearProperty("registry.token");
                    Thread.currentThread().setContextClassLoader(ClassLoader.getSystemClassLoader());
                }
            }
            answers.println("done\t" + status);
            answers.flush();
        }
    }
}
