// Reads a live WSDL with the npm soap package and makes the calls given as JSON, each with the bearer token
// in REGISTRY_TOKEN. Prints one JSON line per call: {"operation", "result"} or {"operation", "fault"} where the
// fault carries the SOAP faultcode and the registryFault detail's code, as a client reads them.
'use strict';
const soap = require('soap');

async function main() {
  const [wsdl, callsJson] = process.argv.slice(2);
  const client = await soap.createClientAsync(wsdl);
  client.addHttpHeader('Authorization', 'Bearer ' + process.env.REGISTRY_TOKEN);
  for (const call of JSON.parse(callsJson)) {
    try {
      const [result] = await client[call.operation + 'Async'](call.args);
      console.log(JSON.stringify({ operation: call.operation, result }));
    } catch (error) {
      const fault = error.root && error.root.Envelope && error.root.Envelope.Body && error.root.Envelope.Body.Fault;
      if (!fault) {
        throw error;
      }
      const detail = (fault.detail && fault.detail.registryFault) || {};
      console.log(JSON.stringify({
        operation: call.operation,
        fault: { faultcode: fault.faultcode, code: detail.code, message: detail.message },
      }));
    }
  }
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
