/**
 * The web console's frame: sign-in through OpenID Connect, the call channel {@code CONSOLE} and the signed-in
 * person for the application services, security headers, the person's language. The pages of each context live
 * in that context's {@code console} package and call only its protocol-facing services, like REST and SOAP.
 */
package org.returneeregistry.console;
