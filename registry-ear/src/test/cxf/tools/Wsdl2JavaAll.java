import org.apache.cxf.tools.common.CommandInterfaceUtils;
import org.apache.cxf.tools.common.ToolContext;
import org.apache.cxf.tools.wsdlto.WSDLToJava;

/**
 * Apache CXF wsdl2java over several WSDLs in one JVM, as CXF's Maven plugin runs it: for each pair of arguments
 * (an output directory, a WSDL's URL) the same tool with the same options as {@code wsdl2java -d DIR WSDL}. A WSDL
 * the tool refuses does not stop the others: each prints one JSON line, {@code {"wsdl":…,"generated":DIR}} or
 * {@code {"wsdl":…,"failed":…}}, and the refusal's trace goes to the standard error. Run from its source by the
 * java launcher, on CXF's class path alone.
 */
public final class Wsdl2JavaAll {

    public static void main(String[] arguments) {
        if (arguments.length == 0 || arguments.length % 2 != 0) {
            System.err.println("usage: Wsdl2JavaAll DIR WSDL [DIR WSDL]...");
            System.exit(2);
        }
        CommandInterfaceUtils.commandCommonMain(); // the tool's own logging set-up, as its main does
        for (int i = 0; i < arguments.length; i += 2) {
            String dir = arguments[i];
            String wsdl = arguments[i + 1];
            try {
                new WSDLToJava(new String[] {"-d", dir, wsdl}).run(new ToolContext());
                System.out.println("{\"wsdl\":\"" + json(wsdl) + "\",\"generated\":\"" + json(dir) + "\"}");
            } catch (Exception | LinkageError e) {
                System.err.println("wsdl2java failed on " + wsdl + ":");
                e.printStackTrace();
                System.out.println("{\"wsdl\":\"" + json(wsdl) + "\",\"failed\":\"" + json(String.valueOf(e)) + "\"}");
            }
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
