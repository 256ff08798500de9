#!/usr/bin/env python3
"""Summarises the CPU samples (jdk.ExecutionSample) of a JFR recording: where the time goes.

  jfr_summary.py RECORDING.jfr [TOP]

Prints, as Markdown: samples by layer (each sample charged to the leaf-most frame that belongs to
a known layer), the hottest leaf methods (self time), and the methods most often on the stack
(inclusive time), restricted to the layers that matter for intake.
"""
import collections, json, subprocess, sys

# (layer, class-name prefixes); the first layer found walking from the leaf gets the sample.
LAYERS = [
    ("PostgreSQL JDBC driver", ("org/postgresql/",)),
    ("H2 database (embedded)", ("org/h2/",)),
    ("Payara JDBC pool / SQL trace", ("com/sun/gjc/", "com/sun/enterprise/resource/", "fish/payara/jdbc/",
                                      "com/sun/enterprise/connectors/", "org/glassfish/resourcebase/")),
    ("EclipseLink (JPA)", ("org/eclipse/persistence/",)),
    ("JSON-B / JSON-P (Yasson, Parsson)", ("org/eclipse/yasson/", "org/eclipse/parsson/", "org/glassfish/json/")),
    ("JAXB", ("org/glassfish/jaxb/", "com/sun/xml/bind/", "jakarta/xml/bind/")),
    ("XML parsing (StAX/SAX/Woodstox)", ("com/ctc/wstx/", "com/sun/org/apache/xerces/", "org/codehaus/stax2/",
                                        "com/sun/xml/internal/stream/", "javax/xml/")),
    ("Metro / JAX-WS", ("com/sun/xml/ws/", "com/sun/xml/messaging/", "com/oracle/webservices/")),
    ("Bean Validation (Hibernate Validator)", ("org/hibernate/validator/",)),
    ("Registry application code", ("org/returneeregistry/",)),
    ("Weld (CDI)", ("org/jboss/weld/",)),
    ("EJB container / transactions / security", ("com/sun/ejb/", "org/glassfish/ejb/", "com/sun/enterprise/transaction/",
                                                 "com/sun/jts/", "com/sun/enterprise/security/", "org/glassfish/security/",
                                                 "com/sun/enterprise/container/", "org/glassfish/api/invocation/",
                                                 "com/sun/enterprise/naming/", "org/glassfish/internal/api/",
                                                 "com/sun/enterprise/deployment/")),
    ("Jersey (JAX-RS)", ("org/glassfish/jersey/",)),
    ("Payara request tracing / monitoring / MP", ("fish/payara/", "io/opentelemetry/", "io/opentracing/", "org/glassfish/flashlight/")),
    ("Servlet / web container", ("org/apache/catalina/", "org/glassfish/wasp/", "com/sun/web/", "org/glassfish/web/",
                                 "org/apache/coyote/", "jakarta/servlet/")),
    ("HTTP I/O (Grizzly)", ("org/glassfish/grizzly/",)),
    ("JDK: reflection / method handles", ("jdk/internal/reflect/", "java/lang/invoke/", "java/lang/reflect/")),
    ("JDK: crypto / digest", ("sun/security/", "java/security/")),
    ("JDK: NIO / sockets", ("sun/nio/", "java/nio/", "sun/net/")),
]


# Cost centres: share of samples with a matching frame anywhere on the stack (they overlap).
def _has(*needles):
    return lambda names: any(n in x for x in names for n in needles)


def _has_not(pred, *needles):
    return lambda names: pred(names) and not any(n in x for x in names for n in needles)


CENTRES = [
    ("JAX-RS: resource instance per request (HK2 createService + injection)",
     _has("MethodHandler$ClassBasedMethodHandler.getInstance")),
    ("JAX-RS: JSON-B read of the request body", _has("JsonBindingProvider.readFrom")),
    ("JAX-RS: Location header (UriBuilder)", _has("JerseyUriBuilder")),
    ("MicroProfile Telemetry JAX-RS listener", _has("OpenTelemetryRequestEventListener")),
    ("SOAP: XSD schema validation (@SchemaValidation)", _has("ServerSchemaValidationTube")),
    ("SOAP: Payara MonitoringPipe (message copy + second JAXB unmarshal)", _has("MonitoringPipe.getJavaCallInfo")),
    ("SOAP: JAXB unmarshal for the endpoint",
     _has_not(_has("DatabindingImpl.deserializeRequest"), "MonitoringPipe.getJavaCallInfo")),
    ("Bean Validation of the command (InputValidation.of)", _has("InputValidation.of")),
    ("canonical JSON of the command (JSON-B toJson)", lambda n: any("JsonBinding.toJson" in x for x in n)
     and any("ReturnNotificationService.submit" in x for x in n)),
    ("replay check query (ReturnNotificationRepository.find)", _has("ReturnNotificationRepository.find")),
    ("identity match query (ReturneeRepository.holdingAnyOf)", _has("ReturneeRepository.holdingAnyOf")),
    ("EclipseLink flush: 12 INSERTs (EntityManagerImpl.flush)", _has("EntityManagerImpl.flush")),
    ("JTA commit (JavaEETransactionManagerSimplified.commit)", _has("JavaEETransactionManagerSimplified.commit")),
    ("connection checkout (AbstractDataSource.getConnection)", _has("AbstractDataSource.getConnection")),
    ("everything under Payara's SQL-trace proxy (ProfiledConnectionWrapper40)", _has("ProfiledConnectionWrapper40$1.invoke")),
    ("PostgreSQL JDBC driver", lambda n: any(x.startswith("org/postgresql/") for x in n)),
    ("EJB calls to CallerContext.actor (whole calls)", _has("CallerContext__Intf____Bean__.actor")),
    ("EJB authorisation (BaseContainer.authorize)", _has("BaseContainer.authorize")),
    # Security added with bearer tokens
    ("token: Jakarta Security mechanism, whole (JWTAuthenticationMechanism.validateRequest)",
     _has("JWTAuthenticationMechanism.validateRequest")),
    ("token: parse and verify (SignedJWTIdentityStore.validate)", _has("SignedJWTIdentityStore.validate")),
    ("token: RSA signature check (java.security.Signature.verify)", _has("java/security/Signature.verify")),
    ("token: Payara's JwtTokenParser, whole", _has("fish/payara/microprofile/jwtauth/jwt/JwtTokenParser.")),
    ("token: JSON-P provider lookups (JsonProvider.provider: ServiceLoader scan, 3 per request)",
     lambda n: any("jakarta/json/spi/JsonProvider.provider" in x for x in n)
     and any("fish/payara/microprofile/jwtauth/" in x for x in n)),
    ("token: public key rebuilt from the cached JWKS text (JwtPublicKeyStore.createPublicKey, incl. a failed PEM parse)",
     _has("JwtPublicKeyStore.createPublicKey")),
    ("CDI events fired around each business call (Weld EventImpl.fire: organisation check + audit, whole)",
     _has("org/jboss/weld/event/EventImpl.fire")),
    ("organisation status check (ActiveOrganisationCheck / OrganisationService.status, whole)",
     _has("ActiveOrganisationCheck.check", "OrganisationService__Intf____Bean__.status")),
    ("audit entry in its own transaction (AuditTrail.record, whole EJB call incl. commit)",
     _has("AuditTrail__Intf____Bean__.record", "AuditTrail.record")),
]


def layer_of(cls):
    for name, prefixes in LAYERS:
        if cls.startswith(prefixes):
            return name
    return None


def frame_name(f):
    m = f["method"]
    return m["type"]["name"] + "." + m["name"]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    n = len(events)
    by_layer, leaf, inclusive, app_incl = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        if not frames:
            continue
        names = [frame_name(f) for f in frames]
        leaf[names[0]] += 1
        layer = next((l for l in (layer_of(x) for x in names) if l), "other (JDK collections, strings, ...)")
        by_layer[layer] += 1
        seen = set()
        for x in names:
            if x not in seen:
                seen.add(x)
                inclusive[x] += 1
                if x.startswith("org/returneeregistry/"):
                    app_incl[x] += 1
    pct = lambda c: f"{100.0 * c / n:.1f}%"
    centres = collections.Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        names = [frame_name(f) for f in frames]
        for label, pred in CENTRES:
            if pred(names):
                centres[label] += 1
    print(f"CPU samples (jdk.ExecutionSample): {n}\n")
    print("| layer (leaf-most frame of a known layer) | samples | share |\n|---|---:|---:|")
    for k, v in by_layer.most_common():
        print(f"| {k} | {v} | {pct(v)} |")
    print("\nCost centres (share of samples with the frame on the stack; they overlap):\n\n| cost centre | share |\n|---|---:|")
    for label, _ in CENTRES:
        if centres[label]:
            print(f"| {label} | {pct(centres[label])} |")
    print(f"\nTop {top} leaf frames (self time):\n\n| frame | share |\n|---|---:|")
    for k, v in leaf.most_common(top):
        print(f"| `{k.replace('/', '.')}` | {pct(v)} |")
    print(f"\nRegistry code on the stack (inclusive):\n\n| method | share |\n|---|---:|")
    for k, v in app_incl.most_common(top):
        print(f"| `{k.replace('org/returneeregistry/', '').replace('/', '.')}` | {pct(v)} |")
    interesting = [(k, v) for k, v in inclusive.most_common() if not k.startswith(("java/", "jdk/", "sun/", "org/returneeregistry/"))
                   and v < 0.9 * n]
    print(f"\nFramework methods most often on the stack (inclusive, excluding ones on >90% of samples):\n\n| method | share |\n|---|---:|")
    for k, v in interesting[:top + 10]:
        print(f"| `{k.replace('/', '.')}` | {pct(v)} |")


if __name__ == "__main__":
    main()
