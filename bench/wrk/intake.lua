-- wrk script: every request is a NEW return notification (unique notificationId and passport).
-- Environment: BENCH_PROTOCOL=rest|soap, BENCH_TAG=<1-4 of [A-Z0-9], unique per phase of a bench run>,
-- BENCH_TOKEN_FILE=<file holding the mission's access token>: sent as "Authorization: Bearer ..." on
-- every request, REST and SOAP alike (the token is read from a file so that it is neither on a
-- command line nor in the recorded command).
-- REST must answer 201; SOAP must answer 200 with a SubmitReturnNotificationResponse. Anything
-- else is counted as an error (wrk's own "errors.status" only counts >= 400).

local protocol = os.getenv("BENCH_PROTOCOL") or "rest"
local tag = os.getenv("BENCH_TAG") or "X"

local threads = {}
local next_thread = 1

function setup(thread)
   thread:set("tid", next_thread)
   next_thread = next_thread + 1
   table.insert(threads, thread)
end

-- The payloads: bench/wrk/notification.json and .xml (same content; the XML in the element order
-- of return-notification.xsd), with @ID@ and @PASSPORT@ where each request puts its own values.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"

local function template_of(name)
   local f = assert(io.open(dir .. name, "r"))
   local text = f:read("*a"):gsub("%s+$", "")
   f:close()
   local i = assert(text:find("@ID@", 1, true))
   local p = assert(text:find("@PASSPORT@", 1, true))
   assert(i < p, "@ID@ must come before @PASSPORT@")
   return { text:sub(1, i - 1), text:sub(i + 4, p - 1), text:sub(p + 10) }
end

local path, headers, template, expected
if protocol == "soap" then
   path = "/registry/soap/ReturnNotificationService"
   headers = { ["Content-Type"] = "text/xml; charset=utf-8", ["SOAPAction"] = '""' }
   template, expected = template_of("notification.xml"), 200
else
   path = "/registry/api/v1/return-notifications"
   headers = { ["Content-Type"] = "application/json" }
   template, expected = template_of("notification.json"), 201
end

local token_file = os.getenv("BENCH_TOKEN_FILE")
if token_file and token_file ~= "" then
   local f = assert(io.open(token_file, "r"))
   local token = f:read("*a"):gsub("%s+", "")
   f:close()
   assert(token ~= "", "empty token in " .. token_file)
   headers["Authorization"] = "Bearer " .. token
end

-- Per-thread state (each wrk thread has its own Lua state).
local counter = 0
bad = 0
first_bad = ""

function request()
   counter = counter + 1
   -- passport: tag + 2-digit thread + 7-digit counter, at most 13 of [A-Z0-9]
   local passport = string.format("%s%02d%07d", tag, tid, counter)
   local id = string.format("bench-%s-%02d-%d", tag, tid, counter)
   return wrk.format("POST", path, headers, template[1] .. id .. template[2] .. passport .. template[3])
end

function response(status, hdrs, body)
   local ok = status == expected
   if ok and protocol == "soap" then
      ok = string.find(body, "SubmitReturnNotificationResponse", 1, true) ~= nil
   end
   if not ok then
      bad = bad + 1
      if first_bad == "" then
         first_bad = status .. " " .. string.sub(body or "", 1, 300)
      end
   end
end

function done(summary, latency, requests)
   local unexpected, sample = 0, ""
   for _, t in ipairs(threads) do
      unexpected = unexpected + (t:get("bad") or 0)
      local s = t:get("first_bad")
      if s ~= nil and s ~= "" and sample == "" then sample = s end
   end
   local e = summary.errors
   local secs = summary.duration / 1e6
   io.write(string.format(
      "RESULT protocol=%s requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f unexpected=%d socket_errors=%d timeouts=%d\n",
      protocol, summary.requests, secs, summary.requests / secs,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000, unexpected,
      e.connect + e.read + e.write, e.timeout))
   if sample ~= "" then
      io.write("FIRST_UNEXPECTED " .. string.gsub(sample, "\n", " ") .. "\n")
   end
end
