#!/usr/bin/env python3
"""Bulk-intake load generator: return notifications through POST /return-notifications/batches.

Submits --items notifications (bounded; stops early at --max-seconds) as NDJSON batches of --batch-size, with
the realistic mix of issue 16: --returning (10 %) people already registered (a new notification for a passport
registered earlier in the run), --replays (2 %) exact replays of an earlier notification, --invalid (0.5 %)
invalid rows (an unknown return modality). It keeps at most --in-flight batches unfinished, so the registry's
queue stays short, and meanwhile sends single notifications at --probe-rate per second through
POST /return-notifications, timing each: the interactive latency while the batches run; with --read-client-id,
each is followed by a consent-checked read (a ministry system's disclosure read of a returnee who consented), timed
too. At the end it checks
the counts: accepted + replayed + refused = items, refused = invalid rows, nothing lost.

Only 127.0.0.1 is accepted as the registry's address. A mission's client credentials come from files (the
secret never on a command line); tokens are taken again before they expire. With --pid, the registry's JVM
CPU time (utime+stime from /proc) is read before and after: CPU per item.

A run cut short by --max-seconds can be finished against the same registry with --resume RUN:N (the run's tag and
the items it submitted, from its JSON line): its items are generated again from the tag's seed and the rest sent.

  bench/bulk.py --base http://127.0.0.1:8080/registry --token-endpoint URL --client-id npl-emb-doh \
      --secret-file run/keycloak/clients/NPL-EMB-DOH.secret --items 100000 --pid 12345
"""
import argparse, json, os, random, statistics, string, sys, threading, time, urllib.parse, urllib.request

TEMPLATE = {
    "missionCode": None, "notificationId": None,
    "person": {"identifiers": [{"type": "PASSPORT", "number": None, "issuingCountry": "NPL"}],
               "name": {"givenName": "Ram", "familyName": "Thapa"}, "dateOfBirth": "1990-04-12", "sex": "1",
               "homeDistrict": "Kaski"},
    "employment": {"destinationCountry": "QAT", "employer": "Gulf Build LLC", "occupation": "71", "sector": "F",
                   "channel": "REGULAR", "departureDate": "2021-03-01", "endDate": "2025-02-28"},
    "returnModality": "END_OF_CONTRACT", "returnReason": "Contract completed", "expectedArrivalDate": "2025-03-05",
    "portOfEntry": "KTM", "urgentNeeds": [{"need": "MEDICAL", "note": "back pain"}]}


class Tokens:
    def __init__(self, endpoint, client_id, secret_file):
        self.endpoint, self.client_id, self.secret_file = endpoint, client_id, secret_file
        self.value, self.expires, self.lock = None, 0, threading.Lock()

    def header(self):
        with self.lock:
            if time.time() > self.expires - 30:
                secret = open(self.secret_file).read().strip()
                form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": self.client_id,
                                               "client_secret": secret}).encode()
                with urllib.request.urlopen(urllib.request.Request(self.endpoint, data=form), timeout=30) as r:
                    answer = json.load(r)
                self.value = "Bearer " + answer["access_token"]
                self.expires = time.time() + int(answer.get("expires_in", 300))
            return self.value


def call(method, url, tokens, body=None, content_type=None):
    headers = {"Authorization": tokens.header(), "Accept": "application/json"}
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def cpu_seconds(pid):
    if not pid:
        return None
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pg_cpu_seconds(postmaster):
    """CPU seconds of the PostgreSQL server and its live backends (children of the postmaster)."""
    if not postmaster:
        return None
    total = cpu_seconds(postmaster) or 0.0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def cpu_ticks():
    """The machine's CPU time so far (/proc/stat): all ticks and the ticks stolen by the hypervisor."""
    fields = [int(x) for x in open("/proc/stat").readline().split()[1:]]
    return sum(fields), fields[7] if len(fields) > 7 else 0


def windows(samples, t_start, width):
    """Per window of `width` seconds from the run's start: count, p50 and p99 (ms) of the successful samples."""
    out = {}
    for at, seconds, ok in samples:
        if ok:
            out.setdefault(int((at - t_start) // width), []).append(seconds)
    rows = []
    for w in sorted(out):
        lat = sorted(out[w])
        rows.append({"from_s": w * width, "count": len(lat), "p50_ms": round(lat[len(lat) // 2] * 1000, 1),
                     "p99_ms": round(lat[min(len(lat) - 1, int(0.99 * len(lat)))] * 1000, 1)})
    return rows


class LoadSampler(threading.Thread):
    """The 1-minute load average, sampled every second while the run lasts."""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples, self.ticks, self.done = [], [], threading.Event()

    def run(self):
        while not self.done.wait(1):
            self.samples.append(float(open("/proc/loadavg").read().split()[0]))
            self.ticks.append((time.perf_counter(), *cpu_ticks()))

    def steal(self, t_from, t_to):
        """The share of the machine's CPU time stolen between two moments of the run (None without samples)."""
        inside = [x for x in self.ticks if t_from <= x[0] < t_to]
        if len(inside) < 2 or inside[-1][1] == inside[0][1]:
            return None
        return round((inside[-1][2] - inside[0][2]) / (inside[-1][1] - inside[0][1]), 3)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://127.0.0.1:8080/registry")
    p.add_argument("--token-endpoint", required=True)
    p.add_argument("--client-id", required=True)
    p.add_argument("--secret-file", required=True)
    p.add_argument("--mission", default="NPL-EMB-DOH")
    p.add_argument("--items", type=int, default=10000)
    p.add_argument("--batch-size", type=int, default=5000)
    p.add_argument("--in-flight", type=int, default=2)
    p.add_argument("--max-seconds", type=float, default=1800)
    p.add_argument("--returning", type=float, default=0.10)
    p.add_argument("--replays", type=float, default=0.02)
    p.add_argument("--invalid", type=float, default=0.005)
    p.add_argument("--probe-rate", type=float, default=2.0)
    p.add_argument("--window-seconds", type=float, default=300, help="the width of the per-window percentiles")
    p.add_argument("--pid", type=int)
    p.add_argument("--pg-pid", type=int, help="the PostgreSQL postmaster's PID, for its CPU per item")
    p.add_argument("--read-client-id", help="a ministry system reading returnees through the consent decision point")
    p.add_argument("--read-secret-file")
    p.add_argument("--read-rns-file", help="registry numbers whose returnees consented to the reader's reads")
    p.add_argument("--out", default="-")
    p.add_argument("--resume", metavar="RUN:N",
                   help="go on with run RUN whose first N items an earlier invocation (same --items, --batch-size "
                        "and mix) submitted before its --max-seconds: the items are generated again from the run's "
                        "seed and those from N on submitted; the counts and checks cover this invocation's items")
    a = p.parse_args()
    if urllib.parse.urlparse(a.base).hostname != "127.0.0.1":
        sys.exit("bulk.py: the registry must be at 127.0.0.1")
    if urllib.parse.urlparse(a.token_endpoint).hostname != "127.0.0.1":
        sys.exit("bulk.py: the token endpoint must be at 127.0.0.1")
    tokens = Tokens(a.token_endpoint, a.client_id, a.secret_file)
    run = "".join(random.choices(string.ascii_uppercase + string.digits, k=6))
    skip = 0
    if a.resume:
        run, skip = a.resume.split(":")[0], int(a.resume.split(":")[1])
    rng = random.Random(run)
    sent_lines, passports, expected_invalid, expected_replays = [], [], 0, 0
    people = set()   # passports of the valid first submissions: the returnees the run must leave, once each

    def item(i):
        nonlocal expected_invalid, expected_replays
        roll = rng.random()
        if roll < a.replays and sent_lines:
            expected_replays += 1
            return rng.choice(sent_lines)
        n = json.loads(json.dumps(TEMPLATE))
        n["missionCode"], n["notificationId"] = a.mission, f"BULK-{run}-{i:07d}"
        if roll < a.replays + a.returning and passports:
            n["person"]["identifiers"][0]["number"] = rng.choice(passports)
        else:
            n["person"]["identifiers"][0]["number"] = f"BK{run}{i:07d}"
            passports.append(n["person"]["identifiers"][0]["number"])
        if roll > 1 - a.invalid:
            n["returnModality"] = "BEAMED_HOME"
            expected_invalid += 1
        line = json.dumps(n, separators=(",", ":"))
        if roll <= 1 - a.invalid:
            people.add(n["person"]["identifiers"][0]["number"])
            if len(sent_lines) < 20000:
                sent_lines.append(line)
        return line

    probes, reads, stop = [], [], threading.Event()
    probe_times, read_times = [], []   # (start, seconds, ok): the latencies per window of the run
    reader = Tokens(a.token_endpoint, a.read_client_id, a.read_secret_file) if a.read_client_id else None
    consented = open(a.read_rns_file).read().split() if a.read_rns_file else []

    def probe():
        k = 0
        while not stop.is_set():
            k += 1
            n = json.loads(json.dumps(TEMPLATE))
            n["missionCode"], n["notificationId"] = a.mission, f"PROBE-{run}-{k:06d}"
            n["person"]["identifiers"][0]["number"] = f"PR{run}{k:06d}"
            t0 = time.perf_counter()
            status, _ = call("POST", a.base + "/api/v1/return-notifications", tokens,
                             json.dumps(n).encode(), "application/json")
            probes.append((time.perf_counter() - t0, status))
            probe_times.append((t0, probes[-1][0], status in (200, 201)))
            if reader and consented:
                # a consent-checked read: the decision point, the decision log entry, the disclosure
                rn = consented[k % len(consented)]
                t0 = time.perf_counter()
                status, _ = call("GET", a.base + f"/api/v1/returnees/{rn}/disclosure?purpose=HEALTH_FOLLOW_UP"
                                 "&category=IDENTITY&category=CONTACT&category=HEALTH", reader)
                reads.append((time.perf_counter() - t0, status))
                read_times.append((t0, reads[-1][0], status == 200))
            stop.wait(1 / a.probe_rate)

    for j in range(skip):   # the items an earlier invocation submitted: the seed's draws, the run's people
        item(j)
    skipped_invalid = expected_invalid
    batches, open_batches, submitted = [], [], skip
    cpu0, pg0, t0 = cpu_seconds(a.pid), pg_cpu_seconds(a.pg_pid), time.perf_counter()
    ticks0, stolen0 = cpu_ticks()
    load = LoadSampler()
    load.start()
    prober = threading.Thread(target=probe, daemon=True)
    if a.probe_rate > 0:
        prober.start()
    totals = {"accepted": 0, "replayed": 0, "refused": 0, "done": 0}
    while (submitted < a.items or open_batches) and time.perf_counter() - t0 < a.max_seconds:
        while submitted < a.items and len(open_batches) < a.in_flight:
            size = min(a.batch_size, a.items - submitted)
            body = "\n".join(item(submitted + j) for j in range(size)).encode()
            status, answer = call("POST", a.base + "/api/v1/return-notifications/batches", tokens, body,
                                  "application/x-ndjson")
            if status != 202:
                sys.exit(f"bulk.py: batch refused: {status} {answer[:300]!r}")
            batch = json.loads(answer)["batchId"]
            batches.append(batch)
            open_batches.append(batch)
            submitted += size
        time.sleep(1)
        for batch in list(open_batches):
            status, answer = call("GET", a.base + f"/api/v1/return-notifications/batches/{batch}?pageSize=1", tokens)
            s = json.loads(answer)
            if s["state"] == "COMPLETED":
                open_batches.remove(batch)
                for k in totals:
                    totals[k] += s[k]
    elapsed = time.perf_counter() - t0
    stop.set()
    cpu1, pg1 = cpu_seconds(a.pid), pg_cpu_seconds(a.pg_pid)
    ticks1, stolen1 = cpu_ticks()
    load.done.set()
    lat = sorted(x for x, st in probes if st in (200, 201))
    q = lambda f: lat[min(len(lat) - 1, int(f * len(lat)))] * 1000 if lat else None
    rlat = sorted(x for x, st in reads if st == 200)
    rq = lambda f: rlat[min(len(rlat) - 1, int(f * len(rlat)))] * 1000 if rlat else None
    result = {"run": run, "resumed_at_item": skip, "items_submitted": submitted - skip, "batches": len(batches), "unfinished": len(open_batches),
              "elapsed_s": round(elapsed, 1), "items_per_s": round(totals["done"] / elapsed, 1), **totals,
              "expected_invalid": expected_invalid - skipped_invalid, "expected_replays_at_least": expected_replays,
              "expected_people": len(people),
              "cpu_ms_per_item": round((cpu1 - cpu0) * 1000 / totals["done"], 2) if cpu0 is not None and totals["done"] else None,
              "probe_count": len(probes), "probe_errors": sum(1 for _, st in probes if st not in (200, 201)),
              "pg_cpu_ms_per_item": round((pg1 - pg0) * 1000 / totals["done"], 2) if pg0 is not None and totals["done"] else None,
              "load_avg_mean": round(statistics.mean(load.samples), 2) if load.samples else None,
              "load_avg_max": max(load.samples) if load.samples else None,
              "jvm_options": os.environ.get("BULK_JVM_OPTIONS", ""),
              "pool": os.environ.get("BULK_POOL", ""),
              "probe_p50_ms": q(0.5), "probe_p99_ms": q(0.99), "probe_max_ms": lat[-1] * 1000 if lat else None,
              "read_count": len(reads), "read_errors": sum(1 for _, st in reads if st != 200),
              "read_p50_ms": rq(0.5), "read_p99_ms": rq(0.99), "read_max_ms": rlat[-1] * 1000 if rlat else None,
              # the share of the machine's CPU time the hypervisor gave to others (steal): a slow window with
              # much steal is the host's, not the registry's
              "steal_share": round((stolen1 - stolen0) / max(ticks1 - ticks0, 1), 3),
              "probe_windows": [dict(w, steal=load.steal(t0 + w["from_s"], t0 + w["from_s"] + a.window_seconds))
                                for w in windows(probe_times, t0, a.window_seconds)],
              "read_windows": windows(read_times, t0, a.window_seconds)}
    text = json.dumps(result)
    print(text)
    if a.out != "-":
        open(a.out, "a").write(text + "\n")
    ok = totals["done"] == submitted - skip and not open_batches and totals["refused"] == expected_invalid - skipped_invalid
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
