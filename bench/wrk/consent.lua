-- wrk script: reads of returnees the consent scenario registered (bench/lib/consent_setup.py),
-- cycling through them (each wrk thread from its own offset).
-- Environment:
--   BENCH_PROTOCOL  permit   - GET /returnees/{rn}/disclosure?purpose=HEALTH_FOLLOW_UP&category=IDENTITY
--                              &category=CONTACT&category=HEALTH for returnees whose consent covers it
--                              (the ministry's token); must answer 200 with grantedCategories
--                   deny     - the same call for returnees without any consent; must answer 403
--                              with the problem code NoConsent
--                   baseline - GET /returnees/{rn}?purpose=... (the registrar's whole record, decided
--                              and logged as the operator's record keeping); must answer 200
--   BENCH_RN_FILE   registry numbers, one per line
--   BENCH_TOKEN_FILE the access token (sent as "Authorization: Bearer ...")
-- Anything else is counted as an error (wrk's own "errors.status" only counts >= 400).

local protocol = os.getenv("BENCH_PROTOCOL") or "permit"

local threads = {}
local next_thread = 1

function setup(thread)
   thread:set("tid", next_thread)
   next_thread = next_thread + 1
   table.insert(threads, thread)
end

local numbers = {}
for line in assert(io.open(assert(os.getenv("BENCH_RN_FILE"), "BENCH_RN_FILE"), "r")):lines() do
   if line ~= "" then table.insert(numbers, line) end
end
assert(#numbers > 0, "no registry numbers")

local headers = {}
local f = assert(io.open(assert(os.getenv("BENCH_TOKEN_FILE"), "BENCH_TOKEN_FILE"), "r"))
local token = f:read("*a"):gsub("%s+", "")
f:close()
assert(token ~= "", "empty token")
headers["Authorization"] = "Bearer " .. token

local query = "/disclosure?purpose=HEALTH_FOLLOW_UP&category=IDENTITY&category=CONTACT&category=HEALTH"
local expected, marker
if protocol == "permit" then
   expected, marker = 200, '"grantedCategories"'
elseif protocol == "deny" then
   expected, marker = 403, '"NoConsent"'
elseif protocol == "baseline" then
   expected, marker, query = 200, '"registryNumber"', "?purpose=REINTEGRATION_SERVICES"
else
   error("BENCH_PROTOCOL must be permit, deny or baseline")
end

local counter = 0
bad = 0
first_bad = ""

function request()
   counter = counter + 1
   local rn = numbers[((tid or 1) * 7919 + counter) % #numbers + 1]
   return wrk.format("GET", "/registry/api/v1/returnees/" .. rn .. query, headers)
end

function response(status, hdrs, body)
   if status ~= expected or string.find(body or "", marker, 1, true) == nil then
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
