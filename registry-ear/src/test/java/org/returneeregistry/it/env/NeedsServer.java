package org.returneeregistry.it.env;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The servers of the test run a test class uses besides the registry on PostgreSQL. Each is started on first use
 * whether or not its class says so; when a selected class says so, the run starts the server in the background as
 * soon as it knows the classes it will run (see {@link EarlyStart}), so the class finds it ready or nearly ready
 * instead of waiting the whole start.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NeedsServer {

    Server[] value();

    /** A server of the test run that starts on demand. */
    enum Server {
        /** The partner country's registry ({@link ItEnvironment#partnerRegistry()}). */
        PARTNER_REGISTRY,
        /** The registry on the embedded default database ({@link ItEnvironment.Database#EMBEDDED_DEFAULT}). */
        EMBEDDED_DEFAULT
    }
}
