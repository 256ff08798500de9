#!/usr/bin/env python3
"""Runs one bounded load (wrk or pgbench) and records what it measured plus who used the CPU.

  measure.py --label NAME --kind wrk|pgbench --out results.jsonl [--payara-pid P] [--pg-pid P]
             [--keycloak-pid P] -- COMMAND...

While COMMAND runs it samples, once a second, /proc/stat (the whole machine), the CPU time of the
Payara JVM, of the PostgreSQL postmaster and its backends, of Keycloak (its launcher and JVM; it
should be idle: tokens are fetched before the run), and of the load generator, and (with
--payara-pid) `jstat -gc` for the heap. The result is one JSON line appended to --out; the
load generator's own output is kept beside it (LABEL.out).
"""
import argparse, json, os, re, subprocess, sys, time

HZ = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid):
    """(utime, stime) of one process in seconds, or None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) / HZ, int(fields[12]) / HZ
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None


def children(pid):
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                if ppid == pid:
                    out.append(int(entry))
            except (FileNotFoundError, ProcessLookupError):
                pass
    return out


def machine_busy():
    with open("/proc/stat") as f:
        cpu = [int(x) for x in f.readline().split()[1:]]
    idle = cpu[3] + cpu[4]
    return (sum(cpu[:8]) - idle) / HZ, sum(cpu[:8]) / HZ


class Group:
    """CPU seconds used by a set of processes during the window (processes seen at any sample)."""

    def __init__(self):
        self.first, self.last = {}, {}

    def sample(self, pids):
        for p in pids:
            v = proc_cpu(p)
            if v is not None:
                self.first.setdefault(p, v)
                self.last[p] = v

    def user(self):
        return sum(self.last[p][0] - self.first[p][0] for p in self.last)

    def system(self):
        return sum(self.last[p][1] - self.first[p][1] for p in self.last)

    def seconds(self):
        return self.user() + self.system()


def parse_wrk(text):
    m = re.search(r"^RESULT (.*)$", text, re.M)
    if not m:
        return {"error": "no RESULT line from wrk"}
    r = {}
    for kv in m.group(1).split():
        k, v = kv.split("=", 1)
        try:
            r[k] = float(v) if "." in v else int(v)
        except ValueError:
            r[k] = v
    r["errors"] = r.get("unexpected", 0) + r.get("socket_errors", 0) + r.get("timeouts", 0)
    bad = re.search(r"^FIRST_UNEXPECTED (.*)$", text, re.M)
    if bad:
        r["first_unexpected"] = bad.group(1)[:300]
    return r


def percentile(sorted_values, q):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, int(round(q / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def parse_pgbench(text, logdir, since):
    r = {}
    m = re.search(r"number of transactions actually processed: (\d+)", text)
    r["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"number of failed transactions: (\d+)", text)
    r["errors"] = int(m.group(1)) if m else 0
    if "aborted" in text.lower() or "error:" in text.lower():
        r["errors"] += 1
        r["first_unexpected"] = next((l for l in text.splitlines() if "error" in l.lower()), "")[:300]
    m = re.search(r"tps = ([\d.]+) \(without initial connection time\)", text)
    r["rps"] = float(m.group(1)) if m else 0.0
    lat = []
    for name in os.listdir(logdir):
        path = os.path.join(logdir, name)
        if name.startswith("pgbench_log.") and os.path.getmtime(path) >= since:
            with open(path) as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 3:
                        lat.append(int(parts[2]) / 1000.0)
            os.remove(path)
    lat.sort()
    if lat:
        r.update(p50_ms=percentile(lat, 50), p90_ms=percentile(lat, 90), p99_ms=percentile(lat, 99),
                 max_ms=lat[-1], mean_ms=sum(lat) / len(lat))
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--label", required=True)
    ap.add_argument("--kind", choices=["wrk", "pgbench"], required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--payara-pid", type=int)
    ap.add_argument("--pg-pid", type=int)
    ap.add_argument("--keycloak-pid", type=int)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    outdir = os.path.dirname(os.path.abspath(a.out))
    since = time.time()

    jstat = None
    if a.payara_pid:
        jstat = subprocess.Popen(["jstat", "-gc", str(a.payara_pid), "1000"], stdout=subprocess.PIPE, text=True)
    busy0, total0 = machine_busy()
    load = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=outdir)
    payara, pg, gen, keycloak = Group(), Group(), Group(), Group()
    chunks = []
    import threading
    reader = threading.Thread(target=lambda: chunks.append(load.stdout.read()))
    reader.start()
    while load.poll() is None:
        if a.payara_pid:
            payara.sample([a.payara_pid])
        if a.pg_pid:
            pg.sample([a.pg_pid] + children(a.pg_pid))
        if a.keycloak_pid:
            keycloak.sample([a.keycloak_pid] + children(a.keycloak_pid))
        gen.sample([load.pid])
        time.sleep(1.0)
    reader.join()
    busy1, total1 = machine_busy()
    text = "".join(chunks)
    with open(os.path.join(outdir, a.label + ".out"), "w") as f:
        f.write(" ".join(cmd) + "\n" + text)

    r = parse_wrk(text) if a.kind == "wrk" else parse_pgbench(text, outdir, since)
    wall = total1 - total0
    ncpu = os.cpu_count()
    r["label"] = a.label
    r["exit"] = load.returncode
    r["wall_s"] = round(wall / ncpu, 2)
    r["cpu_machine_busy_s"] = round(busy1 - busy0, 2)
    r["cpu_payara_s"] = round(payara.seconds(), 2)
    r["cpu_payara_sys_s"] = round(payara.system(), 2)
    r["cpu_postgres_s"] = round(pg.seconds(), 2)
    r["cpu_postgres_sys_s"] = round(pg.system(), 2)
    r["cpu_loadgen_s"] = round(gen.seconds(), 2)
    r["cpu_keycloak_s"] = round(keycloak.seconds(), 2)
    r["cpu_others_s"] = round(r["cpu_machine_busy_s"] - r["cpu_payara_s"] - r["cpu_postgres_s"] - r["cpu_loadgen_s"]
                              - r["cpu_keycloak_s"], 2)
    r["cpu_capacity_s"] = round(wall, 2)
    r["loadavg_end"] = open("/proc/loadavg").read().split()[0]

    if jstat:
        jstat.terminate()
        rows = jstat.communicate()[0].split("\n")
        head = rows[0].split() if rows else []
        used, gct = [], []
        for row in rows[1:]:
            cols = row.split()
            if len(cols) == len(head):
                d = dict(zip(head, map(float, cols)))
                used.append((d["S0U"] + d["S1U"] + d["EU"] + d["OU"]) / 1024.0)
                gct.append(d["GCT"])
                r["heap_committed_mb"] = round((d["S0C"] + d["S1C"] + d["EC"] + d["OC"]) / 1024.0, 1)
                r["old_used_mb_end"] = round(d["OU"] / 1024.0, 1)
        if used:
            r["heap_used_max_mb"] = round(max(used), 1)
            r["gc_time_s"] = round(gct[-1] - gct[0], 2)

    with open(a.out, "a") as f:
        f.write(json.dumps(r) + "\n")
    keys = ["label", "requests", "rps", "p50_ms", "p90_ms", "p99_ms", "max_ms", "errors",
            "heap_used_max_mb", "gc_time_s", "cpu_payara_s", "cpu_postgres_s", "cpu_loadgen_s", "cpu_keycloak_s", "cpu_others_s"]
    print("  " + "  ".join(f"{k}={r[k]:.1f}" if isinstance(r.get(k), float) else f"{k}={r.get(k)}"
                           for k in keys if k in r), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
